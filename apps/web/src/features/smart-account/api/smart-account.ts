import { graphql } from "@sam/graphql-types";

export const smartAccountDetailQuery = graphql(`
  query SmartAccountDetail($id: ID!) {
    smartAccount(id: $id) {
      ...SmartAccountFields
      myRoles {
        role
        virtualAccountId
      }
      virtualAccounts {
        id
        name
        description
        isDefault
        parentId
        createdAt
      }
      history {
        id
        type
        createdAt
        actorEmail
        detail
        statusBefore
        statusAfter
      }
    }
  }
`);
