import { ArrayMaxSize, IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import type { AccountEventKind } from "../../smart-account/account-event.entity";
import { AccountEventKindEnum } from "../../smart-account/smart-account.types";

@InputType({ description: "A webhook endpoint to register for an account." })
export class CreateWebhookEndpointInput {
  @Field(() => ID, { description: "The account whose events it receives." })
  @IsUUID("all", { message: "Not a Smart Account id." })
  accountId: string;

  @Field({
    description:
      "The URL to POST to: https:// (http:// only where the server allows it), a public host, no user name or password.",
  })
  @IsString()
  @MaxLength(2000, { message: "Enter a URL of at most 2000 characters." })
  url: string;

  @Field(() => [AccountEventKindEnum], {
    description: "The event types to receive (at least one).",
  })
  @ArrayMaxSize(100)
  eventTypes: AccountEventKind[];
}

@InputType({ description: "What to change on a webhook endpoint; what is left out stays." })
export class UpdateWebhookEndpointInput {
  @Field(() => ID, { description: "The endpoint's id." })
  @IsUUID("all", { message: "Not a webhook endpoint id." })
  id: string;

  @Field(() => String, { nullable: true, description: "A new URL (same rules as on creation)." })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: "Enter a URL of at most 2000 characters." })
  url?: string | null;

  @Field(() => [AccountEventKindEnum], {
    nullable: true,
    description: "The event types to receive from now on (at least one).",
  })
  @IsOptional()
  @ArrayMaxSize(100)
  eventTypes?: AccountEventKind[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Disable it, or enable it again (which forgets its failures so far and resumes its pending deliveries).",
  })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean | null;
}

@InputType({ description: "A webhook endpoint, by id." })
export class WebhookEndpointIdInput {
  @Field(() => ID, { description: "The endpoint's id." })
  @IsUUID("all", { message: "Not a webhook endpoint id." })
  id: string;
}

@InputType({ description: "A webhook delivery to send again." })
export class RedeliverWebhookInput {
  @Field(() => ID, { description: "The delivery's id (its webhook-id)." })
  @IsString()
  @MaxLength(40, { message: "Not a webhook delivery id." })
  deliveryId: string;
}
