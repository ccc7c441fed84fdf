import type {
  AccessRequestFieldsFragment,
  DirectoryAccountFieldsFragment,
  ApiTokenFieldsFragment,
  CheckDomainQuery,
  CompanyFieldsFragment,
  DomainReviewFieldsFragment,
  NominationFieldsFragment,
  SmartAccountDetailQuery,
  SmartAccountFieldsFragment,
  ViewerFieldsFragment,
} from "@sam/graphql-types";
import type { MailboxEmail } from "@/features/mailbox/api/mailbox";

let sequence = 0;
const nextId = () => String(++sequence);

export function buildUser(overrides: Partial<ViewerFieldsFragment> = {}): ViewerFieldsFragment {
  return {
    __typename: "User",
    id: `user-${nextId()}`,
    email: "ada@example.com",
    name: "Ada Lovelace",
    company: "Analytical Engines Ltd",
    organisationType: "CUSTOMER",
    emailVerified: true,
    isStaff: false,
    ...overrides,
  };
}

export function buildApiToken(
  overrides: Partial<ApiTokenFieldsFragment> = {},
): ApiTokenFieldsFragment {
  const id = nextId();
  return {
    __typename: "ApiToken",
    id: `token-${id}`,
    name: `Token ${id}`,
    scope: "READ_ONLY",
    prefix: `sam_${id.padStart(4, "0")}`,
    createdAt: "2026-01-15T10:00:00.000Z",
    expiresAt: null,
    lastUsedAt: null,
    revokedAt: null,
    revokedReason: null,
    ...overrides,
  };
}

export function buildEmail(overrides: Partial<MailboxEmail> = {}): MailboxEmail {
  const id = nextId();
  return {
    id: `email-${id}`,
    to: "ada@example.com",
    subject: `Email ${id}`,
    text: "Hello.",
    html: "<p>Hello.</p>",
    createdAt: "2026-01-15T10:00:00.000Z",
    status: "SENT",
    ...overrides,
  };
}

export function buildCompany(
  overrides: Partial<CompanyFieldsFragment> = {},
): CompanyFieldsFragment {
  return {
    __typename: "Company",
    name: "CCO Esup, Inc.",
    country: "US",
    addressLine: "Cisco Sample Street",
    city: "Irvine",
    region: "CALIFORNIA",
    postalCode: "92617",
    ...overrides,
  };
}

export function buildDomainReview(
  overrides: Partial<DomainReviewFieldsFragment> = {},
): DomainReviewFieldsFragment {
  const id = nextId();
  return {
    __typename: "Domain",
    id: `domain-${id}`,
    identifier: "pl.ccoesup.com",
    status: "PENDING_APPROVAL",
    contactPhone: "+19495550100",
    reviewReasons: ["NOT_APPROVER_HOST"],
    note: null,
    createdAt: "2026-01-15T10:00:00.000Z",
    decidedAt: null,
    decisionReason: null,
    dnsChallenge: {
      __typename: "DnsChallenge",
      recordName: "_sam-challenge.pl.ccoesup.com",
      recordValue: `sam-verify=${id.padStart(8, "0")}`,
    },
    ...overrides,
  };
}

const nextSteps: Record<SmartAccountFieldsFragment["status"], string> = {
  PENDING_DOMAIN_APPROVAL: "A domain approver reviews the account domain identifier.",
  PENDING_CUSTOMER_ACCEPTANCE:
    "An approver approves and creates the account, denies it, or forwards it.",
  PENDING_CUSTOMER_ADDRESS: "An approver gives the company address.",
  DECLINED_BY_CUSTOMER: "Additional creators may be nominated before the lapse date.",
  ACTIVE: "Nothing: the account is active.",
  CANCELLED: "Nothing: the request is closed.",
  LAPSED: "Nothing: the request is closed.",
};

export function buildSmartAccount(
  overrides: Partial<SmartAccountFieldsFragment> = {},
): SmartAccountFieldsFragment {
  const id = nextId();
  const status = overrides.status ?? "PENDING_CUSTOMER_ACCEPTANCE";
  const approvers = overrides.approvers ?? ["approver@ccoesup.com"];
  return {
    __typename: "SmartAccount",
    id: `00000000-0000-4000-8000-${id.padStart(12, "0")}`,
    name: `CCO Esup ${id}`,
    domainIdentifier: "ccoesup.com",
    topLevelDomain: "ccoesup.com",
    status,
    visibility: "UNRESTRICTED",
    channel: "CUSTOMER_SOMEONE_ELSE",
    createdAt: "2026-01-15T10:00:00.000Z",
    activatedAt: status === "ACTIVE" ? "2026-01-16T10:00:00.000Z" : null,
    lapseAt: status === "PENDING_CUSTOMER_ACCEPTANCE" ? "2026-04-15T10:00:00.000Z" : null,
    approvers,
    messageToApprovers: null,
    noteToDomainApprover: null,
    noteToUsers: null,
    declineReason: null,
    requester: { __typename: "AccountPerson", email: "ada@example.com", name: "Ada Lovelace" },
    nextStep: {
      __typename: "NextStep",
      action: nextSteps[status],
      actors: status.startsWith("PENDING_CUSTOMER") ? approvers : [],
    },
    company: null,
    domain: null,
    ...overrides,
  };
}

type AccountDetail = SmartAccountDetailQuery["smartAccount"];

