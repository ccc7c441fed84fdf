import { Authorized, Ctx, Query, Resolver, Root, Subscription } from "type-graphql";
import { NotAllowedError } from "../../common/errors";
import { requireAuth } from "../../graphql/auth-checker";
import type { Context } from "../../graphql/context";
import { liveStream, OVER_WEBSOCKET } from "../../graphql/live";
import { PendingCountsType } from "./insights.types";
import type { PendingCounts, PendingCountsService } from "./pending-counts";

@Resolver()
export class PendingCountsResolver {
  constructor(private readonly counts: PendingCountsService) {}

  @Authorized()
  @Query(() => PendingCountsType, {
    description:
      "What waits for you: approvals, access requests you decide and (staff) domain reviews. The `pendingCounts` subscription sends the same whenever it changes.",
  })
  pendingCounts(@Ctx() ctx: Context): Promise<PendingCounts> {
    return this.counts.forUser(requireAuth(ctx).user);
  }

  @Authorized()
  @Subscription(() => PendingCountsType, {
    name: "pendingCounts",
    description:
      "Over WebSocket (graphql-transport-ws) on /graphql: your pending counts at once, then again each time a change anywhere alters them (changes by any server process arrive within about a second).",
    subscribe: ({ context }) => liveStream(context, (feed, viewer) => feed.pendingCounts(viewer)),
  })
  pendingCountsChanged(@Root() counts: PendingCounts | undefined): PendingCounts {
    if (!counts) throw new NotAllowedError(OVER_WEBSOCKET);
    return counts;
  }
}
