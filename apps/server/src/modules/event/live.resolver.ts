import { Arg, Authorized, ID, Resolver, Root, Subscription } from "type-graphql";
import { NotAllowedError } from "../../common/errors";
import { liveStream, OVER_WEBSOCKET } from "../../graphql/live";
import type { AccountEventEntity } from "../smart-account/account-event.entity";
import { EventType } from "./event.types";
import type { AccountChange } from "./live-feed";

@Resolver()
export class LiveEventsResolver {
  @Authorized()
  @Subscription(() => EventType, {
    description:
      "Over WebSocket (graphql-transport-ws) on /graphql: each new event of one account, as the `events` feed serves it, from the moment you subscribe, for those who may read the account's history (its administrators and approvers; while it is provisional its requester and pending approvers; staff). NOT_FOUND if you cannot see the account, FORBIDDEN if you may not read its history; if you lose that right later, one last FORBIDDEN and the subscription ends. A prompt to look, not the record: to miss nothing, read `events(accountId:)` from your last cursor after (re)subscribing.",
    subscribe: ({ args, context }) =>
      liveStream(context, (feed, viewer) => feed.accountChanged(viewer, args.id as string)),
  })
  accountChanged(
    @Root() change: AccountChange | undefined,
    @Arg("id", () => ID, { description: "The account's ID." }) _id: string,
  ): AccountEventEntity {
    if (!change) throw new NotAllowedError(OVER_WEBSOCKET);
    if ("refused" in change) throw change.refused;
    return change.event;
  }
}
