import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";

/** The `extensions.code` values the API promises (see schema.graphql and the SPEC). */
export type ApiErrorCode =
  "BAD_USER_INPUT" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "RATE_LIMITED";

/** One bad input, as listed in `extensions.fields` of a BAD_USER_INPUT error. */
export type InputFieldError = { field: string; message: string };

/** The first `extensions.code` of a GraphQL error response, if the error is one. */
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  for (const graphQLError of error.errors) {
    const code = graphQLError.extensions?.code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

export function hasErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return errorCode(error) === code;
}

function isInputFieldError(value: unknown): value is InputFieldError {
  if (typeof value !== "object" || value === null) return false;
  const { field, message } = value as Record<string, unknown>;
  return typeof field === "string" && typeof message === "string";
}

/** Every `extensions.fields` entry of every BAD_USER_INPUT error in the response. */
export function inputFieldErrors(error: unknown): InputFieldError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((graphQLError) => {
    if (graphQLError.extensions?.code !== "BAD_USER_INPUT") return [];
    const fields = graphQLError.extensions.fields;
    return Array.isArray(fields) ? fields.filter(isInputFieldError) : [];
  });
}

/** A sentence to show a person for an error no screen handles specifically. */
export function describeError(error: unknown): string {
  switch (errorCode(error)) {
    case "RATE_LIMITED":
      return "Too many attempts, try again later.";
    case "UNAUTHENTICATED":
      return "Your session has ended. Sign in again.";
    case "FORBIDDEN":
      return "You are not allowed to do this.";
    case "NOT_FOUND":
      return "It no longer exists, or you cannot see it.";
    default:
      break;
  }
  if (CombinedGraphQLErrors.is(error) && error.errors[0]?.message) {
    return error.errors[0].message;
  }
  if (ServerError.is(error)) {
    return `The server answered with an error (${error.statusCode}). Try again in a moment.`;
  }
  return "The server could not be reached. Check your connection and try again.";
}
