import {
  ApiTokensDocument,
  DirectoryDocument,
  type DirectoryAccountFieldsFragment,
  type DirectoryQueryVariables,
  type DirectoryReason,
  MyRequestsDocument,
  PendingApprovalsDocument,
  PendingCountsDocument,
  type PendingCountsQuery,
  YourRequestsDocument,
  CreateApiTokenDocument,
  MeDocument,
  RevokeApiTokenDocument,
  type ApiTokenFieldsFragment,
  AccountWebhookEndpointsDocument,
  type AccountWebhookEndpointsQuery,
  type SmartAccountFieldsFragment,
  type ViewerFieldsFragment,
} from "@sam/graphql-types";
import { graphql, http, HttpResponse, type DefaultBodyType, type GraphQLResponseBody } from "msw";
import type { ApiErrorCode, InputFieldError } from "@/lib/graphql-errors";
import type { MailboxEmail } from "@/features/mailbox/api/mailbox";
import { buildApiToken } from "./factories";

/**
 * A GraphQL error response in the shape the server sends, typed as an answer to whichever
 * operation the handler returns it for.
 */
export function graphQLError<TData extends DefaultBodyType>(
  code: ApiErrorCode,
  message: string,
  fields?: readonly InputFieldError[],
) {
  return HttpResponse.json<NonNullable<GraphQLResponseBody<TData>>>({
    errors: [{ message, extensions: fields ? { code, fields } : { code } }],
    data: null,
  });
}

/** `me` as the server answers it: the user, or UNAUTHENTICATED when there is no session. */
export function meHandler(user: ViewerFieldsFragment | null) {
  return graphql.query(MeDocument, () =>
    user
      ? HttpResponse.json({ data: { me: user } })
      : graphQLError("UNAUTHENTICATED", "You must be signed in."),
  );
}

export function mailboxHandler(emails: readonly MailboxEmail[]) {
  return http.get("*/dev/mailbox", () => HttpResponse.json({ emails }));
}

/**
 * A small in-memory API-token service: list, create and revoke behave like the server's, so a
 * test sees the page react to what it did.
 */
export function apiTokenHandlers(initial: readonly ApiTokenFieldsFragment[]) {
  const tokens = [...initial];
  const secrets = new Map<string, string>();
  const handlers = [
    graphql.query(ApiTokensDocument, ({ variables }) =>
      HttpResponse.json({
        data: {
          apiTokens: {
            __typename: "ApiTokenConnection",
            totalCount: tokens.length,
            edges: tokens.slice(0, variables.first).map((node) => ({
              __typename: "ApiTokenEdge",
              cursor: node.id,
              node,
            })),
          },
        },
      }),
    ),
    graphql.mutation(CreateApiTokenDocument, ({ variables: { input } }) => {
      const token = buildApiToken({
        name: input.name,
        scope: input.scope,
        expiresAt: input.expiresAt ?? null,
        createdAt: new Date().toISOString(),
      });
      const secret = `${token.prefix}_${"s3cr3t".repeat(6)}`;
      tokens.unshift(token);
      secrets.set(token.id, secret);
      return HttpResponse.json({
        data: {
          createApiToken: { __typename: "CreateApiTokenPayload", secret, apiToken: token },
        },
      });
    }),
    graphql.mutation(RevokeApiTokenDocument, ({ variables: { input } }) => {
      const index = tokens.findIndex((token) => token.id === input.id);
      const token = tokens[index];
      if (!token) return graphQLError("NOT_FOUND", "No such token.");
      const revoked = {
        ...token,
        revokedAt: new Date().toISOString(),
        revokedReason: "REVOKED_BY_USER" as const,
      };
      tokens[index] = revoked;
      return HttpResponse.json({
        data: { revokeApiToken: { __typename: "RevokeApiTokenPayload", apiToken: revoked } },
      });
    }),
  ];
  return { handlers, tokens, secrets };
}

function connection<TNode extends { id: string }>(nodes: readonly TNode[], first: number) {
  return {
    __typename: "SmartAccountConnection" as const,
    totalCount: nodes.length,
    edges: nodes.slice(0, first).map((node) => ({
      __typename: "SmartAccountEdge" as const,
      cursor: node.id,
      node,
    })),
  };
}

/** The directory's "Your requests" panel. */
export function yourRequestsHandler(accounts: readonly SmartAccountFieldsFragment[]) {
  return graphql.query(YourRequestsDocument, ({ variables }) =>
    HttpResponse.json({ data: { myRequests: connection(accounts, variables.first) } }),
  );
}

/** The Requests page: the user's requests and those waiting for their approval. */
export function requestsHandlers(
  mine: readonly SmartAccountFieldsFragment[],
  waiting: readonly SmartAccountFieldsFragment[] = [],
) {
  return [
    graphql.query(MyRequestsDocument, ({ variables }) =>
      HttpResponse.json({ data: { myRequests: connection(mine, variables.first) } }),
    ),
    graphql.query(PendingApprovalsDocument, ({ variables }) =>
      HttpResponse.json({ data: { pendingApprovals: connection(waiting, variables.first) } }),
    ),
  ];
}

/** An account's webhook endpoints (the account page's Webhooks section). */
export function webhookEndpointsHandler(
  endpoints: AccountWebhookEndpointsQuery["webhookEndpoints"],
) {
  return graphql.query(AccountWebhookEndpointsDocument, () =>
    HttpResponse.json({ data: { webhookEndpoints: endpoints } }),
  );
}

/** What every test starts from: nobody signed in, an empty mailbox, no webhooks. */
/** What waits for the signed-in person (the navigation's counters): nothing, unless given. */
export function pendingCountsHandler(
  counts: Omit<PendingCountsQuery["pendingCounts"], "__typename"> = {
    approvals: 0,
    accessRequests: 0,
    domainReviews: null,
  },
) {
  return graphql.query(PendingCountsDocument, () =>
    HttpResponse.json({ data: { pendingCounts: { __typename: "PendingCounts", ...counts } } }),
  );
}

export const defaultHandlers = [
  pendingCountsHandler(),
  webhookEndpointsHandler([]),
  meHandler(null),
  mailboxHandler([]),
  yourRequestsHandler([]),
  directoryHandler([]),
];

type DirectoryRow = { reason: DirectoryReason; smartAccount: DirectoryAccountFieldsFragment };

/** The directory as the server pages it: keyset on the row's position, `first` at a time. */
export function directoryHandler(
  rows: readonly DirectoryRow[],
  calls: DirectoryQueryVariables[] = [],
) {
  return graphql.query(DirectoryDocument, ({ variables }) => {
    calls.push(variables);
    const filtered = rows.filter(
      ({ smartAccount }) =>
        (!variables.filter?.status || smartAccount.status === variables.filter.status) &&
        (!variables.filter?.namePrefix ||
          smartAccount.name.toLowerCase().startsWith(variables.filter.namePrefix.toLowerCase())),
    );
    const start = variables.after ? Number(variables.after) : 0;
    const page = filtered.slice(start, start + variables.first);
    const end = start + page.length;
    return HttpResponse.json({
      data: {
        directory: {
          __typename: "DirectoryConnection",
          totalCount: filtered.length,
          pageInfo: {
            __typename: "PageInfo",
            hasNextPage: end < filtered.length,
            endCursor: page.length ? String(end) : null,
          },
          edges: page.map((node, index) => ({
            __typename: "DirectoryEdge",
            cursor: String(start + index + 1),
            node: { __typename: "DirectoryEntry", ...node },
          })),
        },
      },
    });
  });
}
