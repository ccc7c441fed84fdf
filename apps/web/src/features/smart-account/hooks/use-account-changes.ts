import { useApolloClient } from "@apollo/client/react";
import { useEffect, useRef } from "react";
import { env } from "@/env";
import { smartAccountChangedSubscription } from "../api/smart-account";

/** The account page's queries, read again when the account changes. */
const ACCOUNT_QUERIES = new Set([
  "SmartAccountDetail",
  "AccountUsers",
  "AccountNominations",
  "AccountWebhookEndpoints",
  "AccessRequests",
]);

/**
 * Keeps an open account page current: each change to the account (by anyone, in any tab or
 * program) arrives over the `accountChanged` subscription, and the page's queries are read
 * again — once per burst of changes. Only for those who may read the account's history (the
 * server refuses everyone else the subscription).
 */
export function useAccountChanges(accountId: string, readsHistory: boolean): void {
  const client = useApolloClient();
  const pending = useRef(false);
  useEffect(() => {
    if (!readsHistory || !env.LIVE) return;
    const subscription = client
      .subscribe({ query: smartAccountChangedSubscription, variables: { id: accountId } })
      .subscribe({
        next: () => {
          if (pending.current) return;
          pending.current = true;
          // The events of one change arrive together (one message each): one refetch for them all.
          setTimeout(() => {
            pending.current = false;
            client
              .refetchQueries({
                include: "active",
                onQueryUpdated: (query) => ACCOUNT_QUERIES.has(query.queryName ?? ""),
              })
              .catch(() => {
                // A failed refetch leaves the page as it was; the next change tries again.
              });
          }, 100);
        },
        error: () => undefined,
      });
    return () => subscription.unsubscribe();
  }, [client, accountId, readsHistory]);
}
