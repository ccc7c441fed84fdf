/** What went wrong with one input field, as returned in `extensions.fields`. */
export type FieldError = { field: string; message: string };

/**
 * The public error codes of the API (SPEC "GraphQL contract"). Modules raise their own error
 * kinds; graphql/errors.ts maps every kind onto one of these.
 */
export type PublicErrorCode =
  | "BAD_USER_INPUT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "IDEMPOTENCY_KEY_REUSED"
  | "UNAVAILABLE"
  | "OUTCOME_UNKNOWN";

/** Base of every error a caller can cause; `kind` is narrowed by each module's subclasses. */
export abstract class DomainError<K extends string = string> extends Error {
  abstract readonly kind: K;
  readonly fields: FieldError[];

  constructor(message: string, fields: FieldError[] = []) {
    super(message);
    this.name = new.target.name;
    this.fields = fields;
  }
}

export class InvalidInputError extends DomainError<"INVALID_INPUT"> {
  readonly kind = "INVALID_INPUT";
  constructor(field: string, message: string) {
    super(message, [{ field, message }]);
  }
}

export class NotSignedInError extends DomainError<"NOT_SIGNED_IN"> {
  readonly kind = "NOT_SIGNED_IN";
  constructor(message = "You must be signed in.") {
    super(message);
  }
}

export class NotAllowedError extends DomainError<"NOT_ALLOWED"> {
  readonly kind = "NOT_ALLOWED";
}

export class NotFoundError extends DomainError<"NOT_FOUND"> {
  readonly kind = "NOT_FOUND";
}

export class StateConflictError extends DomainError<"STATE_CONFLICT"> {
  readonly kind = "STATE_CONFLICT";
}

export class TooManyAttemptsError extends DomainError<"TOO_MANY_ATTEMPTS"> {
  readonly kind = "TOO_MANY_ATTEMPTS";
  constructor(message = "Too many attempts. Try again later.") {
    super(message);
  }
}

/**
 * The database could not be reached (every node tried, with retries) before anything was
 * written: the same request may simply be sent again.
 */
export class DatabaseUnavailableError extends DomainError<"DATABASE_UNAVAILABLE"> {
  readonly kind = "DATABASE_UNAVAILABLE";
  constructor(
    message = "The database is not reachable right now; nothing was changed. Try again in a few seconds.",
  ) {
    super(message);
  }
}

/**
 * The connection to the database was lost while a change was being committed: it may or may
 * not have been applied, and running it again blindly could apply it twice. The caller retries
 * with the same Idempotency-Key, or reads the result first.
 */
export class CommitOutcomeUnknownError extends DomainError<"COMMIT_OUTCOME_UNKNOWN"> {
  readonly kind = "COMMIT_OUTCOME_UNKNOWN";
  constructor(
    message = "The connection to the database was lost while this change was being saved, so it may or may not have been applied. Retry with the same Idempotency-Key, or check the result before trying again.",
  ) {
    super(message);
  }
}

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
