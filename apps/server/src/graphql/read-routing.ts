import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type OperationDefinitionNode } from "graphql";
import type { Clock } from "../common/clock";
import type { Auth, Context } from "./context";

/**
 * The root fields a read replica may answer: the directory, the search and an account's detail.
 * What they show may be a few seconds behind, and nothing is decided on it: every decision,
 * authorization check of a write, session, rate limit, idempotency key, outbox claim and
 * membership write reads the primary inside its own transaction. An operation asking for any
 * other root field, or for one of these beside another, reads the primary throughout (its
 * loaders are shared by every field of the request).
 */
export const REPLICA_READABLE_FIELDS: ReadonlySet<string> = new Set([
  "directory",
  "searchSmartAccounts",
  "smartAccount",
]);

/** Whether the operation is a query of replica-readable root fields only. */
export function mayReadReplica(operation: OperationDefinitionNode): boolean {
  if (operation.operation !== "query") return false;
  let asked = false;
  for (const selection of operation.selectionSet.selections) {
    // A fragment at the root is not worth resolving here: the primary answers it.
    if (selection.kind !== Kind.FIELD) return false;
    if (selection.name.value === "__typename") continue;
    if (!REPLICA_READABLE_FIELDS.has(selection.name.value)) return false;
    asked = true;
  }
  return asked;
}

/** When the caller last wrote: a mutation of theirs, or signing in (a session is a write). */
function lastWrite(auth: Auth | null): number | null {
  if (!auth) return null;
  const times = [auth.user.lastWriteAt, auth.via === "session" ? auth.sessionStartedAt : null]
    .filter((t): t is Date => t !== null && t !== undefined)
    .map((t) => t.getTime());
  return times.length ? Math.max(...times) : null;
}

/**
 * Sends a request's replica-eligible reads to a replica (see ReadRoute) only when it is a query
 * of replica-readable fields from a caller who has not written within `readYourWritesMs`: a
 * caller who just wrote reads the primary, and so sees their own writes whatever the replicas'
 * lag (up to that window). Every mutation of a signed-in caller records its write once it has
 * run, before its answer leaves, in the caller's user row: every server process sees it.
 */
export function readRoutingPlugin(options: {
  readYourWritesMs: number;
  clock: Clock;
  recordWrite: (userId: string) => Promise<void>;
}): ApolloServerPlugin<Context> {
  const { readYourWritesMs, clock, recordWrite } = options;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (!operation || !mayReadReplica(operation)) return;
          const wrote = lastWrite(contextValue.auth);
          contextValue.reads.replica =
            wrote === null || clock.now().getTime() - wrote >= readYourWritesMs;
        },
        async willSendResponse({ operation, contextValue }) {
          if (operation?.operation !== "mutation" || !contextValue.auth) return;
          try {
            await recordWrite(contextValue.auth.user.id);
          } catch (error) {
            // The write itself committed; only the next few seconds' reads may lag behind it.
            contextValue.log.error({ err: error }, "could not record a write for read-your-writes");
          }
        },
      };
    },
  };
}
