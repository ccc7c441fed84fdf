import { DomainError } from "../../common/errors";

/** The caller used the key before for a different request (another operation or variables). */
export class IdempotencyKeyReusedError extends DomainError<"IDEMPOTENCY_KEY_REUSED"> {
  readonly kind = "IDEMPOTENCY_KEY_REUSED";
  constructor() {
    super(
      "This Idempotency-Key was already used for a different request (another operation or other variables) in the last 24 hours. Send a new key for a new request.",
      [{ field: "Idempotency-Key", message: "Already used for a different request." }],
    );
  }
}
