import { graphql } from "@sam/graphql-types";

export const auditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilterInput, $first: Int!, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountIsCapped
      edges {
        node {
          id
          type
          createdAt
          accountId
          account {
            id
            name
          }
          actor {
            id
            email
          }
          payload {
            sequence
            statusBefore
            statusAfter
            detail
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
