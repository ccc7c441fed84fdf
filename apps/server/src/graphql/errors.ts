import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import type { Context } from "./context";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Logger } from "pino";
import type { ValidationError } from "class-validator";
import {
  assertUnreachable,
  DomainError,
  type FieldError,
  type PublicErrorCode,
} from "../common/errors";
import type { UserErrorKind } from "../modules/user/user.errors";
import {
  IdentifierConflictError,
  type SmartAccountErrorKind,
} from "../modules/smart-account/smart-account.errors";

type CommonErrorKind =
  | "INVALID_INPUT"
  | "NOT_SIGNED_IN"
  | "NOT_ALLOWED"
  | "NOT_FOUND"
  | "STATE_CONFLICT"
  | "TOO_MANY_ATTEMPTS";

export type ErrorKind = CommonErrorKind | UserErrorKind | SmartAccountErrorKind;

/** The one place a module's error kind becomes a public code. */
export function publicCode(kind: ErrorKind): PublicErrorCode {
  switch (kind) {
    case "INVALID_INPUT":
    case "EMAIL_TAKEN":
    case "INVALID_LINK":
      return "BAD_USER_INPUT";
    case "NOT_SIGNED_IN":
    case "INVALID_CREDENTIALS":
      return "UNAUTHENTICATED";
    case "NOT_ALLOWED":
      return "FORBIDDEN";
    case "NOT_FOUND":
      return "NOT_FOUND";
    case "STATE_CONFLICT":
    case "IDENTIFIER_CONFLICT":
      return "CONFLICT";
    case "TOO_MANY_ATTEMPTS":
      return "RATE_LIMITED";
    default:
      return assertUnreachable(kind);
  }
}

/** Flattens class-validator errors of `input` into `{ field, message }`, paths dotted below input. */
export function validationFields(errors: readonly ValidationError[], prefix = ""): FieldError[] {
  return errors.flatMap((error) => {
    const isArgumentRoot = prefix === "" && error.property === "input" && error.children?.length;
    const path = isArgumentRoot ? "" : prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field: path || error.property,
      message,
    }));
    return [...own.slice(0, 1), ...validationFields(error.children ?? [], path)];
  });
}

const CLIENT_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_REQUEST",
]);

function isExpected(error: GraphQLError): boolean {
  const original = error.originalError;
  if (original instanceof DomainError) return true;
  if (
    (original as { extensions?: { validationErrors?: unknown } } | undefined)?.extensions
      ?.validationErrors
  ) {
    return true;
  }
  const code = error.extensions?.code;
  return typeof code === "string" && CLIENT_CODES.has(code);
}

/** Logs the errors nobody expected, on the request's own logger (with its request id). */
export const unexpectedErrorLogger: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          if (!isExpected(error)) {
            const log: Logger = contextValue.log;
            log.error(
              { err: error.originalError ?? error, path: error.path },
              "unexpected error in a GraphQL operation",
            );
          }
        }
      },
    };
  },
};

/**
 * Apollo's formatError: domain errors get their public code (and fields), validation errors
 * name their fields, and anything unexpected is logged and returned without details.
 */
export function createErrorFormatter(exposeStack: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      const extensions: Record<string, unknown> = { code: publicCode(original.kind as ErrorKind) };
      if (original.fields.length) extensions.fields = original.fields;
      if (original instanceof IdentifierConflictError)
        extensions.existingAccounts = original.existingAccounts;
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions,
      };
    }
    const validationErrors = (original as { extensions?: { validationErrors?: ValidationError[] } })
      ?.extensions?.validationErrors;
    if (original instanceof GraphQLError && Array.isArray(validationErrors)) {
      const fields = validationFields(validationErrors);
      return {
        message: fields.length
          ? `Invalid input: ${fields.map((f) => f.message).join(" ")}`
          : "Invalid input.",
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: "BAD_USER_INPUT", fields },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && (CLIENT_CODES.has(code) || code === "RATE_LIMITED")) {
      return exposeStack ? formatted : { ...formatted, extensions: { code } };
    }
    return {
      message: "Something went wrong on our side. It has been logged.",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}
