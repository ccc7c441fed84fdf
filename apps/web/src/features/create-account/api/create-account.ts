import { graphql } from "@sam/graphql-types";

export const checkDomainQuery = graphql(`
  query CheckDomain(
    $domainIdentifier: String!
    $approverEmail: String
    $flow: DomainCheckFlow! = MY_COMPANY
  ) {
    checkDomain(domainIdentifier: $domainIdentifier, approverEmail: $approverEmail, flow: $flow) {
      input
      valid
      message
      identifier
      topLevelDomain
      reviewRequired
      reviewReasons
      identifierAvailable
      refusals {
        code
        field
        message
      }
      existingAccounts {
        id
        name
        domainIdentifier
        status
        visibility
        exactMatch
        allowedAction
        reason
        administrators
      }
    }
  }
`);

export const requestSmartAccountMutation = graphql(`
  mutation RequestSmartAccount($input: RequestSmartAccountInput!) {
    requestSmartAccount(input: $input) {
      smartAccount {
        ...SmartAccountFields
      }
    }
  }
`);

export const requestSmartAccountForCustomerMutation = graphql(`
  mutation RequestSmartAccountForCustomer($input: RequestSmartAccountForCustomerInput!) {
    requestSmartAccountForCustomer(input: $input) {
      smartAccount {
        ...SmartAccountFields
      }
    }
  }
`);

export const nominateCreatorsMutation = graphql(`
  mutation NominateCreators($input: NominateCreatorsInput!) {
    nominateCreators(input: $input) {
      nominations {
        id
        email
        kind
        status
        smartAccountId
      }
    }
  }
`);

/** The request just sent, for its completion page (which a reload opens again). */
export const requestedSmartAccountQuery = graphql(`
  query RequestedSmartAccount($id: ID!) {
    smartAccount(id: $id) {
      ...SmartAccountFields
    }
  }
`);
