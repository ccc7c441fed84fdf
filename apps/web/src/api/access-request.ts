import { graphql } from "@sam/graphql-types";

// Access requests are made from the directory's search, the directory itself and the request
// wizard's existing-accounts dialog, and decided on the Access Requests page: the fields are
// shared so Apollo's cache keeps one copy of each request.

export const accessRequestFieldsFragment = graphql(`
  fragment AccessRequestFields on AccessRequest {
    id
    email
    askedRole
    grantedRole
    grantedVirtualAccountIds
    status
    reason
    declineReason
    autoApproved
    createdAt
    decidedAt
    smartAccountId
    smartAccountName
    requester {
      email
      name
    }
  }
`);

export const requestAccessMutation = graphql(`
  mutation RequestAccess($input: RequestAccessInput!) {
    requestAccess(input: $input) {
      accessRequests {
        ...AccessRequestFields
      }
    }
  }
`);
