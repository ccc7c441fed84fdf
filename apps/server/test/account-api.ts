import { graphql } from "./gql";
import type { AccountFieldsFragment, RequestSmartAccountInput } from "./gql/graphql";
import type { Client, GqlResult, TestApp } from "./harness";
import { PASSWORD, registeredUser, SIGN_IN } from "./user-api";

export const ACCOUNT_FIELDS = graphql(`
  fragment AccountFields on SmartAccount {
    id
    name
    domainIdentifier
    topLevelDomain
    status
    visibility
    channel
    lapseAt
    activatedAt
    company {
      name
      country
      addressLine
      city
      region
      postalCode
    }
    requester {
      name
      email
    }
    approvers
    domain {
      id
      identifier
      status
      reviewReasons
      contactPhone
      decisionReason
      dnsChallenge {
        recordName
        recordValue
      }
    }
    virtualAccounts {
      name
      isDefault
    }
    history {
      type
      actorEmail
      statusBefore
      statusAfter
      detail
    }
    nextStep {
      action
      actors
    }
  }
`);

export const REQUEST = graphql(`
  mutation RequestAccount($input: RequestSmartAccountInput!) {
    requestSmartAccount(input: $input) {
      smartAccount {
        ...AccountFields
      }
    }
  }
`);
export const REQUEST_FOR_CUSTOMER = graphql(`
  mutation RequestAccountForCustomer($input: RequestSmartAccountForCustomerInput!) {
    requestSmartAccountForCustomer(input: $input) {
      smartAccount {
        ...AccountFields
      }
    }
  }
`);
export const ACCOUNT = graphql(`
  query Account($id: ID!) {
    smartAccount(id: $id) {
      ...AccountFields
    }
  }
`);
export const APPROVAL_REQUEST = graphql(`
  query ApprovalRequest($token: String!) {
    approvalRequest(token: $token) {
      id
      name
      status
    }
  }
`);
export const APPROVE = graphql(`
  mutation ApproveAccount($input: ApproveSmartAccountInput!) {
    approveSmartAccount(input: $input) {
      smartAccount {
        ...AccountFields
      }
    }
  }
`);
export const DENY = graphql(`
  mutation DenyAccount($id: ID!, $reason: String!) {
    denySmartAccount(input: { smartAccountId: $id, reason: $reason }) {
      smartAccount {
        id
        status
        lapseAt
      }
    }
  }
`);
export const FORWARD = graphql(`
  mutation ForwardAccount($id: ID!, $email: String!, $message: String) {
    forwardSmartAccount(input: { smartAccountId: $id, email: $email, message: $message }) {
      smartAccount {
        id
        status
        approvers
      }
    }
  }
`);
export const CANCEL = graphql(`
  mutation CancelAccount($id: ID!) {
    cancelSmartAccount(input: { smartAccountId: $id }) {
      smartAccount {
        id
        status
      }
    }
  }
`);
export const RESEND = graphql(`
  mutation ResendApprovalEmail($id: ID!) {
    resendApprovalEmail(input: { smartAccountId: $id }) {
      smartAccount {
        id
      }
    }
  }
`);
export const CHECK = graphql(`
  query CheckDomain($d: String!, $a: String) {
    checkDomain(domainIdentifier: $d, approverEmail: $a) {
      valid
      message
      identifier
      topLevelDomain
      reviewRequired
      reviewReasons
      identifierAvailable
      existingAccounts {
        id
        name
        domainIdentifier
        status
        exactMatch
        administrators
        allowedAction
        reason
      }
    }
  }
`);
export const DOMAIN_APPROVALS = graphql(`
  query DomainApprovals {
    domainApprovals {
      totalCount
      edges {
        node {
          id
          identifier
          status
          contactPhone
          smartAccount {
            id
            name
          }
        }
      }
    }
  }
`);
export const APPROVE_DOMAIN = graphql(`
  mutation ApproveDomain($id: ID!) {
    approveDomain(input: { domainId: $id }) {
      domain {
        id
        status
      }
    }
  }
`);
export const REJECT_DOMAIN = graphql(`
  mutation RejectDomain($id: ID!, $reason: String!) {
    rejectDomain(input: { domainId: $id, reason: $reason }) {
      domain {
        id
        status
        decisionReason
      }
    }
  }
`);
export const RESUBMIT = graphql(`
  mutation ResubmitDomain($id: ID!, $d: String!, $p: String!) {
    resubmitDomain(input: { smartAccountId: $id, domainIdentifier: $d, contactPhone: $p }) {
      smartAccount {
        id
        status
        domainIdentifier
      }
    }
  }
`);
export const MY_NOMINATIONS = graphql(`
  query MyNominations {
    myNominations {
      totalCount
      edges {
        node {
          id
          kind
          email
          status
          smartAccountId
        }
      }
    }
  }
`);
export const ACCEPT_NOMINATION = graphql(`
  mutation AcceptNomination($id: ID!) {
    acceptNomination(input: { nominationId: $id }) {
      nomination {
        id
        status
      }
    }
  }
`);
export const NOMINATE_CREATORS = graphql(`
  mutation NominateCreators($id: ID!, $emails: [String!]!) {
    nominateCreators(input: { smartAccountId: $id, emails: $emails }) {
      nominations {
        id
        kind
        email
        status
      }
    }
  }
`);
export const PROVIDE_ADDRESS = graphql(`
  mutation ProvideCompanyAddress($id: ID!, $company: CompanyInput!) {
    provideCompanyAddress(input: { smartAccountId: $id, company: $company }) {
      smartAccount {
        id
        status
        virtualAccounts {
          name
        }
      }
    }
  }
`);

