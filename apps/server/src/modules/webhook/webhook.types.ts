import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { connectionTypes } from "../../common/pagination";
import { enumOf } from "../../common/enum-of";
import { AccountEventKindEnum } from "../smart-account/smart-account.types";

export const WebhookDeliveryStatusEnum = enumOf([
  "PENDING",
  "SENDING",
  "DELIVERED",
  "FAILED",
] as const);

registerEnumType(WebhookDeliveryStatusEnum, {
  name: "WebhookDeliveryStatus",
  description: "Where a webhook delivery stands.",
  valuesConfig: {
    PENDING: { description: "Waiting for its first attempt or its next retry (nextAttemptAt)." },
    SENDING: { description: "An attempt is under way." },
    DELIVERED: { description: "The endpoint answered 2xx." },
    FAILED: {
      description:
        "Retried with back-off for 24 hours without a 2xx; redeliverWebhook sends it again.",
    },
  },
});

@ObjectType("WebhookEndpoint", {
  description:
    "Where an account's events are posted, signed as the Standard Webhooks specification says (webhook-id, webhook-timestamp, webhook-signature). It carries only the events its registrant may read.",
})
export class WebhookEndpointType {
  @Field(() => ID, { description: "The endpoint's id." })
  id: string;

  @Field(() => ID, { description: "The account whose events it receives." })
  accountId: string;

  @Field({ description: "The URL each message is POSTed to (HTTPS; redirects are not followed)." })
  url: string;

  @Field(() => [AccountEventKindEnum], { description: "The event types it receives." })
  eventTypes: string[];

  @Field({
    description:
      "Whether messages are sent to it. An endpoint failing for 5 days is disabled, and its account's administrators are emailed.",
  })
  enabled: boolean;

  @Field(() => String, { nullable: true, description: "Why it was disabled, when it was." })
  disabledReason: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "The first failure since its last success; none while it succeeds.",
  })
  failingSince: Date | null;

  @Field({ description: "When it was registered." })
  createdAt: Date;

  @Field({ description: "When it was last changed." })
  updatedAt: Date;
}

@ObjectType("WebhookAttempt", {
  description: "One attempt at a delivery, as logged.",
})
export class WebhookAttemptType {
  @Field({ description: "When it was made." })
  attemptedAt: Date;

  @Field(() => Int, { description: "How long it took, in milliseconds." })
  durationMs: number;

  @Field(() => Int, {
    nullable: true,
    description: "The HTTP status answered; none when no answer came.",
  })
  statusCode: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Why it failed: refused (a private address), unreachable, timed out, a redirect, a non-2xx status.",
  })
  error: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The start of the answer's body (at most 1,000 characters).",
  })
  responseBody: string | null;
}

@ObjectType("WebhookDelivery", {
  description: "One message to one endpoint, with every attempt at it.",
})
export class WebhookDeliveryType {
  @Field(() => ID, {
    description: "The message's webhook-id header: the same on every attempt and redelivery.",
  })
  id: string;

  @Field(() => ID, { description: "The endpoint it goes to." })
  endpointId: string;

  @Field(() => ID, {
    nullable: true,
    description: "The history event it carries (an Event's id); none for a test message.",
  })
  eventId: string | null;

  @Field({ description: "The message's type: an AccountEventKind, or TEST." })
  eventType: string;

  @Field({ description: "The JSON body sent (the same bytes on every attempt)." })
  payload: string;

  @Field(() => WebhookDeliveryStatusEnum, { description: "Where it stands." })
  status: string;

  @Field(() => Int, { description: "How many attempts were started." })
  attempts: number;

  @Field({ description: "When it is (or was last) due." })
  nextAttemptAt: Date;

  @Field({ description: "When it was written." })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "When the endpoint answered 2xx." })
  deliveredAt: Date | null;

  @Field(() => [WebhookAttemptType], { description: "Its attempts, oldest first." })
  attemptLog: WebhookAttemptType[];
}

export const { ConnectionType: WebhookDeliveryConnection } = connectionTypes(
  WebhookDeliveryType,
  "WebhookDelivery",
  "a webhook delivery",
  "webhook deliveries",
);

@ObjectType({ description: "The endpoint created, and its signing secret." })
export class CreateWebhookEndpointPayload {
  @Field(() => WebhookEndpointType, { description: "The endpoint." })
  endpoint: WebhookEndpointType;

  @Field({
    description:
      "The signing secret (whsec_…), shown only here: give it to the receiver, which verifies each message with it.",
  })
  secret: string;
}

@ObjectType({ description: "The endpoint as changed." })
export class UpdateWebhookEndpointPayload {
  @Field(() => WebhookEndpointType, { description: "The endpoint." })
  endpoint: WebhookEndpointType;
}

@ObjectType({ description: "The endpoint and its new signing secret." })
export class RotateWebhookSecretPayload {
  @Field(() => WebhookEndpointType, { description: "The endpoint." })
  endpoint: WebhookEndpointType;

  @Field({
    description:
      "The new signing secret, shown only here. For 24 hours messages carry a signature with the old secret too, so the receiver can switch over.",
  })
  secret: string;
}

@ObjectType({ description: "The endpoint deleted, with its deliveries." })
export class DeleteWebhookEndpointPayload {
  @Field(() => ID, { description: "The id the endpoint had." })
  id: string;
}

@ObjectType({ description: "The delivery written, to be sent at once." })
export class WebhookDeliveryPayload {
  @Field(() => WebhookDeliveryType, { description: "The delivery." })
  delivery: WebhookDeliveryType;
}
