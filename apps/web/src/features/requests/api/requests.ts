import { graphql } from "@sam/graphql-types";

export const myRequestsQuery = graphql(`
  query MyRequests($first: Int!, $order: RequestOrder = NEWEST_FIRST) {
    myRequests(first: $first, order: $order) {
      totalCount
      edges {
        node {
          ...SmartAccountFields
        }
      }
    }
  }
`);

export const pendingApprovalsQuery = graphql(`
  query PendingApprovals($first: Int!) {
    pendingApprovals(first: $first) {
      totalCount
      edges {
        node {
          ...SmartAccountFields
        }
      }
    }
  }
`);

export const cancelSmartAccountMutation = graphql(`
  mutation CancelSmartAccount($input: SmartAccountRefInput!) {
    cancelSmartAccount(input: $input) {
      smartAccount {
        ...SmartAccountFields
      }
    }
  }
`);

export const resendApprovalEmailMutation = graphql(`
  mutation ResendApprovalEmail($input: SmartAccountRefInput!) {
    resendApprovalEmail(input: $input) {
      smartAccount {
        ...SmartAccountFields
      }
    }
  }
`);

export const resubmitDomainMutation = graphql(`
  mutation ResubmitDomain($input: ResubmitDomainInput!) {
    resubmitDomain(input: $input) {
      smartAccount {
        ...SmartAccountFields
      }
    }
  }
`);

export const verifyDomainChallengeMutation = graphql(`
  mutation VerifyDomainChallenge($input: DomainRefInput!) {
    verifyDomainChallenge(input: $input) {
      verified
      domain {
        ...DomainReviewFields
        smartAccount {
          ...SmartAccountFields
        }
      }
    }
  }
`);
