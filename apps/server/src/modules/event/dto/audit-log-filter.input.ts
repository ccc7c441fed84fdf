import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDate,
  IsIn,
  IsOptional,
  Length,
  Matches,
} from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { IsDeliverableEmail } from "../../../common/validators";
import {
  ACCOUNT_EVENT_KINDS,
  type AccountEventKind,
} from "../../smart-account/account-event.entity";
import { AccountEventKindEnum } from "../../smart-account/smart-account.types";

@InputType({
  description:
    "Narrows the audit log; every filter given must hold (a filter left out keeps everything).",
})
export class AuditLogFilterInput {
  @Field(() => String, {
    nullable: true,
    description: "Only what this person did: their email address when they acted.",
  })
  @IsOptional()
  @Length(3, 254, { message: "actorEmail must be an email address of at most 254 characters." })
  @IsDeliverableEmail({ message: "actorEmail must be an email address, such as name@example.com." })
  actorEmail?: string | null;

  @Field(() => [AccountEventKindEnum], {
    nullable: true,
    description: "Only events of these types (at least one); none for every type.",
  })
  @IsOptional()
  @ArrayMinSize(1, { message: "types must name at least one event type (or be left out)." })
  @ArrayMaxSize(ACCOUNT_EVENT_KINDS.length)
  @IsIn(ACCOUNT_EVENT_KINDS, { each: true })
  types?: AccountEventKind[] | null;

  @Field(() => ID, { nullable: true, description: "Only this account's history." })
  @IsOptional()
  @Matches(/^[\w-]{1,64}$/, { message: "accountId is not a Smart Account's id." })
  accountId?: string | null;

  @Field(() => Date, { nullable: true, description: "Only events at or after this moment." })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "Only events before this moment; must be later than from.",
  })
  @IsOptional()
  @IsDate()
  to?: Date | null;
}
