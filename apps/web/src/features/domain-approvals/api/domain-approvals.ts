import { graphql } from "@sam/graphql-types";

export const domainApprovalsQuery = graphql(`
  query DomainApprovals($status: DomainStatus!, $first: Int!) {
    domainApprovals(status: $status, first: $first) {
      totalCount
      edges {
        node {
          ...DomainReviewFields
          smartAccount {
            id
            name
            status
            requester {
              email
              name
            }
          }
        }
      }
    }
  }
`);

export const approveDomainMutation = graphql(`
  mutation ApproveDomain($input: DomainRefInput!) {
    approveDomain(input: $input) {
      domain {
        ...DomainReviewFields
        smartAccount {
          id
          name
          status
        }
      }
    }
  }
`);

export const rejectDomainMutation = graphql(`
  mutation RejectDomain($input: RejectDomainInput!) {
    rejectDomain(input: $input) {
      domain {
        ...DomainReviewFields
        smartAccount {
          id
          name
          status
        }
      }
    }
  }
`);
