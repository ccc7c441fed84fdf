import { useApolloClient, useQuery } from "@apollo/client/react";
import type { PendingCountsQuery } from "@sam/graphql-types";
import { useEffect } from "react";
import { env } from "@/env";
import { pendingCountsQuery, pendingCountsSubscription } from "../api/shell";

/**
 * What waits for the signed-in person, kept current without a reload: read once with the page,
 * then replaced by each value the `pendingCounts` subscription pushes (the socket's code loads
 * after the first page, see live-link.ts). Null until known, or when not signed in.
 */
export function usePendingCounts(signedIn: boolean): PendingCountsQuery["pendingCounts"] | null {
  const client = useApolloClient();
  const { data } = useQuery(pendingCountsQuery, { skip: !signedIn });
  useEffect(() => {
    if (!signedIn || !env.LIVE) return;
    const subscription = client.subscribe({ query: pendingCountsSubscription }).subscribe({
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
    return () => subscription.unsubscribe();
  }, [client, signedIn]);
  return data?.pendingCounts ?? null;
}
