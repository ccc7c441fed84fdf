import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import type { Context } from "./context";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Logger } from "pino";
import type { ValidationError } from "class-validator";
import * as commonErrors from "../common/errors";
import { DomainError, type FieldError, type PublicErrorCode } from "../common/errors";
import * as userErrors from "../modules/user/user.errors";
import * as smartAccountErrors from "../modules/smart-account/smart-account.errors";
import * as idempotencyErrors from "../modules/idempotency/idempotency.errors";
import { IdentifierConflictError } from "../modules/smart-account/smart-account.errors";

/** The error classes a module file exports (its other exports are not errors). */
type ErrorsOf<M> = {
  [K in keyof M]: M[K] extends abstract new (...args: never[]) => infer E
    ? E extends DomainError
      ? string extends E["kind"]
        ? never
        : E
      : never
    : never;
}[keyof M];

/**
 * Every error a caller can cause: each class exported by an errors file. A new class there joins
 * this union by itself, and `PUBLIC_CODES` then fails to compile until its kind is mapped.
 */
export type KnownError =
  | ErrorsOf<typeof commonErrors>
  | ErrorsOf<typeof userErrors>
  | ErrorsOf<typeof smartAccountErrors>
  | ErrorsOf<typeof idempotencyErrors>;

export type ErrorKind = KnownError["kind"];

/** The one place a module's error kind becomes a public code. */
const PUBLIC_CODES: { readonly [K in ErrorKind]: PublicErrorCode } = {
  INVALID_INPUT: "BAD_USER_INPUT",
  EMAIL_TAKEN: "BAD_USER_INPUT",
  INVALID_LINK: "BAD_USER_INPUT",
  NOT_SIGNED_IN: "UNAUTHENTICATED",
  INVALID_CREDENTIALS: "UNAUTHENTICATED",
  NOT_ALLOWED: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  STATE_CONFLICT: "CONFLICT",
  IDENTIFIER_CONFLICT: "CONFLICT",
  TOO_MANY_ATTEMPTS: "RATE_LIMITED",
  IDEMPOTENCY_KEY_REUSED: "IDEMPOTENCY_KEY_REUSED",
  DATABASE_UNAVAILABLE: "UNAVAILABLE",
  COMMIT_OUTCOME_UNKNOWN: "OUTCOME_UNKNOWN",
};

export function isErrorKind(kind: string): kind is ErrorKind {
  return Object.hasOwn(PUBLIC_CODES, kind);
}

export function publicCode(kind: ErrorKind): PublicErrorCode {
  return PUBLIC_CODES[kind];
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
  if (original instanceof DomainError && isErrorKind(original.kind)) return true;
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

const GRAPHQL_NAME = "[_A-Za-z][_0-9A-Za-z]*";
const VARIABLE_NAME = new RegExp(`^Variable "\\$(${GRAPHQL_NAME})" `);

/**
 * The fields of a variable that graphql-js could not coerce (an unknown enum value, 1.5 for an
 * Int, a missing required variable or input field), as `{ field, message }` with the variable's
 * path (`input.organisationType`, `first`). graphql-js says where only in its message:
 * `Variable "$input" got invalid value "STAFF" at "input.organisationType"; <reason>`, with the
 * reason also kept as the original error, so the message is cut at that known reason instead of
 * at a "; " that the echoed value may contain. Null when the error is not about a variable.
 */
export function variableErrorFields(error: GraphQLError): FieldError[] | null {
  const variable = VARIABLE_NAME.exec(error.message)?.[1];
  if (!variable) return null;
  const reason = error.originalError && error.originalError !== error ? error.originalError : null;
  if (!reason || !error.message.endsWith(`; ${reason.message}`)) {
    // "of required type … was not provided" and "of non-null type … must not be null".
    return [{ field: variable, message: error.message }];
  }
  const prefix = error.message.slice(0, -(reason.message.length + 2));
  // The echoed value is printed JSON-like (quotes inside strings escaped), so an unescaped
  // ` at "…"` closing the prefix is graphql-js's own path.
  const at = / at "([^"]*)"$/.exec(prefix)?.[1];
  const pathPattern = new RegExp(`^${variable}(\\.${GRAPHQL_NAME}|\\[\\d+\\])*$`);
  const base = at !== undefined && pathPattern.test(at) ? at : variable;
  // A missing or unknown field of an input object is reported at the object; name the field.
  const inner =
    new RegExp(`^Field "(${GRAPHQL_NAME})" of required type `).exec(reason.message)?.[1] ??
    /^Field "(.*?)" is not defined by type "/s.exec(reason.message)?.[1];
  return [{ field: inner ? `${base}.${inner}` : base, message: reason.message }];
}

export type HttpErrorCode = "BAD_REQUEST" | "PAYLOAD_TOO_LARGE" | "INTERNAL_SERVER_ERROR";

/**
 * What an error raised before GraphQL runs (body parsing) or outside it becomes: a status and a
 * GraphQL error body, so every answer of /graphql keeps the contract. The error's own message
 * is not echoed: body-parser's quote the request and Express's may carry internals.
 */
export function httpErrorResponse(error: unknown): {
  status: number;
  expected: boolean;
  body: { errors: { message: string; extensions: { code: HttpErrorCode } }[] };
} {
  const { status: raw, type, limit } = (error ?? {}) as Record<string, unknown>;
  const status = typeof raw === "number" && raw >= 400 && raw < 600 ? raw : 500;
  const answer = (code: HttpErrorCode, message: string) => ({
    status,
    expected: status < 500,
    body: { errors: [{ message, extensions: { code } }] },
  });
  if (status === 413) {
    const kb = typeof limit === "number" ? ` (${Math.floor(limit / 1024)} kB)` : "";
    return answer("PAYLOAD_TOO_LARGE", `The request body is larger than the limit${kb}.`);
  }
  if (status >= 500) {
    return answer("INTERNAL_SERVER_ERROR", "Something went wrong on our side. It has been logged.");
  }
  switch (type) {
    case "entity.parse.failed":
      return answer("BAD_REQUEST", "The request body is not valid JSON.");
    case "charset.unsupported":
      return answer("BAD_REQUEST", "The request body's charset is not supported; send UTF-8.");
    case "encoding.unsupported":
      return answer("BAD_REQUEST", "The request body's content encoding is not supported.");
    default:
      return answer("BAD_REQUEST", "The request could not be understood.");
  }
}

/**
 * Apollo's formatError: domain errors get their public code (and fields), validation errors
 * name their fields, and anything unexpected is logged and returned without details. No stack
 * or other internals leave the server, whatever the NODE_ENV.
 */
export function createErrorFormatter() {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const unwrapped = unwrapResolverError(error);
    // A domain error raised outside a resolver (a plugin refusing a request) has no path.
    const original =
      unwrapped instanceof GraphQLError && unwrapped.originalError instanceof DomainError
        ? unwrapped.originalError
        : unwrapped;
    if (original instanceof DomainError && isErrorKind(original.kind)) {
      const extensions: Record<string, unknown> = { code: publicCode(original.kind) };
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
    if (code === "BAD_USER_INPUT" && error instanceof GraphQLError && !error.path) {
      const fields = variableErrorFields(error);
      if (fields) {
        return {
          message: formatted.message,
          locations: formatted.locations,
          extensions: { code, fields },
        };
      }
    }
    if (typeof code === "string" && (CLIENT_CODES.has(code) || code === "RATE_LIMITED")) {
      return { ...formatted, extensions: { code } };
    }
    return {
      message: "Something went wrong on our side. It has been logged.",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}
