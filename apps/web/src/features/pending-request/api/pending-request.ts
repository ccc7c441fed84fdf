import { graphql } from "@sam/graphql-types";

export const approvalRequestQuery = graphql(`
  query ApprovalRequest($token: String!) {
    approvalRequest(token: $token) {
      ...SmartAccountFields
    }
  }
`);

export const pendingRequestQuery = graphql(`
  query PendingRequest($id: ID!) {
    smartAccount(id: $id) {
      ...SmartAccountFields
    }
  }
`);

export const approveSmartAccountMutation = graphql(`
  mutation ApproveSmartAccount($input: ApproveSmartAccountInput!) {
    approveSmartAccount(input: $input) {
      smartAccount {
        ...SmartAccountFields
      }
    }
  }
`);

export const denySmartAccountMutation = graphql(`
  mutation DenySmartAccount($input: DenySmartAccountInput!) {
    denySmartAccount(input: $input) {
      smartAccount {
        ...SmartAccountFields
      }
    }
  }
`);

export const forwardSmartAccountMutation = graphql(`
  mutation ForwardSmartAccount($input: ForwardSmartAccountInput!) {
    forwardSmartAccount(input: $input) {
      smartAccount {
        ...SmartAccountFields
      }
    }
  }
`);

export const provideCompanyAddressMutation = graphql(`
  mutation ProvideCompanyAddress($input: ProvideCompanyAddressInput!) {
    provideCompanyAddress(input: $input) {
      smartAccount {
        ...SmartAccountFields
      }
    }
  }
`);
