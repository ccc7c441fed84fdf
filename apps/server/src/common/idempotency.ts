import { Extensions } from "type-graphql";

/** The field extension that marks a mutation refusing the `Idempotency-Key` header. */
export const REFUSES_IDEMPOTENCY_KEY = "refusesIdempotencyKey";

/**
 * Marks a mutation whose answer is never stored for retries: it carries a secret (a new API
 * token) or sets or ends the session, so a replay would hand the secret out again or answer
 * without the cookie. Such a mutation refuses the `Idempotency-Key` header with an error instead
 * of ignoring it, so no integrator believes a retry of it is safe.
 */
export function RefusesIdempotencyKey(): MethodDecorator {
  return Extensions({ [REFUSES_IDEMPOTENCY_KEY]: true });
}
