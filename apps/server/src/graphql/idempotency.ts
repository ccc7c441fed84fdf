import { createHash } from "node:crypto";
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { Kind, print, type DocumentNode, type GraphQLSchema, type SelectionSetNode } from "graphql";
import {
  CommitOutcomeUnknownError,
  DatabaseUnavailableError,
  DomainError,
  InvalidInputError,
  StateConflictError,
} from "../common/errors";
import { REFUSES_IDEMPOTENCY_KEY } from "../common/idempotency";
import { isRetryableConflict } from "../db/errors";
import type { IdempotencyKeys } from "../modules/idempotency/idempotency.service";
import type { Auth, Context } from "./context";

export const IDEMPOTENCY_HEADER = "Idempotency-Key";
export const REPLAYED_HEADER = "Idempotent-Replayed";

/** Up to 255 characters (Stripe's bound) that survive any proxy: a UUID v4 is the usual key. */
const KEY_SHAPE = /^[A-Za-z0-9_.:-]{1,255}$/;

/** Answers that say nothing ran: the same key may then carry a corrected or later retry. */
const NOTHING_RAN_CODES = new Set(["BAD_USER_INPUT", "RATE_LIMITED"]);

/** Keys are kept per person for a session and per token for an API token (its own integration). */
export function callerOf(auth: Auth | null): string | null {
  if (!auth) return null;
  return auth.via === "token" ? `token:${auth.tokenId}` : `user:${auth.user.id}`;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** What a retry must repeat: the operation (as parsed, so spacing does not matter) and variables. */
export function requestFingerprint(
  document: DocumentNode,
  operationName: string | null,
  variables: Record<string, unknown> | undefined,
): string {
  return createHash("sha256")
    .update(JSON.stringify([operationName, print(document), canonical(variables ?? {})]))
    .digest("hex");
}

/** The root fields the operation selects, through fragments too. */
function rootFields(document: DocumentNode, selectionSet: SelectionSetNode): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      return rootFields(document, selection.selectionSet);
    }
    const fragment = document.definitions.find(
      (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value,
    );
    return fragment?.kind === Kind.FRAGMENT_DEFINITION
      ? rootFields(document, fragment.selectionSet)
      : [];
  });
}

type Outcome = "store" | "release";

/**
 * Stripe keeps the answer of every request that began executing, errors included, and nothing
 * for one refused before it began (invalid parameters, a rate limit, a conflict with a concurrent
 * request). Here: a request whose root fields all failed, each for invalid input, a rate limit or
 * a lock conflict the database gave up on, or an unreachable database, wrote nothing (each
 * mutation is one transaction), so its key is released and a corrected or later retry runs.
 * Anything else ran and is kept. A commit whose outcome is unknown has no answer to keep: its
 * key is released too, and the retry runs against what is now in the database, where every
 * mutation's own guard (a decision on a request no longer pending, an identifier or a pending
 * access request that already exists, an email already registered) refuses to apply it twice.
 */
function outcomeOf(requestContext: GraphQLRequestContext<Context>): Outcome {
  const body = requestContext.response.body;
  if (body?.kind !== "single") return "store";
  const { data, errors } = body.singleResult;
  if (!errors?.length) return "store";
  if (data && Object.values(data).some((value) => value !== null)) return "store";
  const nothingRan = errors.every((error) => {
    const code = error.extensions?.code;
    return typeof code === "string" && NOTHING_RAN_CODES.has(code);
  });
  if (nothingRan) return "release";
  const raw = requestContext.errors ?? [];
  const transient =
    raw.length > 0 &&
    raw.every((error) => {
      const original = unwrapResolverError(error);
      return (
        (original instanceof StateConflictError && isRetryableConflict(original.cause)) ||
        original instanceof DatabaseUnavailableError ||
        original instanceof CommitOutcomeUnknownError
      );
    });
  return transient ? "release" : "store";
}

/**
 * `Idempotency-Key` on mutations (Stripe's semantics), as an Apollo plugin: the key is claimed
 * once the operation is known, a replay short-circuits execution, and the answer is stored just
 * before it is sent. Queries ignore the header.
 */
export function idempotencyPlugin(
  keys: IdempotencyKeys,
  schema: GraphQLSchema,
): ApolloServerPlugin<Context> {
  const mutationFields = schema.getMutationType()?.getFields() ?? {};
  const refuses = (name: string) => mutationFields[name]?.extensions?.[REFUSES_IDEMPOTENCY_KEY];

  return {
    async requestDidStart() {
      let claimed: string | null = null;
      let replay: { httpStatus: number; body: string } | null = null;
      let executed = false;

      return {
        async didResolveOperation(requestContext) {
          const { operation, document, request, contextValue } = requestContext;
          if (operation?.operation !== "mutation") return;
          const key = request.http?.headers.get(IDEMPOTENCY_HEADER.toLowerCase());
          if (key === undefined) return;
          try {
            const refused = rootFields(document, operation.selectionSet).find(refuses);
            if (refused) {
              throw new InvalidInputError(
                IDEMPOTENCY_HEADER,
                `${refused} does not take an ${IDEMPOTENCY_HEADER} header: its answer carries a secret or a session and is never stored for a retry. Send it without the header.`,
              );
            }
            if (!KEY_SHAPE.test(key)) {
              throw new InvalidInputError(
                IDEMPOTENCY_HEADER,
                `The ${IDEMPOTENCY_HEADER} header must be 1 to 255 characters, each a letter, a digit or one of - _ . : (a UUID is a good key).`,
              );
            }
            const caller = callerOf(contextValue.auth);
            // Only a signed-in caller has keys; without one the header changes nothing.
            if (!caller) return;
            const claim = await keys.begin(
              caller,
              key,
              requestFingerprint(document, request.operationName ?? null, request.variables),
            );
            if (claim.kind === "claimed") claimed = claim.id;
            else replay = claim;
          } catch (error) {
            // Refused before anything ran: a request error, with the status Stripe gives it
            // (anything unexpected stays a 500).
            if (error instanceof StateConflictError) requestContext.response.http.status = 409;
            else if (error instanceof DomainError) requestContext.response.http.status = 400;
            throw error;
          }
        },

        async responseForOperation() {
          if (!replay) return null;
          return {
            body: { kind: "single", singleResult: JSON.parse(replay.body) as object },
            http: {
              status: replay.httpStatus,
              headers: new HeaderMap([[REPLAYED_HEADER.toLowerCase(), "true"]]),
            },
          };
        },

        async executionDidStart() {
          executed = true;
        },

        async willSendResponse(requestContext) {
          if (!claimed) return;
          const id = claimed;
          claimed = null;
          try {
            if (!executed || outcomeOf(requestContext) === "release") {
              await keys.release(id);
              return;
            }
            const body = requestContext.response.body;
            if (body.kind !== "single") return;
            await keys.complete(
              id,
              requestContext.response.http.status ?? 200,
              JSON.stringify(body.singleResult),
            );
          } catch (error) {
            // The claim's lease runs out and a retry may then run the request again.
            requestContext.contextValue.log.error(
              { err: error },
              "could not store the answer for an Idempotency-Key",
            );
          }
        },
      };
    },
  };
}
