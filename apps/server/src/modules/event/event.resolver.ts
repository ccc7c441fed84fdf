import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { requireAuth } from "../../graphql/auth-checker";
import type { Context } from "../../graphql/context";
import type { AccountEventEntity, AccountEventKind } from "../smart-account/account-event.entity";
import type { SmartAccountEntity } from "../smart-account/smart-account.entity";
import { AccountEventKindEnum, SmartAccountType } from "../smart-account/smart-account.types";
import type { EventFeedService, FeedPage } from "./event-feed.service";
import { EventActorType, EventConnectionType, EventPayloadType, EventType } from "./event.types";

@Resolver(() => EventType)
export class EventResolver {
  constructor(private readonly feed: EventFeedService) {}

  @Authorized()
  @Query(() => EventConnectionType, {
    description:
      "The events feed: every change to the accounts whose history you may read (an account's administrators and approvers; while it is provisional its requester and pending approvers; staff: all), in the order the changes were committed. Resume from the last cursor you read: you will miss none and see none twice.",
  })
  events(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many to return (1 to 100)." })
    first: number,
    @Arg("after", () => String, {
      nullable: true,
      description:
        "The cursor of the last event you read (an edge's cursor or endCursor); none to start from the first event.",
    })
    after: string | null,
    @Arg("types", () => [AccountEventKindEnum], {
      nullable: true,
      description: "Only events of these types (at least one); none for every type.",
    })
    types: AccountEventKind[] | null,
    @Arg("accountId", () => ID, {
      nullable: true,
      description:
        "Only this account's events; NOT_FOUND if you cannot see it, FORBIDDEN if you may not read its history.",
    })
    accountId: string | null,
  ): Promise<FeedPage> {
    return this.feed.feed(requireAuth(ctx).user, {
      first,
      // An argument left out arrives as undefined.
      after: after ?? null,
      types: types ?? null,
      accountId: accountId ?? null,
    });
  }

  @FieldResolver(() => ID, { description: "The account it happened to." })
  accountId(@Root() event: AccountEventEntity): string {
    return event.smartAccountId;
  }

  @FieldResolver(() => SmartAccountType, {
    description:
      "The account it happened to, as you may see it now (each of its fields says who reads it).",
  })
  async account(
    @Root() event: AccountEventEntity,
    @Ctx() ctx: Context,
  ): Promise<SmartAccountEntity> {
    const account = await ctx.loaders.account.load(event.smartAccountId);
    if (!account) throw new Error(`Event ${event.id} of a missing account`);
    return account;
  }

  @FieldResolver(() => EventActorType, {
    nullable: true,
    description: "Who caused it; null when the system did (a lapse, a reminder).",
  })
  actor(@Root() event: AccountEventEntity): EventActorType | null {
    return event.actorEmail ? { id: event.actorId, email: event.actorEmail } : null;
  }

  @FieldResolver(() => EventPayloadType, { description: "What it records." })
  payload(@Root() event: AccountEventEntity): EventPayloadType {
    return {
      sequence: event.sequence,
      statusBefore: event.statusBefore,
      statusAfter: event.statusAfter,
      detail: event.detail,
    };
  }
}