export const COMPANY = {
  name: "CCO Esup, Inc.",
  country: "US",
  addressLine: "Cisco Sample Street",
  city: "Irvine",
  region: "CALIFORNIA",
  postalCode: "92617",
};

export type Account = AccountFieldsFragment;

/** The account a request, an approval or `smartAccount(id)` answered with, or the errors thrown. */
export function accountOf(
  res: GqlResult<Record<string, { smartAccount: Account } | Account | null>>,
): Account {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const payload = Object.values(res.data ?? {})[0];
  if (!payload) throw new Error("No account in the answer");
  return "smartAccount" in payload ? payload.smartAccount : payload;
}

export async function staffClient(app: TestApp, email = "staff@ops.example"): Promise<Client> {
  await app.services.users.createStaff({
    email,
    name: "Sam Staff",
    company: "Ops",
    password: PASSWORD,
  });
  const client = app.client();
  const res = await client.gql(SIGN_IN, { email, password: PASSWORD });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return client;
}

/** The approval link token last emailed to an address. */
export async function approvalToken(
  app: TestApp,
  email: string,
): Promise<{ id: string; token: string }> {
  const emails = await app.outbox(email);
  for (const e of [...emails].reverse()) {
    const match = e.textBody.match(
      /http:\/\/app\.test\/pending-requests\/([\w-]+)\?token=([\w-]+)/,
    );
    if (match) return { id: match[1], token: match[2] };
  }
  throw new Error(`No approval link emailed to ${email}`);
}

export { registeredUser };

