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
  | "IDEMPOTENCY_KEY_REUSED";

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

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
