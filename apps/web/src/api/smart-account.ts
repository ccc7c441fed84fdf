import { graphql } from "@sam/graphql-types";

// The Smart Account as several features show it. Shared here (not in one feature) because the
// request wizard, the Pending Request page, the Requests page and the account page all read the
// same fields, and Apollo's cache keeps one copy of each account by its id.

export const companyFieldsFragment = graphql(`
  fragment CompanyFields on Company {
    name
    country
    addressLine
    city
    region
    postalCode
  }
`);

export const domainReviewFieldsFragment = graphql(`
  fragment DomainReviewFields on Domain {
    id
    identifier
    status
    contactPhone
    reviewReasons
    note
    createdAt
    decidedAt
    decisionReason
    dnsChallenge {
      recordName
      recordValue
    }
  }
`);

export const smartAccountFieldsFragment = graphql(`
  fragment SmartAccountFields on SmartAccount {
    id
    name
    domainIdentifier
    topLevelDomain
    status
    visibility
    channel
    createdAt
    activatedAt
    lapseAt
    approvers
    messageToApprovers
    noteToDomainApprover
    noteToUsers
    declineReason
    requester {
      email
      name
    }
    nextStep {
      action
      actors
    }
    company {
      ...CompanyFields
    }
    domain {
      ...DomainReviewFields
    }
  }
`);
