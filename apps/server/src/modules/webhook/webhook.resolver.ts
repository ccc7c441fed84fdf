import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { RefusesIdempotencyKey } from "../../common/idempotency";
import type { Connection } from "../../common/pagination";
import { requireAuth } from "../../graphql/auth-checker";
import type { Context } from "../../graphql/context";
import {
  CreateWebhookEndpointInput,
  RedeliverWebhookInput,
  UpdateWebhookEndpointInput,
  WebhookEndpointIdInput,
} from "./dto/webhook.inputs";
import { AccountEventKindEnum } from "../smart-account/smart-account.types";
import type { WebhookEndpointEntity } from "./webhook-endpoint.entity";
import { eventTypesOf, type DeliveryWithAttempts, type WebhookService } from "./webhook.service";
import {
  CreateWebhookEndpointPayload,
  DeleteWebhookEndpointPayload,
  RotateWebhookSecretPayload,
  UpdateWebhookEndpointPayload,
  WebhookDeliveryConnection,
  WebhookDeliveryPayload,
  WebhookEndpointType,
} from "./webhook.types";

@Resolver(() => WebhookEndpointType)
export class WebhookResolver {
  constructor(private readonly webhooks: WebhookService) {}

  @Authorized()
  @Query(() => [WebhookEndpointType], {
    description:
      "An account's webhook endpoints: all of them for its administrators and staff, the ones you registered for its requester. NOT_FOUND if you cannot see the account, FORBIDDEN if you may not manage its webhooks.",
  })
  async webhookEndpoints(
    @Ctx() ctx: Context,
    @Arg("accountId", () => ID, { description: "The account." }) accountId: string,
  ): Promise<WebhookEndpointEntity[]> {
    return this.webhooks.list(requireAuth(ctx).user, accountId);
  }

  @Authorized()
  @Mutation(() => CreateWebhookEndpointPayload, {
    description:
      "Register a webhook endpoint for an account (its administrators, staff, or its requester). The signing secret is returned only here, so this refuses an Idempotency-Key header.",
  })
  @RefusesIdempotencyKey()
  async createWebhookEndpoint(
    @Arg("input", { description: "The endpoint." }) input: CreateWebhookEndpointInput,
    @Ctx() ctx: Context,
  ): Promise<{ endpoint: WebhookEndpointEntity; secret: string }> {
    return this.webhooks.create(requireAuth(ctx).user, input);
  }

  @Authorized()
  @Mutation(() => UpdateWebhookEndpointPayload, {
    description: "Change a webhook endpoint's URL or event types, or disable or enable it.",
  })
  async updateWebhookEndpoint(
    @Arg("input", { description: "What to change." }) input: UpdateWebhookEndpointInput,
    @Ctx() ctx: Context,
  ): Promise<{ endpoint: WebhookEndpointEntity }> {
    const { id, ...change } = input;
    return { endpoint: await this.webhooks.update(requireAuth(ctx).user, id, change) };
  }

  @Authorized()
  @Mutation(() => RotateWebhookSecretPayload, {
    description:
      "Give a webhook endpoint a new signing secret, returned only here (so this refuses an Idempotency-Key header).",
  })
  @RefusesIdempotencyKey()
  async rotateWebhookSecret(
    @Arg("input", { description: "The endpoint." }) input: WebhookEndpointIdInput,
    @Ctx() ctx: Context,
  ): Promise<{ endpoint: WebhookEndpointEntity; secret: string }> {
    return this.webhooks.rotateSecret(requireAuth(ctx).user, input.id);
  }

  @Authorized()
  @Mutation(() => DeleteWebhookEndpointPayload, {
    description: "Delete a webhook endpoint and its deliveries.",
  })
  async deleteWebhookEndpoint(
    @Arg("input", { description: "The endpoint." }) input: WebhookEndpointIdInput,
    @Ctx() ctx: Context,
  ): Promise<{ id: string }> {
    return { id: await this.webhooks.delete(requireAuth(ctx).user, input.id) };
  }

  @Authorized()
  @Mutation(() => WebhookDeliveryPayload, {
    description:
      "Send a TEST message to a webhook endpoint now (signed, retried and logged like any other).",
  })
  async sendTestWebhook(
    @Arg("input", { description: "The endpoint." }) input: WebhookEndpointIdInput,
    @Ctx() ctx: Context,
  ): Promise<{ delivery: DeliveryWithAttempts }> {
    const delivery = await this.webhooks.sendTest(requireAuth(ctx).user, input.id);
    return { delivery: { ...delivery, attemptLog: [] } };
  }

  @Authorized()
  @Mutation(() => WebhookDeliveryPayload, {
    description:
      "Send a delivery again now, with the same webhook-id and body. CONFLICT while an attempt at it is under way.",
  })
  async redeliverWebhook(
    @Arg("input", { description: "The delivery." }) input: RedeliverWebhookInput,
    @Ctx() ctx: Context,
  ): Promise<{ delivery: DeliveryWithAttempts }> {
    const delivery = await this.webhooks.redeliver(requireAuth(ctx).user, input.deliveryId);
    return { delivery: { ...delivery, attemptLog: [] } };
  }

  @FieldResolver(() => ID, { description: "The account whose events it receives." })
  accountId(@Root() endpoint: WebhookEndpointEntity): string {
    return endpoint.smartAccountId;
  }

  @FieldResolver(() => [AccountEventKindEnum], { description: "The event types it receives." })
  eventTypes(@Root() endpoint: WebhookEndpointEntity): string[] {
    return eventTypesOf(endpoint);
  }

  @FieldResolver(() => WebhookDeliveryConnection, {
    description: "Its deliveries, newest first, each with its attempt log.",
  })
  deliveries(
    @Root() endpoint: WebhookEndpointEntity,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many to return (1 to 100)." })
    first: number,
    @Arg("after", () => String, { nullable: true, description: "A cursor from a previous page." })
    after: string | null,
  ): Promise<Connection<DeliveryWithAttempts>> {
    // Reached only through an endpoint the caller was allowed to read or change.
    return this.webhooks.deliveries(endpoint, first, after ?? null);
  }
}
