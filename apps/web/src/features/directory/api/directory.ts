import { graphql } from "@sam/graphql-types";

export const yourRequestsQuery = graphql(`
  query YourRequests($first: Int!) {
    myRequests(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          domainIdentifier
          status
          channel
          createdAt
          lapseAt
          nextStep {
            action
            actors
          }
        }
      }
    }
  }
`);

export const directoryRowFieldsFragment = graphql(`
  fragment DirectoryAccountFields on SmartAccount {
    id
    name
    domainIdentifier
    status
    visibility
    administrators
    myRoles {
      role
      virtualAccountId
    }
    virtualAccounts {
      id
      name
      parentId
      isDefault
    }
  }
`);

export const directoryQuery = graphql(`
  query Directory(
    $first: Int!
    $after: String
    $filter: DirectoryFilter
    $order: DirectoryOrder = RELEVANCE
  ) {
    directory(first: $first, after: $after, filter: $filter, order: $order) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          reason
          smartAccount {
            ...DirectoryAccountFields
          }
        }
      }
    }
  }
`);

export const searchSmartAccountsQuery = graphql(`
  query SearchSmartAccounts($query: String!, $first: Int!, $after: String) {
    searchSmartAccounts(query: $query, first: $first, after: $after) {
      totalCount
      totalCountIsCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          domainIdentifier
          status
          visibility
          administrators
          myRoles {
            role
            virtualAccountId
          }
        }
      }
    }
  }
`);
