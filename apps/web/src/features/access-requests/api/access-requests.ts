import { graphql } from "@sam/graphql-types";

export const administeredAccountsQuery = graphql(`
  query AdministeredAccounts($first: Int!) {
    directory(first: $first, filter: { status: ACTIVE }) {
      edges {
        node {
          reason
          smartAccount {
            id
            name
            domainIdentifier
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
        }
      }
    }
  }
`);

export const accessRequestsQuery = graphql(`
  query AccessRequests(
    $smartAccountId: ID
    $status: AccessRequestStatus
    $first: Int!
    $after: String
    $order: AccessRequestOrder = PENDING_FIRST
  ) {
    accessRequests(
      smartAccountId: $smartAccountId
      status: $status
      first: $first
      after: $after
      order: $order
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AccessRequestFields
        }
      }
    }
  }
`);

export const approveAccessRequestMutation = graphql(`
  mutation ApproveAccessRequest($input: ApproveAccessRequestInput!) {
    approveAccessRequest(input: $input) {
      accessRequest {
        ...AccessRequestFields
      }
    }
  }
`);

export const declineAccessRequestMutation = graphql(`
  mutation DeclineAccessRequest($input: DeclineAccessRequestInput!) {
    declineAccessRequest(input: $input) {
      accessRequest {
        ...AccessRequestFields
      }
    }
  }
`);

export const cancelAccessRequestMutation = graphql(`
  mutation CancelAccessRequest($input: CancelAccessRequestInput!) {
    cancelAccessRequest(input: $input) {
      accessRequest {
        ...AccessRequestFields
      }
    }
  }
`);
