import { useApolloClient, useQuery } from "@apollo/client/react";
import type { PendingCountsQuery } from "@sam/graphql-types";
import { useEffect } from "react";
import { env } from "@/env";
import { pendingCountsQuery, pendingCountsSubscription } from "../api/shell";

/** Runs `work` once the browser has a moment, or after `within` ms at the latest. */
function whenIdle(work: () => void, within: number): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(work, { timeout: within });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(work, 0);
  return () => window.clearTimeout(handle);
}

/**
 * What waits for the signed-in person, kept current without a reload: read once with the page,
 * then replaced by each value the `pendingCounts` subscription pushes (the socket's code loads
 * after the first page, see live-link.ts). The subscription starts once the page has drawn and
 * the browser is idle: it sends the counts as they are when it starts, so nothing is missed,
 * and its socket is not set up in the same task as the first page's queries. Null until known,
 * or when not signed in.
 */
export function usePendingCounts(signedIn: boolean): PendingCountsQuery["pendingCounts"] | null {
  const client = useApolloClient();
  const { data } = useQuery(pendingCountsQuery, { skip: !signedIn });
  useEffect(() => {
    if (!signedIn || !env.LIVE) return;
    let subscription: { unsubscribe(): void } | null = null;
    const cancel = whenIdle(() => {
      subscription = client.subscribe({ query: pendingCountsSubscription }).subscribe({
        next: (result) => {
          if (result.data) {
            client.writeQuery({
              query: pendingCountsQuery,
              data: { pendingCounts: result.data.pendingCounts },
            });
          }
        },
        // Live counts are a convenience: without them the numbers are those of the last load.
        error: () => undefined,
      });
    }, 2000);
    return () => {
      cancel();
      subscription?.unsubscribe();
    };
  }, [client, signedIn]);
  return data?.pendingCounts ?? null;
}