export function buildAccountDetail(overrides: Partial<AccountDetail> = {}): AccountDetail {
  const account = buildSmartAccount(overrides);
  return {
    ...account,
    administrators: account.status === "ACTIVE" ? ["admin@ccoesup.com"] : [],
    autoApproveUpTo: null,
    myRoles: [],
    virtualAccounts: [],
    history: [
      {
        __typename: "AccountEvent",
        id: `event-${nextId()}`,
        type: "REQUESTED",
        createdAt: "2026-01-15T10:00:00.000Z",
        actorEmail: "ada@example.com",
        detail: "Requested for approval by approver@ccoesup.com.",
        statusBefore: null,
        statusAfter: "PENDING_CUSTOMER_ACCEPTANCE",
      },
    ],
    ...overrides,
  };
}

/**
 * What the account policy withholds from someone who reads only an account's card (a stranger
 * opening an unrestricted account, someone who asked for access): every field beyond the card.
 */
export const withheldBeyondCard = {
  channel: null,
  messageToApprovers: null,
  noteToDomainApprover: null,
  noteToUsers: null,
  declineReason: null,
  createdAt: null,
  activatedAt: null,
  lapseAt: null,
  company: null,
  requester: null,
  approvers: null,
  domain: null,
  nextStep: null,
} as const satisfies Partial<SmartAccountFieldsFragment>;

/** An account page as a card-only caller gets it: an active account's card and nothing more. */
export function buildAccountCard(overrides: Partial<AccountDetail> = {}): AccountDetail {
  return buildAccountDetail({
    status: "ACTIVE",
    ...withheldBeyondCard,
    history: null,
    autoApproveUpTo: null,
    virtualAccounts: null,
    ...overrides,
  });
}

type DomainCheck = CheckDomainQuery["checkDomain"];
type ExistingAccount = DomainCheck["existingAccounts"][number];

export function buildExistingAccount(overrides: Partial<ExistingAccount> = {}): ExistingAccount {
  const id = nextId();
  return {
    __typename: "ExistingAccount",
    id: `existing-${id}`,
    name: `Existing ${id}`,
    domainIdentifier: "ccoesup.com",
    status: "ACTIVE",
    visibility: "UNRESTRICTED",
    exactMatch: false,
    allowedAction: "REQUEST_ACCESS",
    reason: "The account is active: ask its administrators for access.",
    administrators: ["admin@ccoesup.com"],
    ...overrides,
  };
}

/** The server's answer for an identifier: valid, own host, nothing on its domain. */
export function buildDomainCheck(
  identifier: string,
  overrides: Partial<DomainCheck> = {},
): DomainCheck {
  const labels = identifier.split(".");
  return {
    __typename: "DomainCheck",
    input: identifier,
    valid: true,
    message: null,
    identifier,
    topLevelDomain: labels.slice(-2).join("."),
    reviewRequired: false,
    reviewReasons: [],
    identifierAvailable: true,
    refusals: [],
    existingAccounts: [],
    ...overrides,
  };
}

export function buildNomination(
  overrides: Partial<NominationFieldsFragment> = {},
): NominationFieldsFragment {
  const id = nextId();
  return {
    __typename: "Nomination",
    id: `nomination-${id}`,
    kind: "ADMINISTRATOR",
    status: "PENDING",
    email: "ada@example.com",
    message: null,
    smartAccountId: `00000000-0000-4000-8000-${id.padStart(12, "0")}`,
    smartAccount: {
      __typename: "SmartAccount",
      id: `00000000-0000-4000-8000-${id.padStart(12, "0")}`,
      name: `Nominated Co ${id}`,
      domainIdentifier: "ccoesup.com",
      status: "PENDING_CUSTOMER_ACCEPTANCE",
    },
    createdAt: "2026-01-15T10:00:00.000Z",
    decidedAt: null,
    expiresAt: "2026-04-15T10:00:00.000Z",
    ...overrides,
  };
}

export function buildDirectoryAccount(
  overrides: Partial<DirectoryAccountFieldsFragment> = {},
): DirectoryAccountFieldsFragment {
  const id = nextId();
  return {
    __typename: "SmartAccount",
    id: `00000000-0000-4000-8000-${id.padStart(12, "0")}`,
    name: `Account ${id}`,
    domainIdentifier: "ccoesup.com",
    status: "ACTIVE",
    visibility: "UNRESTRICTED",
    administrators: ["admin@ccoesup.com"],
    myRoles: [],
    // The account policy gives virtual accounts only to those holding roles on the account.
    virtualAccounts: overrides.myRoles?.length ? [] : null,
    ...overrides,
  };
}

export function buildAccessRequest(
  overrides: Partial<AccessRequestFieldsFragment> = {},
): AccessRequestFieldsFragment {
  const id = nextId();
  return {
    __typename: "AccessRequest",
    id: `access-${id}`,
    email: "ada@example.com",
    askedRole: "USER",
    grantedRole: null,
    grantedVirtualAccountIds: [],
    status: "PENDING",
    reason: "I run the licences.",
    declineReason: null,
    autoApproved: false,
    createdAt: "2026-01-15T10:00:00.000Z",
    decidedAt: null,
    smartAccountId: "00000000-0000-4000-8000-000000000999",
    smartAccountName: "CCO Esup, Inc.",
    requester: { __typename: "AccountPerson", email: "ada@example.com", name: "Ada Lovelace" },
    ...overrides,
  };
}