export const REQUEST_ACCESS = graphql(`
  mutation RequestAccess($input: RequestAccessInput!) {
    requestAccess(input: $input) {
      accessRequests {
        id
        email
        status
        askedRole
        grantedRole
        autoApproved
      }
    }
  }
`);
export const ACCESS_REQUESTS = graphql(`
  query AccessRequests($sid: ID, $status: AccessRequestStatus, $first: Int!, $after: String) {
    accessRequests(smartAccountId: $sid, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          email
          status
          askedRole
          grantedRole
          grantedVirtualAccountIds
          declineReason
          requester {
            email
          }
          smartAccountName
        }
      }
    }
  }
`);
export const APPROVE_ACCESS = graphql(`
  mutation ApproveAccessRequest($input: ApproveAccessRequestInput!) {
    approveAccessRequest(input: $input) {
      accessRequest {
        id
        status
        askedRole
        grantedRole
        grantedVirtualAccountIds
      }
    }
  }
`);
export const DECLINE_ACCESS = graphql(`
  mutation DeclineAccessRequest($id: ID!, $reason: String!) {
    declineAccessRequest(input: { accessRequestId: $id, reason: $reason }) {
      accessRequest {
        id
        status
        declineReason
      }
    }
  }
`);
export const CANCEL_ACCESS = graphql(`
  mutation CancelAccessRequest($id: ID!) {
    cancelAccessRequest(input: { accessRequestId: $id }) {
      accessRequest {
        id
        status
      }
    }
  }
`);
export const SET_ROLES = graphql(`
  mutation SetAccountUserRoles($input: SetAccountUserRolesInput!) {
    setAccountUserRoles(input: $input) {
      user {
        email
        registered
        roles {
          role
          virtualAccountId
        }
      }
    }
  }
`);
export const ACCOUNT_USERS = graphql(`
  query AccountUsers($id: ID!) {
    accountUsers(smartAccountId: $id) {
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
export const CREATE_VA = graphql(`
  mutation CreateVirtualAccount($input: CreateVirtualAccountInput!) {
    createVirtualAccount(input: $input) {
      virtualAccount {
        id
        name
        parentId
        isDefault
      }
    }
  }
`);
export const UPDATE_VA = graphql(`
  mutation UpdateVirtualAccount($input: UpdateVirtualAccountInput!) {
    updateVirtualAccount(input: $input) {
      virtualAccount {
        id
        name
        parentId
        isDefault
        description
      }
    }
  }
`);
export const DELETE_VA = graphql(`
  mutation DeleteVirtualAccount($id: ID!) {
    deleteVirtualAccount(input: { virtualAccountId: $id }) {
      virtualAccount {
        id
      }
    }
  }
`);
export const UPDATE_ACCOUNT = graphql(`
  mutation UpdateAccount($input: UpdateSmartAccountInput!) {
    updateSmartAccount(input: $input) {
      smartAccount {
        id
        name
        visibility
        company {
          city
        }
      }
    }
  }
`);
export const SET_AUTOMATION = graphql(`
  mutation SetAccessAutomation($id: ID!, $upTo: RequestableRole) {
    setAccessAutomation(input: { smartAccountId: $id, autoApproveUpTo: $upTo }) {
      smartAccount {
        id
        autoApproveUpTo
      }
    }
  }
`);
export const DIRECTORY = graphql(`
  query Directory($first: Int!, $after: String, $filter: DirectoryFilter) {
    directory(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          reason
          smartAccount {
            id
            name
            domainIdentifier
            status
            visibility
            administrators
            myRoles {
              role
              virtualAccountId
            }
            virtualAccounts {
              id
              name
              parentId
              isDefault
            }
          }
        }
      }
    }
  }
`);
export const SEARCH = graphql(`
  query SearchAccounts($q: String!, $first: Int!, $after: String) {
    searchSmartAccounts(query: $q, first: $first, after: $after) {
      totalCount
      totalCountIsCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          domainIdentifier
          visibility
          administrators
        }
      }
    }
  }
`);

/** An ACTIVE account requested with its own authority: the requester is its administrator. */
export async function activeAccount(
  client: Client,
  name: string,
  overrides: Partial<RequestSmartAccountInput> = {},
): Promise<Account> {
  return accountOf(
    await client.gql(REQUEST, {
      input: {
        authorization: "REQUESTER",
        name,
        company: COMPANY,
        acceptTerms: true,
        acknowledgeExistingAccounts: true,
        ...overrides,
      },
    }),
  );
}
