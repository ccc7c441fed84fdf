import { NotAllowedError } from "../common/errors";
import type { Viewer } from "../modules/event/live-feed";
import type { LiveFeed } from "../modules/event/live-feed";
import { requireAuth } from "./auth-checker";
import type { Context } from "./context";

export const OVER_WEBSOCKET =
  "Subscriptions are served over WebSocket on /graphql (the graphql-transport-ws protocol of graphql-ws); send queries and mutations over HTTP.";

/**
 * A subscription's source stream for the signed-in caller: opened on the process's live feed,
 * with fresh loaders for each event it yields. Its `return` (the client unsubscribed, or the
 * socket closed) closes the feed's stream, so nothing stays behind.
 */
export async function liveStream<T>(
  context: unknown,
  open: (feed: LiveFeed, viewer: Viewer) => Promise<AsyncIterableIterator<T>>,
): Promise<AsyncIterableIterator<T>> {
  const ctx = context as Context;
  // The socket's Auth object itself: its user is refreshed on every tick while the socket lives.
  const auth = requireAuth(ctx);
  const live = ctx.live;
  if (!live) throw new NotAllowedError(OVER_WEBSOCKET);
  const source = await open(live.feed, auth);
  const stream: AsyncIterableIterator<T> = {
    async next() {
      const result = await source.next();
      if (!result.done) live.renewLoaders();
      return result;
    },
    return: () => source.return!(),
    throw: () => source.return!(),
    [Symbol.asyncIterator]: () => stream,
  };
  return stream;
}
