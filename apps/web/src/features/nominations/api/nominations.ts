import { graphql } from "@sam/graphql-types";

export const nominationFieldsFragment = graphql(`
  fragment NominationFields on Nomination {
    id
    kind
    status
    email
    message
    smartAccountId
    smartAccount {
      id
      name
      domainIdentifier
      status
    }
    createdAt
    decidedAt
    expiresAt
  }
`);

export const myNominationsQuery = graphql(`
  query MyNominations($first: Int!) {
    myNominations(first: $first) {
      totalCount
      edges {
        node {
          ...NominationFields
        }
      }
    }
  }
`);

export const acceptNominationMutation = graphql(`
  mutation AcceptNomination($input: DecideNominationInput!) {
    acceptNomination(input: $input) {
      nomination {
        ...NominationFields
      }
    }
  }
`);

export const rejectNominationMutation = graphql(`
  mutation RejectNomination($input: DecideNominationInput!) {
    rejectNomination(input: $input) {
      nomination {
        ...NominationFields
      }
    }
  }
`);
