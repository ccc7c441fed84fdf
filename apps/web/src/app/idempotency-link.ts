import { ApolloLink } from "@apollo/client";
import { getMainDefinition } from "@apollo/client/utilities";
import { Kind, type SelectionSetNode } from "graphql";
import { tap } from "rxjs";

/**
 * The mutations the server refuses an Idempotency-Key for: their answer carries a secret or sets
 * or ends the session, so it is never stored for a retry (the schema says so on each).
 */
export const REFUSING_KEYS: ReadonlySet<string> = new Set([
  "signIn",
  "signOut",
  "resetPassword",
  "createApiToken",
  "createWebhookEndpoint",
  "rotateWebhookSecret",
]);

function rootFields(selectionSet: SelectionSetNode): string[] {
  return selectionSet.selections.flatMap((selection) =>
    selection.kind === Kind.FIELD
      ? [selection.name.value]
      : selection.kind === Kind.INLINE_FRAGMENT
        ? rootFields(selection.selectionSet)
        : [],
  );
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** 128 random bits; getRandomValues works on plain http too, where randomUUID does not. */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Sends every mutation with an `Idempotency-Key`, one per action of the person: the key of an
 * operation is kept while its input stays the same and until it succeeds, so a double click, a
 * submit again after a network failure, or a request the browser retried is answered from the
 * first run instead of doing the thing twice. New input, or a new action after a success, gets
 * a new key.
 */
export function createIdempotencyLink(): ApolloLink {
  const pending = new Map<string, { input: string; key: string }>();

  return new ApolloLink((operation, forward) => {
    const definition = getMainDefinition(operation.query);
    if (
      definition.kind !== Kind.OPERATION_DEFINITION ||
      definition.operation !== "mutation" ||
      rootFields(definition.selectionSet).some((name) => REFUSING_KEYS.has(name))
    ) {
      return forward(operation);
    }
    const action = operation.operationName ?? JSON.stringify(rootFields(definition.selectionSet));
    const input = JSON.stringify(sortedKeys(operation.variables));
    const kept = pending.get(action);
    const key = kept?.input === input ? kept.key : newKey();
    pending.set(action, { input, key });
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, "Idempotency-Key": key },
    }));
    return forward(operation).pipe(
      tap((result) => {
        if (!result.errors?.length && pending.get(action)?.key === key) pending.delete(action);
      }),
    );
  });
}
