import { graphql } from "@sam/graphql-types";

// Until the directory itself arrives, the page lists the requests the user made, so an account
// just requested for a customer is visible on landing back here.
export const yourRequestsQuery = graphql(`
  query YourRequests($first: Int!) {
    myRequests(first: $first) {
      totalCount
      edges {
        cursor
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
