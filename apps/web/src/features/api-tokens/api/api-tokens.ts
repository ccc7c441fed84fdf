import { graphql } from "@sam/graphql-types";

export const apiTokenFieldsFragment = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    scope
    prefix
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
    revokedReason
  }
`);

export const apiTokensQuery = graphql(`
  query ApiTokens($first: Int!) {
    apiTokens(first: $first) {
      totalCount
      edges {
        node {
          ...ApiTokenFields
        }
      }
    }
  }
`);

export const createApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      apiToken {
        ...ApiTokenFields
      }
    }
  }
`);

export const revokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      apiToken {
        ...ApiTokenFields
      }
    }
  }
`);
