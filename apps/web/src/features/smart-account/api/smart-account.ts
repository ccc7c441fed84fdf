import { graphql } from "@sam/graphql-types";

export const smartAccountDetailQuery = graphql(`
  query SmartAccountDetail($id: ID!) {
    smartAccount(id: $id) {
      ...SmartAccountFields
      administrators
      autoApproveUpTo
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

export const accountUsersQuery = graphql(`
  query AccountUsers($smartAccountId: ID!) {
    accountUsers(smartAccountId: $smartAccountId) {
      email
      name
      registered
      roles {
        role
        virtualAccountId
      }
    }
  }
`);

export const updateSmartAccountMutation = graphql(`
  mutation UpdateSmartAccount($input: UpdateSmartAccountInput!) {
    updateSmartAccount(input: $input) {
      smartAccount {
        id
        name
        visibility
        company {
          ...CompanyFields
        }
      }
    }
  }
`);

export const createVirtualAccountMutation = graphql(`
  mutation CreateVirtualAccount($input: CreateVirtualAccountInput!) {
    createVirtualAccount(input: $input) {
      virtualAccount {
        id
        name
        description
        isDefault
        parentId
        createdAt
      }
    }
  }
`);

export const updateVirtualAccountMutation = graphql(`
  mutation UpdateVirtualAccount($input: UpdateVirtualAccountInput!) {
    updateVirtualAccount(input: $input) {
      virtualAccount {
        id
        name
        description
        isDefault
        parentId
        createdAt
      }
    }
  }
`);

export const deleteVirtualAccountMutation = graphql(`
  mutation DeleteVirtualAccount($input: DeleteVirtualAccountInput!) {
    deleteVirtualAccount(input: $input) {
      virtualAccount {
        id
      }
    }
  }
`);

export const setAccountUserRolesMutation = graphql(`
  mutation SetAccountUserRoles($input: SetAccountUserRolesInput!) {
    setAccountUserRoles(input: $input) {
      user {
        email
        name
        registered
        roles {
          role
          virtualAccountId
        }
      }
    }
  }
`);

export const setAccessAutomationMutation = graphql(`
  mutation SetAccessAutomation($input: SetAccessAutomationInput!) {
    setAccessAutomation(input: $input) {
      smartAccount {
        id
        autoApproveUpTo
      }
    }
  }
`);

export const accountNominationsQuery = graphql(`
  query AccountNominations($smartAccountId: ID!, $first: Int!, $after: String) {
    accountNominations(smartAccountId: $smartAccountId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          email
          status
          sentAt
          expiresAt
          decidedAt
          createdAt
        }
      }
    }
  }
`);

export const resendNominationMutation = graphql(`
  mutation ResendNomination($input: DecideNominationInput!) {
    resendNomination(input: $input) {
      nomination {
        id
        sentAt
        expiresAt
      }
    }
  }
`);

/** Each change to the account, pushed while its page is open (for those who read its history). */
export const smartAccountChangedSubscription = graphql(`
  subscription SmartAccountChanged($id: ID!) {
    accountChanged(id: $id) {
      id
      type
    }
  }
`);
