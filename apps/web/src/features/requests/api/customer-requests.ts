import { graphql } from "@sam/graphql-types";

export const customerRequestsByStatusQuery = graphql(`
  query CustomerRequestsByStatus {
    customerRequestsByStatus {
      status
      count
    }
  }
`);
