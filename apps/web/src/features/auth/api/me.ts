import { graphql } from "@sam/graphql-types";

export const viewerFieldsFragment = graphql(`
  fragment ViewerFields on User {
    id
    email
    name
    company
    organisationType
    emailVerified
    isStaff
  }
`);

export const meQuery = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);
