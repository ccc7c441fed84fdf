import { graphql } from "@sam/graphql-types";

/** The name that heads the navigation: the account on screen, or the one remembered. */
export const shellSmartAccountQuery = graphql(`
  query ShellSmartAccount($id: ID!) {
    smartAccount(id: $id) {
      id
      name
    }
  }
`);

/**
 * The switcher's list. The directory lists the accounts the person holds a role in first
 * (reason HAS_ROLE), in name order; the switcher keeps those rows.
 */
export const smartAccountSwitcherQuery = graphql(`
  query SmartAccountSwitcher($first: Int!, $filter: DirectoryFilter) {
    directory(first: $first, filter: $filter) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          reason
          smartAccount {
            id
            name
            domainIdentifier
          }
        }
      }
    }
  }
`);

/** The numbers beside the navigation: what waits for the signed-in person. */
export const pendingCountsQuery = graphql(`
  query PendingCounts {
    pendingCounts {
      approvals
      accessRequests
      domainReviews
    }
  }
`);

/** The same numbers, pushed by the server whenever they change. */
export const pendingCountsSubscription = graphql(`
  subscription PendingCountsChanged {
    pendingCounts {
      approvals
      accessRequests
      domainReviews
    }
  }
`);
