/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The order of a list of access requests; every order is paged by cursor. */
export type AccessRequestOrder =
  /** By the date asked, newest first. */
  | 'NEWEST_FIRST'
  /** By the date asked, oldest first. */
  | 'OLDEST_FIRST'
  /** Pending requests first, then decided; newest first in each. */
  | 'PENDING_FIRST';

/** Where an access request stands. */
export type AccessRequestStatus =
  /** Approved; the role was granted. */
  | 'APPROVED'
  /** Cancelled by the person who asked. */
  | 'CANCELLED'
  /** Declined, with a reason. */
  | 'DECLINED'
  /** Waiting for an administrator. */
  | 'PENDING';

/** Who authorizes a request for your company. */
export type AccountAuthorization =
  /** "Yes, I have the authority": the request is the authorization. */
  | 'REQUESTER'
  /** "Someone else will authorize": the approver emails decide. */
  | 'SOMEONE_ELSE';

/** What an entry of an account's history records. */
export type AccountEventKind =
  /** An access request was approved. */
  | 'ACCESS_APPROVED'
  /** An access request was cancelled by its requester. */
  | 'ACCESS_CANCELLED'
  /** An access request was declined. */
  | 'ACCESS_DECLINED'
  /** An access request waited long: the administrators were reminded, or later its requester told. */
  | 'ACCESS_REMINDER_SENT'
  /** Access to the account was requested. */
  | 'ACCESS_REQUESTED'
  /** An approver gave the company address. */
  | 'ADDRESS_PROVIDED'
  /** The requester emailed the approvers again. */
  | 'APPROVAL_EMAIL_RESENT'
  /** An approver approved and created the account. */
  | 'APPROVED'
  /** Its access automation was changed. */
  | 'AUTOMATION_CHANGED'
  /** The requester cancelled the request. */
  | 'CANCELLED'
  /** Additional creators were nominated. */
  | 'CREATORS_NOMINATED'
  /** The request waited long for a decision: the approvers were reminded and the requester told. */
  | 'DECISION_REMINDER_SENT'
  /** An approver denied the request. */
  | 'DENIED'
  /** Its details (name, visibility, company) were updated. */
  | 'DETAILS_UPDATED'
  /** A domain approver (or its DNS record) approved the identifier. */
  | 'DOMAIN_APPROVED'
  /** A domain approver rejected the identifier. */
  | 'DOMAIN_REJECTED'
  /** The requester submitted another identifier. */
  | 'DOMAIN_RESUBMITTED'
  /** An approver handed the decision to another email. */
  | 'FORWARDED'
  /** The account lapsed undecided. */
  | 'LAPSED'
  /** The approvers were reminded of the lapse date. */
  | 'LAPSE_REMINDER_SENT'
  /** A nominee accepted their nomination. */
  | 'NOMINATION_ACCEPTED'
  /** A nominee rejected their nomination. */
  | 'NOMINATION_REJECTED'
  /** A nomination was emailed again. */
  | 'NOMINATION_RESENT'
  /** The account was requested. */
  | 'REQUESTED'
  /** Someone's roles on the account were changed. */
  | 'USER_ROLES_CHANGED'
  /** Its virtual accounts were changed. */
  | 'VIRTUAL_ACCOUNTS_CHANGED';

/** A role on a Smart Account (or, for ADMINISTRATOR, USER and VIEWER, on a virtual account). */
export type AccountRole =
  /** Everything; the only role that decides access requests. */
  | 'ADMINISTRATOR'
  /** Edits the account's details, sees users and history; only for an email on the account's domain. */
  | 'APPROVER'
  /** Works in every virtual account. */
  | 'USER'
  /** Reads. */
  | 'VIEWER';

/** Who finds the account in search. */
export type AccountVisibility =
  /** Found only by its exact full name or identifier. */
  | 'RESTRICTED'
  /** Found by name prefix or identifier. */
  | 'UNRESTRICTED';

/** Why an API token was revoked. */
export type ApiTokenRevokedReason =
  /** Its owner's password was reset, which revokes every token of the user. */
  | 'PASSWORD_RESET'
  /** Its owner revoked it. */
  | 'REVOKED_BY_USER';

/** What an API token may do. */
export type ApiTokenScope =
  /** Queries and mutations. */
  | 'FULL'
  /** Queries only. */
  | 'READ_ONLY';

/** Approve an access request, with the role and scope to grant. */
export type ApproveAccessRequestInput = {
  /** The request. */
  accessRequestId: string | number;
  /** The role to grant; the one asked for if none. */
  role?: AccountRole | null | undefined;
  /** Limit the role to these virtual accounts; the whole account if none. */
  virtualAccountIds?: Array<string | number> | null | undefined;
};

/** Approve and create the account. */
export type ApproveSmartAccountInput = {
  /** You accept the approver's terms (required). */
  acceptTerms: boolean;
  /** The company address, where it is missing or to correct. */
  company?: CompanyInput | null | undefined;
  /** Which identifier to keep; REQUESTED if none. */
  identifierChoice?: IdentifierChoice | null | undefined;
  /** The confirmed account name; the requested one if none. */
  name?: string | null | undefined;
  /** The account. */
  smartAccountId: string | number;
};

/** Narrows the audit log; every filter given must hold (a filter left out keeps everything). */
export type AuditLogFilterInput = {
  /** Only this account's history. */
  accountId?: string | number | null | undefined;
  /** Only what this person did: their email address when they acted. */
  actorEmail?: string | null | undefined;
  /** Only events at or after this moment. */
  from?: string | null | undefined;
  /** Only events before this moment; must be later than from. */
  to?: string | null | undefined;
  /** Only events of these types (at least one); none for every type. */
  types?: Array<AccountEventKind> | null | undefined;
};

/** What submitting a row would do, as its single request would be checked now. */
export type BulkPreviewRowState =
  /** You already requested an account with this identifier: no new account. */
  | 'ALREADY_REQUESTED'
  /** It would be refused: errors name the field and why. */
  | 'ERROR'
  /** Accounts exist on its top-level domain (listed): requested only with acknowledgeExistingAccounts, else a CONFLICT. */
  | 'MEETS_EXISTING_ACCOUNTS'
  /** It would be requested. */
  | 'READY'
  /** An earlier row (repeatsRow) asks for the same identifier: this one would fail. */
  | 'REPEATS_ROW';

/** A partner's account requests for up to 500 customers: the rows, or the text of a CSV file with the template's header line (exactly one of them). */
export type BulkRequestInput = {
  /** Request the rows that meet accounts already on their domain too (without it, those rows end in CONFLICT, as a single request does). */
  acknowledgeExistingAccounts?: boolean | null | undefined;
  /** The text of a CSV file: a header line naming the columns (account name, identifier, customer emails, user emails, contact phone, notes; emails within a cell separated by spaces, commas or semicolons), then 1 to 500 rows. */
  csv?: string | null | undefined;
  /** The rows (1 to 500). */
  rows?: Array<BulkRequestRowInput> | null | undefined;
};

/** Where a bulk request's background job stands. */
export type BulkRequestJobStatus =
  /** Every row has its result. */
  | 'DONE'
  /** Kept, waiting for a server process to start on it. */
  | 'QUEUED'
  /** Rows are being requested one by one (or the job waits for your request limit: see waitingReason). */
  | 'RUNNING';

/** One customer's account request in a bulk request: the columns of the CSV template. Each row is checked as `requestSmartAccountForCustomer` checks its input. */
export type BulkRequestRowInput = {
  /** Contact phone for the domain review (international form): needed when the identifier needs review. */
  contactPhone?: string | null | undefined;
  /** The customer emails that may approve (1 to 10). */
  customerEmails?: Array<string> | null | undefined;
  /** The account domain identifier; by default the host of the first customer email. Never the partner's own domain. */
  domainIdentifier?: string | null | undefined;
  /** The account name (1 to 200 characters; a row without one is in error). */
  name?: string | null | undefined;
  /** A note to the customers, sent with the approval request (up to 2000 characters). */
  notes?: string | null | undefined;
  /** Emails of users to add once the account is active (USER nominations). */
  userEmails?: Array<string> | null | undefined;
};

/** What became of one row of a bulk request. */
export type BulkRequestRowState =
  /** You had already requested an account with this identifier (the same file sent again): no new account. */
  | 'ALREADY_REQUESTED'
  /** Requested: a new account, as `requestSmartAccountForCustomer` makes. */
  | 'CREATED'
  /** Refused: errorCode, field and message say why. Nothing was created. */
  | 'FAILED'
  /** Not requested yet. */
  | 'PENDING';

/** Cancel your access request. */
export type CancelAccessRequestInput = {
  /** The request. */
  accessRequestId: string | number;
};

/** A company's name and headquarters address: all of it. */
export type CompanyInput = {
  /** Street address (1 to 300 characters). */
  addressLine: string;
  /** City (1 to 100 characters). */
  city: string;
  /** ISO 3166-1 alpha-2 country code, such as US. */
  country: string;
  /** Company or organisation name (1 to 200 characters). */
  name: string;
  /** Postal code; NA where none applies. */
  postalCode: string;
  /** State, province or region; NA where none applies. */
  region: string;
};

/** Create an API token. */
export type CreateApiTokenInput = {
  /** When the token stops working; none for a token that does not expire. */
  expiresAt?: string | null | undefined;
  /** A name to recognise the token by (1 to 100 characters). */
  name: string;
  /** What the token may do. */
  scope: ApiTokenScope;
};

/** Create a virtual account. */
export type CreateVirtualAccountInput = {
  /** A description. */
  description?: string | null | undefined;
  /** Its name (1 to 100 characters, unique in the account). */
  name: string;
  /** The virtual account to nest it under. */
  parentId?: string | number | null | undefined;
  /** The Smart Account. */
  smartAccountId: string | number;
};

/** A webhook endpoint to register for an account. */
export type CreateWebhookEndpointInput = {
  /** The account whose events it receives. */
  accountId: string | number;
  /** The event types to receive (at least one). */
  eventTypes: Array<AccountEventKind>;
  /** The URL to POST to: https:// (http:// only where the server allows it), a public host, no user name or password. */
  url: string;
};

/** Decide a nomination made to you. */
export type DecideNominationInput = {
  /** The nomination. */
  nominationId: string | number;
};

/** Decline an access request. */
export type DeclineAccessRequestInput = {
  /** The request. */
  accessRequestId: string | number;
  /** Why (required). */
  reason: string;
};

/** Delete an empty virtual account. */
export type DeleteVirtualAccountInput = {
  /** The virtual account. */
  virtualAccountId: string | number;
};

/** Deny the request. */
export type DenySmartAccountInput = {
  /** Why (required, up to 2000 characters). */
  reason: string;
  /** The account. */
  smartAccountId: string | number;
};

/** Narrow the directory. */
export type DirectoryFilter = {
  /** Only accounts whose name starts so. */
  namePrefix?: string | null | undefined;
  /** Only accounts in this status. */
  status?: SmartAccountStatus | null | undefined;
};

/** The order of the directory's rows; every order is paged by cursor. */
export type DirectoryOrder =
  /** By name, A to Z. */
  | 'NAME_ASC'
  /** By name, Z to A. */
  | 'NAME_DESC'
  /** Why the row is there (DirectoryReason's order), then by name. */
  | 'RELEVANCE'
  /** By status as its name reads (Active, Cancelled, … Pending …), then by name. */
  | 'STATUS_ASC'
  /** By status, the other way round, then by name. */
  | 'STATUS_DESC';

/** Why an account is in your directory (also the order the directory lists them in). */
export type DirectoryReason =
  /** You asked for access to it, or someone asked for you. */
  | 'ACCESS_REQUESTED'
  /** You hold a role in it. */
  | 'HAS_ROLE'
  /** It is on your email's domain. */
  | 'ON_YOUR_DOMAIN'
  /** You asked for it to be created. */
  | 'REQUESTED_BY_YOU';

/** Which request an identifier is checked for: each applies its own rules to it. */
export type DomainCheckFlow =
  /** Request for a customer (`requestSmartAccountForCustomer`): also refuses a caller who is not a partner, and the partner's own registrable domain. */
  | 'CUSTOMER'
  /** Request for my company (`requestSmartAccount`): the identifier's rules for an account of your own company. */
  | 'MY_COMPANY';

/** Act on one domain review. */
export type DomainRefInput = {
  /** The domain review. */
  domainId: string | number;
};

/** Why an identifier needs a domain approver's review. */
export type DomainReviewReason =
  /** It looks like the identifier of an existing account (the same Unicode UTS #39 skeleton) without being it. */
  | 'CONFUSABLE_WITH_EXISTING'
  /** It is a consumer mail domain (gmail.com and the like). */
  | 'CONSUMER_DOMAIN'
  /** A label is written in a script other than Latin, where look-alikes of Latin names are made (аррӏе.com). */
  | 'NON_LATIN_SCRIPT'
  /** It is not the host of the approver's email. */
  | 'NOT_APPROVER_HOST';

/** Where a domain identifier's review stands. */
export type DomainStatus =
  /** Approved. */
  | 'APPROVED'
  /** Waiting for a domain approver (or its DNS record). */
  | 'PENDING_APPROVAL'
  /** Rejected; the requester may resubmit another identifier. */
  | 'REJECTED';

/** What may be done with an account already on the requested top-level domain. */
export type ExistingAccountAction =
  /** It waits for approval: nominate additional creators. */
  | 'NOMINATE_CREATORS'
  /** Nothing for now; the reason says why. */
  | 'NONE'
  /** It is active: request access to it. */
  | 'REQUEST_ACCESS';

/** Forward the request to another approver. */
export type ForwardSmartAccountInput = {
  /** Who should approve instead of you. */
  email: string;
  /** A message to them. */
  message?: string | null | undefined;
  /** The account. */
  smartAccountId: string | number;
};

/** Which identifier the approver keeps. */
export type IdentifierChoice =
  /** The host of the approver's own email (checked for uniqueness). */
  | 'APPROVER_EMAIL_HOST'
  /** The identifier as requested. */
  | 'REQUESTED';

/** Why the request of the checked flow would be refused for this identifier. */
export type IdentifierRefusalCode =
  /** A non-terminal account holds exactly this identifier (the request is a CONFLICT). */
  | 'IDENTIFIER_HELD'
  /** Only partners request accounts for customers (the request is FORBIDDEN). */
  | 'NOT_A_PARTNER'
  /** The identifier is on the partner's own registrable domain, refused for a customer (BAD_USER_INPUT on domainIdentifier). */
  | 'PARTNER_OWN_DOMAIN';

/** Nominate additional creators of a pending or declined account. */
export type NominateCreatorsInput = {
  /** The emails to nominate (1 to 20). */
  emails: Array<string>;
  /** The account. */
  smartAccountId: string | number;
};

/** What an email is nominated for. */
export type NominationKind =
  /** Administrator of the account, from the request; takes effect once it is ACTIVE. */
  | 'ADMINISTRATOR'
  /** The record of a forward to this approver. */
  | 'APPROVER'
  /** Additional creator of a pending or declined account; accepting makes the nominee an approver. */
  | 'CREATOR'
  /** User of the account, added by a partner; takes effect once it is ACTIVE. */
  | 'USER';

/** Where a nomination stands. */
export type NominationStatus =
  /** Accepted. */
  | 'ACCEPTED'
  /** Not decided in time. */
  | 'EXPIRED'
  /** Waiting for the nominee. */
  | 'PENDING'
  /** Rejected by the nominee. */
  | 'REJECTED'
  /** Withdrawn (the request was cancelled or decided by someone else). */
  | 'WITHDRAWN';

/** Whether a user works for a customer or for a partner. */
export type OrganisationType =
  /** A company that buys and uses the software. */
  | 'CUSTOMER'
  /** A company that sells to customers and requests accounts for them. */
  | 'PARTNER';

/** Give the company address of an approved account. */
export type ProvideCompanyAddressInput = {
  /** The company name and address. */
  company: CompanyInput;
  /** The account. */
  smartAccountId: string | number;
};

/** A webhook delivery to send again. */
export type RedeliverWebhookInput = {
  /** The delivery's id (its webhook-id). */
  deliveryId: string | number;
};

/** Reject an identifier. */
export type RejectDomainInput = {
  /** The domain review. */
  domainId: string | number;
  /** Why (required). */
  reason: string;
};

/** Ask for access to an ACTIVE account. */
export type RequestAccessInput = {
  /** The emails to get access (one request each). */
  emails?: Array<string>;
  /** "For myself": adds your own email. */
  forMyself?: boolean;
  /** Why (required). */
  reason: string;
  /** The role asked for. */
  role?: RequestableRole;
  /** The account. */
  smartAccountId: string | number;
};

/** How the account was requested. */
export type RequestChannel =
  /** By someone with the authority for their own company. */
  | 'CUSTOMER_SELF'
  /** For approval by the approver emails given. */
  | 'CUSTOMER_SOMEONE_ELSE'
  /** By a partner, for a customer (CLC). */
  | 'PARTNER_FOR_CUSTOMER';

/** The order of your requests, by the date asked; both are paged by cursor. */
export type RequestOrder =
  /** Newest first. */
  | 'NEWEST_FIRST'
  /** Oldest first. */
  | 'OLDEST_FIRST';

/** Ask for a password reset. */
export type RequestPasswordResetInput = {
  /** The account's email. */
  email: string;
};

/** A partner requests a Smart Account for a customer (CLC). */
export type RequestSmartAccountForCustomerInput = {
  /** Go on although accounts exist on the top-level domain. */
  acknowledgeExistingAccounts?: boolean | null | undefined;
  /** Contact phone for the domain review (international form). */
  contactPhone?: string | null | undefined;
  /** The customer emails that may approve (1 to 10). */
  customerEmails: Array<string>;
  /** The identifier; by default the host of the first customer email. Never the partner's own domain. */
  domainIdentifier?: string | null | undefined;
  /** The account name (1 to 200 characters). */
  name: string;
  /** A note to the customers. */
  noteToCustomers?: string | null | undefined;
  /** A note to the domain approver. */
  noteToDomainApprover?: string | null | undefined;
  /** A note to the users added. */
  noteToUsers?: string | null | undefined;
  /** Emails of users to add (USER nominations). */
  userEmails?: Array<string> | null | undefined;
  /** Who finds it in search; UNRESTRICTED by default. */
  visibility?: AccountVisibility | null | undefined;
};

/** Request a Smart Account for your own company (CSC). */
export type RequestSmartAccountInput = {
  /** You accept the approver's terms (required with your own authority). */
  acceptTerms?: boolean | null | undefined;
  /** Go on although accounts exist on the identifier's top-level domain (without it, that is a CONFLICT listing them). */
  acknowledgeExistingAccounts?: boolean | null | undefined;
  /** Emails to nominate for administrative access. */
  administratorEmails?: Array<string> | null | undefined;
  /** Someone else will authorize: the approvers' emails (1 to 10). */
  approverEmails?: Array<string> | null | undefined;
  /** Who authorizes the account. */
  authorization: AccountAuthorization;
  /** Company name and address: required with your own authority, optional otherwise. */
  company?: CompanyInput | null | undefined;
  /** Contact phone for the domain review (international form). */
  contactPhone?: string | null | undefined;
  /** The account domain identifier; by default the full host of the (first) approver's email. */
  domainIdentifier?: string | null | undefined;
  /** A message to the approvers. */
  message?: string | null | undefined;
  /** The account name (1 to 200 characters). */
  name: string;
  /** "I request access for myself": nominates you as administrator. */
  requestAccessForMyself?: boolean | null | undefined;
  /** Who finds it in search; UNRESTRICTED by default. */
  visibility?: AccountVisibility | null | undefined;
};

/** The roles access may be asked for. */
export type RequestableRole =
  /** Administrator. */
  | 'ADMINISTRATOR'
  /** User. */
  | 'USER'
  /** Viewer. */
  | 'VIEWER';

/** Ask for the verification email again. */
export type ResendVerificationEmailInput = {
  /** The email to verify. */
  email: string;
};

/** Set a new password. */
export type ResetPasswordInput = {
  /** The new password (10 to 128 characters). */
  password: string;
  /** The token from the reset email. */
  token: string;
};

/** Submit another identifier after a rejection. */
export type ResubmitDomainInput = {
  /** Contact phone for the review (international form). */
  contactPhone: string;
  /** The new identifier. */
  domainIdentifier: string;
  /** The account. */
  smartAccountId: string | number;
};

/** Revoke an API token. */
export type RevokeApiTokenInput = {
  /** The token's id. */
  id: string | number;
};

/** A role to hold, on the whole account or on chosen virtual accounts. */
export type RoleGrantInput = {
  /** The role. */
  role: AccountRole;
  /** Limit it to these virtual accounts; the whole account if none. */
  virtualAccountIds?: Array<string | number> | null | undefined;
};

/** Turn the access automation on (with a role ceiling) or off. */
export type SetAccessAutomationInput = {
  /** Approve requests from verified emails on the account's domain up to this role; none turns it off. */
  autoApproveUpTo?: RequestableRole | null | undefined;
  /** The account. */
  smartAccountId: string | number;
};

/** Set the roles one email holds on an account: adds, changes or (with none) removes a user. */
export type SetAccountUserRolesInput = {
  /** The user's email (they need not be registered yet). */
  email: string;
  /** All the roles they should hold; empty removes them. */
  roles: Array<RoleGrantInput>;
  /** The account. */
  smartAccountId: string | number;
};

/** Sign in. */
export type SignInInput = {
  /** The account's email. */
  email: string;
  /** The account's password. */
  password: string;
};

/** Register a user. */
export type SignUpInput = {
  /** The company the user works for (1 to 200 characters). */
  company: string;
  /** The user's email; it must be verified before it can be used for anything tied to the address. */
  email: string;
  /** The user's full name (1 to 200 characters). */
  name: string;
  /** Whether the user works for a customer or a partner. */
  organisationType: OrganisationType;
  /** The password (10 to 128 characters). */
  password: string;
};

/** Act on one Smart Account. */
export type SmartAccountRefInput = {
  /** The account. */
  smartAccountId: string | number;
};

/** Where a Smart Account stands. Until it is ACTIVE it is provisional. */
export type SmartAccountStatus =
  /** In use. */
  | 'ACTIVE'
  /** Cancelled by its requester (terminal; frees the identifier). */
  | 'CANCELLED'
  /** An approver denied it; additional creators may still be nominated. */
  | 'DECLINED_BY_CUSTOMER'
  /** Not completed by its lapse date (terminal; frees the identifier). */
  | 'LAPSED'
  /** Waits for one of its approvers to approve, deny or forward it. */
  | 'PENDING_CUSTOMER_ACCEPTANCE'
  /** Approved; waits for the company address to become active. */
  | 'PENDING_CUSTOMER_ADDRESS'
  /** Its domain identifier waits for a domain approver's review. */
  | 'PENDING_DOMAIN_APPROVAL';

/** Change an account's details. */
export type UpdateSmartAccountInput = {
  /** A new company name and address. */
  company?: CompanyInput | null | undefined;
  /** A new name. */
  name?: string | null | undefined;
  /** The account. */
  smartAccountId: string | number;
  /** A new visibility. */
  visibility?: AccountVisibility | null | undefined;
};

/** Rename, describe, move or make default a virtual account. */
export type UpdateVirtualAccountInput = {
  /** A new description. */
  description?: string | null | undefined;
  /** Make it the account's default one. */
  makeDefault?: boolean | null | undefined;
  /** Move it to the top level. */
  moveToTop?: boolean | null | undefined;
  /** A new name. */
  name?: string | null | undefined;
  /** Move it under this virtual account. */
  parentId?: string | number | null | undefined;
  /** The virtual account. */
  virtualAccountId: string | number;
};

/** What to change on a webhook endpoint; what is left out stays. */
export type UpdateWebhookEndpointInput = {
  /** Disable it, or enable it again (which forgets its failures so far and resumes its pending deliveries). */
  enabled?: boolean | null | undefined;
  /** The event types to receive from now on (at least one). */
  eventTypes?: Array<AccountEventKind> | null | undefined;
  /** The endpoint's id. */
  id: string | number;
  /** A new URL (same rules as on creation). */
  url?: string | null | undefined;
};

/** Verify an email address. */
export type VerifyEmailInput = {
  /** The token from the verification email. */
  token: string;
};

/** Where a webhook delivery stands. */
export type WebhookDeliveryStatus =
  /** The endpoint answered 2xx. */
  | 'DELIVERED'
  /** Retried with back-off for 24 hours without a 2xx; redeliverWebhook sends it again. */
  | 'FAILED'
  /** Waiting for its first attempt or its next retry (nextAttemptAt). */
  | 'PENDING'
  /** An attempt is under way. */
  | 'SENDING';

/** A webhook endpoint, by id. */
export type WebhookEndpointIdInput = {
  /** The endpoint's id. */
  id: string | number;
};

export type AccessRequestFieldsFragment = { __typename: 'AccessRequest', id: string, email: string, askedRole: AccountRole, grantedRole: AccountRole | null, grantedVirtualAccountIds: Array<string>, status: AccessRequestStatus, reason: string, declineReason: string | null, autoApproved: boolean, createdAt: string, decidedAt: string | null, smartAccountId: string, smartAccountName: string, requester: { __typename: 'AccountPerson', email: string, name: string } };

export type RequestAccessMutationVariables = Exact<{
  input: RequestAccessInput;
}>;


export type RequestAccessMutation = { requestAccess: { __typename: 'RequestAccessPayload', accessRequests: Array<{ __typename: 'AccessRequest', id: string, email: string, askedRole: AccountRole, grantedRole: AccountRole | null, grantedVirtualAccountIds: Array<string>, status: AccessRequestStatus, reason: string, declineReason: string | null, autoApproved: boolean, createdAt: string, decidedAt: string | null, smartAccountId: string, smartAccountName: string, requester: { __typename: 'AccountPerson', email: string, name: string } }> } };

export type CompanyFieldsFragment = { __typename: 'Company', name: string, country: string, addressLine: string, city: string, region: string, postalCode: string };

export type DomainReviewFieldsFragment = { __typename: 'Domain', id: string, identifier: string, status: DomainStatus, contactPhone: string, reviewReasons: Array<DomainReviewReason>, note: string | null, createdAt: string, decidedAt: string | null, decisionReason: string | null, dnsChallenge: { __typename: 'DnsChallenge', recordName: string, recordValue: string } | null };

export type SmartAccountFieldsFragment = { __typename: 'SmartAccount', id: string, name: string, domainIdentifier: string, topLevelDomain: string, status: SmartAccountStatus, visibility: AccountVisibility, channel: RequestChannel | null, createdAt: string | null, activatedAt: string | null, lapseAt: string | null, approvers: Array<string> | null, messageToApprovers: string | null, noteToDomainApprover: string | null, noteToUsers: string | null, declineReason: string | null, requester: { __typename: 'AccountPerson', email: string, name: string } | null, nextStep: { __typename: 'NextStep', action: string, actors: Array<string> } | null, company: { __typename: 'Company', name: string, country: string, addressLine: string, city: string, region: string, postalCode: string } | null, domain: { __typename: 'Domain', id: string, identifier: string, status: DomainStatus, contactPhone: string, reviewReasons: Array<DomainReviewReason>, note: string | null, createdAt: string, decidedAt: string | null, decisionReason: string | null, dnsChallenge: { __typename: 'DnsChallenge', recordName: string, recordValue: string } | null } | null };

export type ShellSmartAccountQueryVariables = Exact<{
  id: string | number;
}>;


export type ShellSmartAccountQuery = { smartAccount: { __typename: 'SmartAccount', id: string, name: string } };

export type SmartAccountSwitcherQueryVariables = Exact<{
  first: number;
  filter?: DirectoryFilter | null | undefined;
}>;


export type SmartAccountSwitcherQuery = { directory: { __typename: 'DirectoryConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename: 'DirectoryEdge', node: { __typename: 'DirectoryEntry', reason: DirectoryReason, smartAccount: { __typename: 'SmartAccount', id: string, name: string, domainIdentifier: string } } }> } };

export type PendingCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingCountsQuery = { pendingCounts: { __typename: 'PendingCounts', approvals: number, accessRequests: number, domainReviews: number | null } };

export type PendingCountsChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type PendingCountsChangedSubscription = { pendingCounts: { __typename: 'PendingCounts', approvals: number, accessRequests: number, domainReviews: number | null } };

export type AdministeredAccountsQueryVariables = Exact<{
  first: number;
}>;


export type AdministeredAccountsQuery = { directory: { __typename: 'DirectoryConnection', edges: Array<{ __typename: 'DirectoryEdge', node: { __typename: 'DirectoryEntry', reason: DirectoryReason, smartAccount: { __typename: 'SmartAccount', id: string, name: string, domainIdentifier: string, myRoles: Array<{ __typename: 'RoleGrant', role: AccountRole, virtualAccountId: string | null }>, virtualAccounts: Array<{ __typename: 'VirtualAccount', id: string, name: string, parentId: string | null, isDefault: boolean }> | null } } }> } };

export type AccessRequestsQueryVariables = Exact<{
  smartAccountId?: string | number | null | undefined;
  status?: AccessRequestStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
  order?: AccessRequestOrder | null | undefined;
}>;


export type AccessRequestsQuery = { accessRequests: { __typename: 'AccessRequestConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'AccessRequestEdge', node: { __typename: 'AccessRequest', id: string, email: string, askedRole: AccountRole, grantedRole: AccountRole | null, grantedVirtualAccountIds: Array<string>, status: AccessRequestStatus, reason: string, declineReason: string | null, autoApproved: boolean, createdAt: string, decidedAt: string | null, smartAccountId: string, smartAccountName: string, requester: { __typename: 'AccountPerson', email: string, name: string } } }> } };

export type ApproveAccessRequestMutationVariables = Exact<{
  input: ApproveAccessRequestInput;
}>;


export type ApproveAccessRequestMutation = { approveAccessRequest: { __typename: 'ApproveAccessRequestPayload', accessRequest: { __typename: 'AccessRequest', id: string, email: string, askedRole: AccountRole, grantedRole: AccountRole | null, grantedVirtualAccountIds: Array<string>, status: AccessRequestStatus, reason: string, declineReason: string | null, autoApproved: boolean, createdAt: string, decidedAt: string | null, smartAccountId: string, smartAccountName: string, requester: { __typename: 'AccountPerson', email: string, name: string } } } };

export type DeclineAccessRequestMutationVariables = Exact<{
  input: DeclineAccessRequestInput;
}>;


export type DeclineAccessRequestMutation = { declineAccessRequest: { __typename: 'DeclineAccessRequestPayload', accessRequest: { __typename: 'AccessRequest', id: string, email: string, askedRole: AccountRole, grantedRole: AccountRole | null, grantedVirtualAccountIds: Array<string>, status: AccessRequestStatus, reason: string, declineReason: string | null, autoApproved: boolean, createdAt: string, decidedAt: string | null, smartAccountId: string, smartAccountName: string, requester: { __typename: 'AccountPerson', email: string, name: string } } } };

export type CancelAccessRequestMutationVariables = Exact<{
  input: CancelAccessRequestInput;
}>;


export type CancelAccessRequestMutation = { cancelAccessRequest: { __typename: 'CancelAccessRequestPayload', accessRequest: { __typename: 'AccessRequest', id: string, email: string, askedRole: AccountRole, grantedRole: AccountRole | null, grantedVirtualAccountIds: Array<string>, status: AccessRequestStatus, reason: string, declineReason: string | null, autoApproved: boolean, createdAt: string, decidedAt: string | null, smartAccountId: string, smartAccountName: string, requester: { __typename: 'AccountPerson', email: string, name: string } } } };

export type ApiTokenFieldsFragment = { __typename: 'ApiToken', id: string, name: string, scope: ApiTokenScope, prefix: string, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null, revokedReason: ApiTokenRevokedReason | null };

export type ApiTokensQueryVariables = Exact<{
  first: number;
}>;


export type ApiTokensQuery = { apiTokens: { __typename: 'ApiTokenConnection', totalCount: number, edges: Array<{ __typename: 'ApiTokenEdge', node: { __typename: 'ApiToken', id: string, name: string, scope: ApiTokenScope, prefix: string, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null, revokedReason: ApiTokenRevokedReason | null } }> } };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { __typename: 'CreateApiTokenPayload', secret: string, apiToken: { __typename: 'ApiToken', id: string, name: string, scope: ApiTokenScope, prefix: string, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null, revokedReason: ApiTokenRevokedReason | null } } };

export type RevokeApiTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { __typename: 'RevokeApiTokenPayload', apiToken: { __typename: 'ApiToken', id: string, name: string, scope: ApiTokenScope, prefix: string, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null, revokedReason: ApiTokenRevokedReason | null } } };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditLogFilterInput | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { __typename: 'AuditLogConnection', totalCount: number, totalCountIsCapped: boolean, edges: Array<{ __typename: 'AuditLogEdge', node: { __typename: 'Event', id: string, type: AccountEventKind, createdAt: string, accountId: string, account: { __typename: 'SmartAccount', id: string, name: string }, actor: { __typename: 'EventActor', id: string | null, email: string } | null, payload: { __typename: 'EventPayload', sequence: number, statusBefore: SmartAccountStatus | null, statusAfter: SmartAccountStatus | null, detail: string | null } } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type ViewerFieldsFragment = { __typename: 'User', id: string, email: string, name: string, company: string, organisationType: OrganisationType, emailVerified: boolean, isStaff: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { __typename: 'User', id: string, email: string, name: string, company: string, organisationType: OrganisationType, emailVerified: boolean, isStaff: boolean } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { __typename: 'RequestPasswordResetPayload', accepted: boolean } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: { __typename: 'ResetPasswordPayload', user: { __typename: 'User', id: string, email: string } } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { __typename: 'SignInPayload', user: { __typename: 'User', id: string, email: string, name: string, company: string, organisationType: OrganisationType, emailVerified: boolean, isStaff: boolean } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: { __typename: 'SignOutPayload', signedOut: boolean } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { __typename: 'SignUpPayload', email: string, message: string } };

export type VerifyEmailMutationVariables = Exact<{
  input: VerifyEmailInput;
}>;


export type VerifyEmailMutation = { verifyEmail: { __typename: 'VerifyEmailPayload', user: { __typename: 'User', id: string, email: string, emailVerified: boolean } } };

export type ResendVerificationEmailMutationVariables = Exact<{
  input: ResendVerificationEmailInput;
}>;


export type ResendVerificationEmailMutation = { resendVerificationEmail: { __typename: 'ResendVerificationEmailPayload', accepted: boolean } };

export type BulkRequestPreviewQueryVariables = Exact<{
  input: BulkRequestInput;
}>;


export type BulkRequestPreviewQuery = { bulkRequestPreview: { __typename: 'BulkRequestPreview', readyCount: number, meetsExistingCount: number, alreadyRequestedCount: number, errorCount: number, rows: Array<{ __typename: 'BulkRequestPreviewRow', rowNumber: number, name: string, identifier: string | null, customerEmails: Array<string>, state: BulkPreviewRowState, repeatsRow: number | null, errors: Array<{ __typename: 'BulkRowFieldError', field: string, message: string }>, existingAccounts: Array<{ __typename: 'ExistingAccount', id: string, name: string, domainIdentifier: string, status: SmartAccountStatus }> }> } };

export type RequestSmartAccountsInBulkMutationVariables = Exact<{
  input: BulkRequestInput;
}>;


export type RequestSmartAccountsInBulkMutation = { requestSmartAccountsInBulk: { __typename: 'RequestSmartAccountsInBulkPayload', job: { __typename: 'BulkRequestJob', id: string, status: BulkRequestJobStatus } } };

export type BulkRequestJobQueryVariables = Exact<{
  id: string | number;
}>;


export type BulkRequestJobQuery = { bulkRequestJob: { __typename: 'BulkRequestJob', id: string, status: BulkRequestJobStatus, totalRows: number, processedRows: number, createdCount: number, alreadyRequestedCount: number, failedCount: number, waitingReason: string | null, createdAt: string, finishedAt: string | null, rows: Array<{ __typename: 'BulkRequestRowResult', rowNumber: number, name: string, domainIdentifier: string | null, customerEmails: Array<string>, state: BulkRequestRowState, errorCode: string | null, field: string | null, message: string | null, smartAccountId: string | null }> } };

export type CheckDomainQueryVariables = Exact<{
  domainIdentifier: string;
  approverEmail?: string | null | undefined;
  flow?: DomainCheckFlow;
}>;


export type CheckDomainQuery = { checkDomain: { __typename: 'DomainCheck', input: string, valid: boolean, message: string | null, identifier: string | null, topLevelDomain: string | null, reviewRequired: boolean, reviewReasons: Array<DomainReviewReason>, identifierAvailable: boolean, refusals: Array<{ __typename: 'IdentifierRefusal', code: IdentifierRefusalCode, field: string, message: string }>, existingAccounts: Array<{ __typename: 'ExistingAccount', id: string, name: string, domainIdentifier: string, status: SmartAccountStatus, visibility: AccountVisibility, exactMatch: boolean, allowedAction: ExistingAccountAction, reason: string, administrators: Array<string> }> } };

export type RequestSmartAccountMutationVariables = Exact<{
  input: RequestSmartAccountInput;
}>;


export type RequestSmartAccountMutation = { requestSmartAccount: { __typename: 'RequestSmartAccountPayload', smartAccount: { __typename: 'SmartAccount', id: string, name: string, domainIdentifier: string, topLevelDomain: string, status: SmartAccountStatus, visibility: AccountVisibility, channel: RequestChannel | null, createdAt: string | null, activatedAt: string | null, lapseAt: string | null, approvers: Array<string> | null, messageToApprovers: string | null, noteToDomainApprover: string | null, noteToUsers: string | null, declineReason: string | null, requester: { __typename: 'AccountPerson', email: string, name: string } | null, nextStep: { __typename: 'NextStep', action: string, actors: Array<string> } | null, company: { __typename: 'Company', name: string, country: string, addressLine: string, city: string, region: string, postalCode: string } | null, domain: { __typename: 'Domain', id: string, identifier: string, status: DomainStatus, contactPhone: string, reviewReasons: Array<DomainReviewReason>, note: string | null, createdAt: string, decidedAt: string | null, decisionReason: string | null, dnsChallenge: { __typename: 'DnsChallenge', recordName: string, recordValue: string } | null } | null } } };

export type RequestSmartAccountForCustomerMutationVariables = Exact<{
  input: RequestSmartAccountForCustomerInput;
}>;


export type RequestSmartAccountForCustomerMutation = { requestSmartAccountForCustomer: { __typename: 'RequestSmartAccountForCustomerPayload', smartAccount: { __typename: 'SmartAccount', id: string, name: string, domainIdentifier: string, topLevelDomain: string, status: SmartAccountStatus, visibility: AccountVisibility, channel: RequestChannel | null, createdAt: string | null, activatedAt: string | null, lapseAt: string | null, approvers: Array<string> | null, messageToApprovers: string | null, noteToDomainApprover: string | null, noteToUsers: string | null, declineReason: string | null, requester: { __typename: 'AccountPerson', email: string, name: string } | null, nextStep: { __typename: 'NextStep', action: string, actors: Array<string> } | null, company: { __typename: 'Company', name: string, country: string, addressLine: string, city: string, region: string, postalCode: string } | null, domain: { __typename: 'Domain', id: string, identifier: string, status: DomainStatus, contactPhone: string, reviewReasons: Array<DomainReviewReason>, note: string | null, createdAt: string, decidedAt: string | null, decisionReason: string | null, dnsChallenge: { __typename: 'DnsChallenge', recordName: string, recordValue: string } | null } | null } } };

export type NominateCreatorsMutationVariables = Exact<{
  input: NominateCreatorsInput;
}>;


export type NominateCreatorsMutation = { nominateCreators: { __typename: 'NominateCreatorsPayload', nominations: Array<{ __typename: 'Nomination', id: string, email: string, kind: NominationKind, status: NominationStatus, smartAccountId: string }> } };

export type RequestedSmartAccountQueryVariables = Exact<{
  id: string | number;
}>;


export type RequestedSmartAccountQuery = { smartAccount: { __typename: 'SmartAccount', id: string, name: string, domainIdentifier: string, topLevelDomain: string, status: SmartAccountStatus, visibility: AccountVisibility, channel: RequestChannel | null, createdAt: string | null, activatedAt: string | null, lapseAt: string | null, approvers: Array<string> | null, messageToApprovers: string | null, noteToDomainApprover: string | null, noteToUsers: string | null, declineReason: string | null, requester: { __typename: 'AccountPerson', email: string, name: string } | null, nextStep: { __typename: 'NextStep', action: string, actors: Array<string> } | null, company: { __typename: 'Company', name: string, country: string, addressLine: string, city: string, region: string, postalCode: string } | null, domain: { __typename: 'Domain', id: string, identifier: string, status: DomainStatus, contactPhone: string, reviewReasons: Array<DomainReviewReason>, note: string | null, createdAt: string, decidedAt: string | null, decisionReason: string | null, dnsChallenge: { __typename: 'DnsChallenge', recordName: string, recordValue: string } | null } | null } };

export type YourRequestsQueryVariables = Exact<{
  first: number;
}>;


export type YourRequestsQuery = { myRequests: { __typename: 'SmartAccountConnection', totalCount: number, edges: Array<{ __typename: 'SmartAccountEdge', node: { __typename: 'SmartAccount', id: string, name: string, domainIdentifier: string, status: SmartAccountStatus, channel: RequestChannel | null, createdAt: string | null, lapseAt: string | null, nextStep: { __typename: 'NextStep', action: string, actors: Array<string> } | null } }> } };

export type DirectoryAccountFieldsFragment = { __typename: 'SmartAccount', id: string, name: string, domainIdentifier: string, status: SmartAccountStatus, visibility: AccountVisibility, administrators: Array<string>, myRoles: Array<{ __typename: 'RoleGrant', role: AccountRole, virtualAccountId: string | null }>, virtualAccounts: Array<{ __typename: 'VirtualAccount', id: string, name: string, parentId: string | null, isDefault: boolean }> | null };

export type DirectoryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: DirectoryFilter | null | undefined;
  order?: DirectoryOrder | null | undefined;
}>;


export type DirectoryQuery = { directory: { __typename: 'DirectoryConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'DirectoryEdge', node: { __typename: 'DirectoryEntry', reason: DirectoryReason, smartAccount: { __typename: 'SmartAccount', id: string, name: string, domainIdentifier: string, status: SmartAccountStatus, visibility: AccountVisibility, administrators: Array<string>, myRoles: Array<{ __typename: 'RoleGrant', role: AccountRole, virtualAccountId: string | null }>, virtualAccounts: Array<{ __typename: 'VirtualAccount', id: string, name: string, parentId: string | null, isDefault: boolean }> | null } } }> } };

export type SearchSmartAccountsQueryVariables = Exact<{
  query: string;
  first: number;
  after?: string | null | undefined;
}>;


export type SearchSmartAccountsQuery = { searchSmartAccounts: { __typename: 'SmartAccountSearchConnection', totalCount: number, totalCountIsCapped: boolean, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'SmartAccountSearchEdge', node: { __typename: 'SmartAccount', id: string, name: string, domainIdentifier: string, status: SmartAccountStatus, visibility: AccountVisibility, administrators: Array<string>, myRoles: Array<{ __typename: 'RoleGrant', role: AccountRole, virtualAccountId: string | null }> } }> } };

export type DomainApprovalsQueryVariables = Exact<{
  status: DomainStatus;
  first: number;
}>;


export type DomainApprovalsQuery = { domainApprovals: { __typename: 'DomainConnection', totalCount: number, edges: Array<{ __typename: 'DomainEdge', node: { __typename: 'Domain', id: string, identifier: string, status: DomainStatus, contactPhone: string, reviewReasons: Array<DomainReviewReason>, note: string | null, createdAt: string, decidedAt: string | null, decisionReason: string | null, smartAccount: { __typename: 'SmartAccount', id: string, name: string, status: SmartAccountStatus, requester: { __typename: 'AccountPerson', email: string, name: string } | null }, dnsChallenge: { __typename: 'DnsChallenge', recordName: string, recordValue: string } | null } }> } };

export type ApproveDomainMutationVariables = Exact<{
  input: DomainRefInput;
}>;


export type ApproveDomainMutation = { approveDomain: { __typename: 'ApproveDomainPayload', domain: { __typename: 'Domain', id: string, identifier: string, status: DomainStatus, contactPhone: string, reviewReasons: Array<DomainReviewReason>, note: string | null, createdAt: string, decidedAt: string | null, decisionReason: string | null, smartAccount: { __typename: 'SmartAccount', id: string, name: string, status: SmartAccountStatus }, dnsChallenge: { __typename: 'DnsChallenge', recordName: string, recordValue: string } | null } } };

export type RejectDomainMutationVariables = Exact<{
  input: RejectDomainInput;
}>;


export type RejectDomainMutation = { rejectDomain: { __typename: 'RejectDomainPayload', domain: { __typename: 'Domain', id: string, identifier: string, status: DomainStatus, contactPhone: string, reviewReasons: Array<DomainReviewReason>, note: string | null, createdAt: string, decidedAt: string | null, decisionReason: string | null, smartAccount: { __typename: 'SmartAccount', id: string, name: string, status: SmartAccountStatus }, dnsChallenge: { __typename: 'DnsChallenge', recordName: string, recordValue: string } | null } } };

export type NominationFieldsFragment = { __typename: 'Nomination', id: string, kind: NominationKind, status: NominationStatus, email: string, message: string | null, smartAccountId: string, createdAt: string, decidedAt: string | null, expiresAt: string | null, smartAccount: { __typename: 'SmartAccount', id: string, name: string, domainIdentifier: string, status: SmartAccountStatus } };

export type MyNominationsQueryVariables = Exact<{
  first: number;
}>;


export type MyNominationsQuery = { myNominations: { __typename: 'NominationConnection', totalCount: number, edges: Array<{ __typename: 'NominationEdge', node: { __typename: 'Nomination', id: string, kind: NominationKind, status: NominationStatus, email: string, message: string | null, smartAccountId: string, createdAt: string, decidedAt: string | null, expiresAt: string | null, smartAccount: { __typename: 'SmartAccount', id: string, name: string, domainIdentifier: string, status: SmartAccountStatus } } }> } };

export type AcceptNominationMutationVariables = Exact<{
  input: DecideNominationInput;
}>;


export type AcceptNominationMutation = { acceptNomination: { __typename: 'DecideNominationPayload', nomination: { __typename: 'Nomination', id: string, kind: NominationKind, status: NominationStatus, email: string, message: string | null, smartAccountId: string, createdAt: string, decidedAt: string | null, expiresAt: string | null, smartAccount: { __typename: 'SmartAccount', id: string, name: string, domainIdentifier: string, status: SmartAccountStatus } } } };

export type RejectNominationMutationVariables = Exact<{
  input: DecideNominationInput;
}>;


export type RejectNominationMutation = { rejectNomination: { __typename: 'DecideNominationPayload', nomination: { __typename: 'Nomination', id: string, kind: NominationKind, status: NominationStatus, email: string, message: string | null, smartAccountId: string, createdAt: string, decidedAt: string | null, expiresAt: string | null, smartAccount: { __typename: 'SmartAccount', id: string, name: string, domainIdentifier: string, status: SmartAccountStatus } } } };

export type SystemOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemOverviewQuery = { systemOverview: { __typename: 'SystemOverview', accountsByStatus: Array<{ __typename: 'StatusCount', status: SmartAccountStatus, count: number }>, domainReviewsByAge: Array<{ __typename: 'DayBucket', label: string, fromDays: number, toDays: number | null, count: number }>, lapsingSoon: Array<{ __typename: 'DayBucket', label: string, fromDays: number, toDays: number | null, count: number }> } };

export type ApprovalRequestQueryVariables = Exact<{
  token: string;
}>;


export type ApprovalRequestQuery = { approvalRequest: { __typename: 'SmartAccount', id: string, name: string, domainIdentifier: string, topLevelDomain: string, status: SmartAccountStatus, visibility: AccountVisibility, channel: RequestChannel | null, createdAt: string | null, activatedAt: string | null, lapseAt: string | null, approvers: Array<string> | null, messageToApprovers: string | null, noteToDomainApprover: string | null, noteToUsers: string | null, declineReason: string | null, requester: { __typename: 'AccountPerson', email: string, name: string } | null, nextStep: { __typename: 'NextStep', action: string, actors: Array<string> } | null, company: { __typename: 'Company', name: string, country: string, addressLine: string, city: string, region: string, postalCode: string } | null, domain: { __typename: 'Domain', id: string, identifier: string, status: DomainStatus, contactPhone: string, reviewReasons: Array<DomainReviewReason>, note: string | null, createdAt: string, decidedAt: string | null, decisionReason: string | null, dnsChallenge: { __typename: 'DnsChallenge', recordName: string, recordValue: string } | null } | null } };

export type PendingRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type PendingRequestQuery = { smartAccount: { __typename: 'SmartAccount', id: string, name: string, domainIdentifier: string, topLevelDomain: string, status: SmartAccountStatus, visibility: AccountVisibility, channel: RequestChannel | null, createdAt: string | null, activatedAt: string | null, lapseAt: string | null, approvers: Array<string> | null, messageToApprovers: string | null, noteToDomainApprover: string | null, noteToUsers: string | null, declineReason: string | null, requester: { __typename: 'AccountPerson', email: string, name: string } | null, nextStep: { __typename: 'NextStep', action: string, actors: Array<string> } | null, company: { __typename: 'Company', name: string, country: string, addressLine: string, city: string, region: string, postalCode: string } | null, domain: { __typename: 'Domain', id: string, identifier: string, status: DomainStatus, contactPhone: string, reviewReasons: Array<DomainReviewReason>, note: string | null, createdAt: string, decidedAt: string | null, decisionReason: string | null, dnsChallenge: { __typename: 'DnsChallenge', recordName: string, recordValue: string } | null } | null } };

export type ApproveSmartAccountMutationVariables = Exact<{
  input: ApproveSmartAccountInput;
}>;


export type ApproveSmartAccountMutation = { approveSmartAccount: { __typename: 'ApproveSmartAccountPayload', smartAccount: { __typename: 'SmartAccount', id: string, name: string, domainIdentifier: string, topLevelDomain: string, status: SmartAccountStatus, visibility: AccountVisibility, channel: RequestChannel | null, createdAt: string | null, activatedAt: string | null, lapseAt: string | null, approvers: Array<string> | null, messageToApprovers: string | null, noteToDomainApprover: string | null, noteToUsers: string | null, declineReason: string | null, requester: { __typename: 'AccountPerson', email: string, name: string } | null, nextStep: { __typename: 'NextStep', action: string, actors: Array<string> } | null, company: { __typename: 'Company', name: string, country: string, addressLine: string, city: string, region: string, postalCode: string } | null, domain: { __typename: 'Domain', id: string, identifier: string, status: DomainStatus, contactPhone: string, reviewReasons: Array<DomainReviewReason>, note: string | null, createdAt: string, decidedAt: string | null, decisionReason: string | null, dnsChallenge: { __typename: 'DnsChallenge', recordName: string, recordValue: string } | null } | null } } };

export type DenySmartAccountMutationVariables = Exact<{
  input: DenySmartAccountInput;
}>;


export type DenySmartAccountMutation = { denySmartAccount: { __typename: 'DenySmartAccountPayload', smartAccount: { __typename: 'SmartAccount', id: string, name: string, domainIdentifier: string, topLevelDomain: string, status: SmartAccountStatus, visibility: AccountVisibility, channel: RequestChannel | null, createdAt: string | null, activatedAt: string | null, lapseAt: string | null, approvers: Array<string> | null, messageToApprovers: string | null, noteToDomainApprover: string | null, noteToUsers: string | null, declineReason: string | null, requester: { __typename: 'AccountPerson', email: string, name: string } | null, nextStep: { __typename: 'NextStep', action: string, actors: Array<string> } | null, company: { __typename: 'Company', name: string, country: string, addressLine: string, city: string, region: string, postalCode: string } | null, domain: { __typename: 'Domain', id: string, identifier: string, status: DomainStatus, contactPhone: string, reviewReasons: Array<DomainReviewReason>, note: string | null, createdAt: string, decidedAt: string | null, decisionReason: string | null, dnsChallenge: { __typename: 'DnsChallenge', recordName: string, recordValue: string } | null } | null } } };

export type ForwardSmartAccountMutationVariables = Exact<{
  input: ForwardSmartAccountInput;
}>;


export type ForwardSmartAccountMutation = { forwardSmartAccount: { __typename: 'ForwardSmartAccountPayload', smartAccount: { __typename: 'SmartAccount', id: string, name: string, domainIdentifier: string, topLevelDomain: string, status: SmartAccountStatus, visibility: AccountVisibility, channel: RequestChannel | null, createdAt: string | null, activatedAt: string | null, lapseAt: string | null, approvers: Array<string> | null, messageToApprovers: string | null, noteToDomainApprover: string | null, noteToUsers: string | null, declineReason: string | null, requester: { __typename: 'AccountPerson', email: string, name: string } | null, nextStep: { __typename: 'NextStep', action: string, actors: Array<string> } | null, company: { __typename: 'Company', name: string, country: string, addressLine: string, city: string, region: string, postalCode: string } | null, domain: { __typename: 'Domain', id: string, identifier: string, status: DomainStatus, contactPhone: string, reviewReasons: Array<DomainReviewReason>, note: string | null, createdAt: string, decidedAt: string | null, decisionReason: string | null, dnsChallenge: { __typename: 'DnsChallenge', recordName: string, recordValue: string } | null } | null } } };

export type ProvideCompanyAddressMutationVariables = Exact<{
  input: ProvideCompanyAddressInput;
}>;


export type ProvideCompanyAddressMutation = { provideCompanyAddress: { __typename: 'ProvideCompanyAddressPayload', smartAccount: { __typename: 'SmartAccount', id: string, name: string, domainIdentifier: string, topLevelDomain: string, status: SmartAccountStatus, visibility: AccountVisibility, channel: RequestChannel | null, createdAt: string | null, activatedAt: string | null, lapseAt: string | null, approvers: Array<string> | null, messageToApprovers: string | null, noteToDomainApprover: string | null, noteToUsers: string | null, declineReason: string | null, requester: { __typename: 'AccountPerson', email: string, name: string } | null, nextStep: { __typename: 'NextStep', action: string, actors: Array<string> } | null, company: { __typename: 'Company', name: string, country: string, addressLine: string, city: string, region: string, postalCode: string } | null, domain: { __typename: 'Domain', id: string, identifier: string, status: DomainStatus, contactPhone: string, reviewReasons: Array<DomainReviewReason>, note: string | null, createdAt: string, decidedAt: string | null, decisionReason: string | null, dnsChallenge: { __typename: 'DnsChallenge', recordName: string, recordValue: string } | null } | null } } };

export type CustomerRequestsByStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerRequestsByStatusQuery = { customerRequestsByStatus: Array<{ __typename: 'StatusCount', status: SmartAccountStatus, count: number }> };

export type MyRequestsQueryVariables = Exact<{
  first: number;
  order?: RequestOrder | null | undefined;
}>;


export type MyRequestsQuery = { myRequests: { __typename: 'SmartAccountConnection', totalCount: number, edges: Array<{ __typename: 'SmartAccountEdge', node: { __typename: 'SmartAccount', id: string, name: string, domainIdentifier: string, topLevelDomain: string, status: SmartAccountStatus, visibility: AccountVisibility, channel: RequestChannel | null, createdAt: string | null, activatedAt: string | null, lapseAt: string | null, approvers: Array<string> | null, messageToApprovers: string | null, noteToDomainApprover: string | null, noteToUsers: string | null, declineReason: string | null, requester: { __typename: 'AccountPerson', email: string, name: string } | null, nextStep: { __typename: 'NextStep', action: string, actors: Array<string> } | null, company: { __typename: 'Company', name: string, country: string, addressLine: string, city: string, region: string, postalCode: string } | null, domain: { __typename: 'Domain', id: string, identifier: string, status: DomainStatus, contactPhone: string, reviewReasons: Array<DomainReviewReason>, note: string | null, createdAt: string, decidedAt: string | null, decisionReason: string | null, dnsChallenge: { __typename: 'DnsChallenge', recordName: string, recordValue: string } | null } | null } }> } };

export type PendingApprovalsQueryVariables = Exact<{
  first: number;
}>;


export type PendingApprovalsQuery = { pendingApprovals: { __typename: 'SmartAccountConnection', totalCount: number, edges: Array<{ __typename: 'SmartAccountEdge', node: { __typename: 'SmartAccount', id: string, name: string, domainIdentifier: string, topLevelDomain: string, status: SmartAccountStatus, visibility: AccountVisibility, channel: RequestChannel | null, createdAt: string | null, activatedAt: string | null, lapseAt: string | null, approvers: Array<string> | null, messageToApprovers: string | null, noteToDomainApprover: string | null, noteToUsers: string | null, declineReason: string | null, requester: { __typename: 'AccountPerson', email: string, name: string } | null, nextStep: { __typename: 'NextStep', action: string, actors: Array<string> } | null, company: { __typename: 'Company', name: string, country: string, addressLine: string, city: string, region: string, postalCode: string } | null, domain: { __typename: 'Domain', id: string, identifier: string, status: DomainStatus, contactPhone: string, reviewReasons: Array<DomainReviewReason>, note: string | null, createdAt: string, decidedAt: string | null, decisionReason: string | null, dnsChallenge: { __typename: 'DnsChallenge', recordName: string, recordValue: string } | null } | null } }> } };

export type CancelSmartAccountMutationVariables = Exact<{
  input: SmartAccountRefInput;
}>;


export type CancelSmartAccountMutation = { cancelSmartAccount: { __typename: 'CancelSmartAccountPayload', smartAccount: { __typename: 'SmartAccount', id: string, name: string, domainIdentifier: string, topLevelDomain: string, status: SmartAccountStatus, visibility: AccountVisibility, channel: RequestChannel | null, createdAt: string | null, activatedAt: string | null, lapseAt: string | null, approvers: Array<string> | null, messageToApprovers: string | null, noteToDomainApprover: string | null, noteToUsers: string | null, declineReason: string | null, requester: { __typename: 'AccountPerson', email: string, name: string } | null, nextStep: { __typename: 'NextStep', action: string, actors: Array<string> } | null, company: { __typename: 'Company', name: string, country: string, addressLine: string, city: string, region: string, postalCode: string } | null, domain: { __typename: 'Domain', id: string, identifier: string, status: DomainStatus, contactPhone: string, reviewReasons: Array<DomainReviewReason>, note: string | null, createdAt: string, decidedAt: string | null, decisionReason: string | null, dnsChallenge: { __typename: 'DnsChallenge', recordName: string, recordValue: string } | null } | null } } };

export type ResendApprovalEmailMutationVariables = Exact<{
  input: SmartAccountRefInput;
}>;


export type ResendApprovalEmailMutation = { resendApprovalEmail: { __typename: 'ResendApprovalEmailPayload', smartAccount: { __typename: 'SmartAccount', id: string, name: string, domainIdentifier: string, topLevelDomain: string, status: SmartAccountStatus, visibility: AccountVisibility, channel: RequestChannel | null, createdAt: string | null, activatedAt: string | null, lapseAt: string | null, approvers: Array<string> | null, messageToApprovers: string | null, noteToDomainApprover: string | null, noteToUsers: string | null, declineReason: string | null, requester: { __typename: 'AccountPerson', email: string, name: string } | null, nextStep: { __typename: 'NextStep', action: string, actors: Array<string> } | null, company: { __typename: 'Company', name: string, country: string, addressLine: string, city: string, region: string, postalCode: string } | null, domain: { __typename: 'Domain', id: string, identifier: string, status: DomainStatus, contactPhone: string, reviewReasons: Array<DomainReviewReason>, note: string | null, createdAt: string, decidedAt: string | null, decisionReason: string | null, dnsChallenge: { __typename: 'DnsChallenge', recordName: string, recordValue: string } | null } | null } } };

export type ResubmitDomainMutationVariables = Exact<{
  input: ResubmitDomainInput;
}>;


export type ResubmitDomainMutation = { resubmitDomain: { __typename: 'ResubmitDomainPayload', smartAccount: { __typename: 'SmartAccount', id: string, name: string, domainIdentifier: string, topLevelDomain: string, status: SmartAccountStatus, visibility: AccountVisibility, channel: RequestChannel | null, createdAt: string | null, activatedAt: string | null, lapseAt: string | null, approvers: Array<string> | null, messageToApprovers: string | null, noteToDomainApprover: string | null, noteToUsers: string | null, declineReason: string | null, requester: { __typename: 'AccountPerson', email: string, name: string } | null, nextStep: { __typename: 'NextStep', action: string, actors: Array<string> } | null, company: { __typename: 'Company', name: string, country: string, addressLine: string, city: string, region: string, postalCode: string } | null, domain: { __typename: 'Domain', id: string, identifier: string, status: DomainStatus, contactPhone: string, reviewReasons: Array<DomainReviewReason>, note: string | null, createdAt: string, decidedAt: string | null, decisionReason: string | null, dnsChallenge: { __typename: 'DnsChallenge', recordName: string, recordValue: string } | null } | null } } };

export type VerifyDomainChallengeMutationVariables = Exact<{
  input: DomainRefInput;
}>;


export type VerifyDomainChallengeMutation = { verifyDomainChallenge: { __typename: 'VerifyDomainChallengePayload', verified: boolean, domain: { __typename: 'Domain', id: string, identifier: string, status: DomainStatus, contactPhone: string, reviewReasons: Array<DomainReviewReason>, note: string | null, createdAt: string, decidedAt: string | null, decisionReason: string | null, smartAccount: { __typename: 'SmartAccount', id: string, name: string, domainIdentifier: string, topLevelDomain: string, status: SmartAccountStatus, visibility: AccountVisibility, channel: RequestChannel | null, createdAt: string | null, activatedAt: string | null, lapseAt: string | null, approvers: Array<string> | null, messageToApprovers: string | null, noteToDomainApprover: string | null, noteToUsers: string | null, declineReason: string | null, requester: { __typename: 'AccountPerson', email: string, name: string } | null, nextStep: { __typename: 'NextStep', action: string, actors: Array<string> } | null, company: { __typename: 'Company', name: string, country: string, addressLine: string, city: string, region: string, postalCode: string } | null, domain: { __typename: 'Domain', id: string, identifier: string, status: DomainStatus, contactPhone: string, reviewReasons: Array<DomainReviewReason>, note: string | null, createdAt: string, decidedAt: string | null, decisionReason: string | null, dnsChallenge: { __typename: 'DnsChallenge', recordName: string, recordValue: string } | null } | null }, dnsChallenge: { __typename: 'DnsChallenge', recordName: string, recordValue: string } | null } } };

export type SmartAccountDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type SmartAccountDetailQuery = { smartAccount: { __typename: 'SmartAccount', administrators: Array<string>, autoApproveUpTo: RequestableRole | null, id: string, name: string, domainIdentifier: string, topLevelDomain: string, status: SmartAccountStatus, visibility: AccountVisibility, channel: RequestChannel | null, createdAt: string | null, activatedAt: string | null, lapseAt: string | null, approvers: Array<string> | null, messageToApprovers: string | null, noteToDomainApprover: string | null, noteToUsers: string | null, declineReason: string | null, myRoles: Array<{ __typename: 'RoleGrant', role: AccountRole, virtualAccountId: string | null }>, virtualAccounts: Array<{ __typename: 'VirtualAccount', id: string, name: string, description: string | null, isDefault: boolean, parentId: string | null, createdAt: string }> | null, history: Array<{ __typename: 'AccountEvent', id: string, type: AccountEventKind, createdAt: string, actorEmail: string | null, detail: string | null, statusBefore: SmartAccountStatus | null, statusAfter: SmartAccountStatus | null }> | null, requester: { __typename: 'AccountPerson', email: string, name: string } | null, nextStep: { __typename: 'NextStep', action: string, actors: Array<string> } | null, company: { __typename: 'Company', name: string, country: string, addressLine: string, city: string, region: string, postalCode: string } | null, domain: { __typename: 'Domain', id: string, identifier: string, status: DomainStatus, contactPhone: string, reviewReasons: Array<DomainReviewReason>, note: string | null, createdAt: string, decidedAt: string | null, decisionReason: string | null, dnsChallenge: { __typename: 'DnsChallenge', recordName: string, recordValue: string } | null } | null } };

export type AccountUsersQueryVariables = Exact<{
  smartAccountId: string | number;
}>;


export type AccountUsersQuery = { accountUsers: Array<{ __typename: 'AccountUser', email: string, name: string | null, registered: boolean, roles: Array<{ __typename: 'RoleGrant', role: AccountRole, virtualAccountId: string | null }> }> };

export type UpdateSmartAccountMutationVariables = Exact<{
  input: UpdateSmartAccountInput;
}>;


export type UpdateSmartAccountMutation = { updateSmartAccount: { __typename: 'UpdateSmartAccountPayload', smartAccount: { __typename: 'SmartAccount', id: string, name: string, visibility: AccountVisibility, company: { __typename: 'Company', name: string, country: string, addressLine: string, city: string, region: string, postalCode: string } | null } } };

export type CreateVirtualAccountMutationVariables = Exact<{
  input: CreateVirtualAccountInput;
}>;


export type CreateVirtualAccountMutation = { createVirtualAccount: { __typename: 'CreateVirtualAccountPayload', virtualAccount: { __typename: 'VirtualAccount', id: string, name: string, description: string | null, isDefault: boolean, parentId: string | null, createdAt: string } } };

export type UpdateVirtualAccountMutationVariables = Exact<{
  input: UpdateVirtualAccountInput;
}>;


export type UpdateVirtualAccountMutation = { updateVirtualAccount: { __typename: 'UpdateVirtualAccountPayload', virtualAccount: { __typename: 'VirtualAccount', id: string, name: string, description: string | null, isDefault: boolean, parentId: string | null, createdAt: string } } };

export type DeleteVirtualAccountMutationVariables = Exact<{
  input: DeleteVirtualAccountInput;
}>;


export type DeleteVirtualAccountMutation = { deleteVirtualAccount: { __typename: 'DeleteVirtualAccountPayload', virtualAccount: { __typename: 'VirtualAccount', id: string } } };

export type SetAccountUserRolesMutationVariables = Exact<{
  input: SetAccountUserRolesInput;
}>;


export type SetAccountUserRolesMutation = { setAccountUserRoles: { __typename: 'SetAccountUserRolesPayload', user: { __typename: 'AccountUser', email: string, name: string | null, registered: boolean, roles: Array<{ __typename: 'RoleGrant', role: AccountRole, virtualAccountId: string | null }> } } };

export type SetAccessAutomationMutationVariables = Exact<{
  input: SetAccessAutomationInput;
}>;


export type SetAccessAutomationMutation = { setAccessAutomation: { __typename: 'SetAccessAutomationPayload', smartAccount: { __typename: 'SmartAccount', id: string, autoApproveUpTo: RequestableRole | null } } };

export type AccountNominationsQueryVariables = Exact<{
  smartAccountId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type AccountNominationsQuery = { accountNominations: { __typename: 'NominationConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'NominationEdge', node: { __typename: 'Nomination', id: string, kind: NominationKind, email: string, status: NominationStatus, sentAt: string | null, expiresAt: string | null, decidedAt: string | null, createdAt: string } }> } };

export type ResendNominationMutationVariables = Exact<{
  input: DecideNominationInput;
}>;


export type ResendNominationMutation = { resendNomination: { __typename: 'ResendNominationPayload', nomination: { __typename: 'Nomination', id: string, sentAt: string | null, expiresAt: string | null } } };

export type SmartAccountChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type SmartAccountChangedSubscription = { accountChanged: { __typename: 'Event', id: string, type: AccountEventKind } };

export type AccountWebhookEndpointsQueryVariables = Exact<{
  accountId: string | number;
}>;


export type AccountWebhookEndpointsQuery = { webhookEndpoints: Array<{ __typename: 'WebhookEndpoint', id: string, url: string, eventTypes: Array<AccountEventKind>, enabled: boolean, disabledReason: string | null, failingSince: string | null, createdAt: string, deliveries: { __typename: 'WebhookDeliveryConnection', totalCount: number, edges: Array<{ __typename: 'WebhookDeliveryEdge', node: { __typename: 'WebhookDelivery', id: string, eventType: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: string, createdAt: string, deliveredAt: string | null, attemptLog: Array<{ __typename: 'WebhookAttempt', attemptedAt: string, durationMs: number, statusCode: number | null, error: string | null, responseBody: string | null }> } }> } }> };

export type CreateAccountWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateAccountWebhookEndpointMutation = { createWebhookEndpoint: { __typename: 'CreateWebhookEndpointPayload', secret: string, endpoint: { __typename: 'WebhookEndpoint', id: string } } };

export type UpdateAccountWebhookEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type UpdateAccountWebhookEndpointMutation = { updateWebhookEndpoint: { __typename: 'UpdateWebhookEndpointPayload', endpoint: { __typename: 'WebhookEndpoint', id: string, enabled: boolean, disabledReason: string | null, failingSince: string | null } } };

export type RotateAccountWebhookSecretMutationVariables = Exact<{
  input: WebhookEndpointIdInput;
}>;


export type RotateAccountWebhookSecretMutation = { rotateWebhookSecret: { __typename: 'RotateWebhookSecretPayload', secret: string, endpoint: { __typename: 'WebhookEndpoint', id: string } } };

export type DeleteAccountWebhookEndpointMutationVariables = Exact<{
  input: WebhookEndpointIdInput;
}>;


export type DeleteAccountWebhookEndpointMutation = { deleteWebhookEndpoint: { __typename: 'DeleteWebhookEndpointPayload', id: string } };

export type SendAccountTestWebhookMutationVariables = Exact<{
  input: WebhookEndpointIdInput;
}>;


export type SendAccountTestWebhookMutation = { sendTestWebhook: { __typename: 'WebhookDeliveryPayload', delivery: { __typename: 'WebhookDelivery', id: string, status: WebhookDeliveryStatus } } };

export type RedeliverAccountWebhookMutationVariables = Exact<{
  input: RedeliverWebhookInput;
}>;


export type RedeliverAccountWebhookMutation = { redeliverWebhook: { __typename: 'WebhookDeliveryPayload', delivery: { __typename: 'WebhookDelivery', id: string, status: WebhookDeliveryStatus } } };

export const AccessRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"askedRole"}},{"kind":"Field","name":{"kind":"Name","value":"grantedRole"}},{"kind":"Field","name":{"kind":"Name","value":"grantedVirtualAccountIds"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"autoApproved"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccountName"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AccessRequestFieldsFragment, unknown>;
export const CompanyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}}]} as unknown as DocumentNode<CompanyFieldsFragment, unknown>;
export const DomainReviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReasons"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"dnsChallenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}}]}}]}}]} as unknown as DocumentNode<DomainReviewFieldsFragment, unknown>;
export const SmartAccountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmartAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SmartAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"topLevelDomain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapseAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvers"}},{"kind":"Field","name":{"kind":"Name","value":"messageToApprovers"}},{"kind":"Field","name":{"kind":"Name","value":"noteToDomainApprover"}},{"kind":"Field","name":{"kind":"Name","value":"noteToUsers"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainReviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReasons"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"dnsChallenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}}]}}]}}]} as unknown as DocumentNode<SmartAccountFieldsFragment, unknown>;
export const ApiTokenFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}}]}}]} as unknown as DocumentNode<ApiTokenFieldsFragment, unknown>;
export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"organisationType"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"isStaff"}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const DirectoryAccountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DirectoryAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SmartAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"administrators"}},{"kind":"Field","name":{"kind":"Name","value":"myRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"virtualAccountId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"virtualAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]} as unknown as DocumentNode<DirectoryAccountFieldsFragment, unknown>;
export const NominationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NominationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<NominationFieldsFragment, unknown>;
export const RequestAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessRequestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"askedRole"}},{"kind":"Field","name":{"kind":"Name","value":"grantedRole"}},{"kind":"Field","name":{"kind":"Name","value":"grantedVirtualAccountIds"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"autoApproved"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccountName"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RequestAccessMutation, RequestAccessMutationVariables>;
export const ShellSmartAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShellSmartAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smartAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ShellSmartAccountQuery, ShellSmartAccountQueryVariables>;
export const SmartAccountSwitcherDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SmartAccountSwitcher"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DirectoryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SmartAccountSwitcherQuery, SmartAccountSwitcherQueryVariables>;
export const PendingCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvals"}},{"kind":"Field","name":{"kind":"Name","value":"accessRequests"}},{"kind":"Field","name":{"kind":"Name","value":"domainReviews"}}]}}]}}]} as unknown as DocumentNode<PendingCountsQuery, PendingCountsQueryVariables>;
export const PendingCountsChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PendingCountsChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvals"}},{"kind":"Field","name":{"kind":"Name","value":"accessRequests"}},{"kind":"Field","name":{"kind":"Name","value":"domainReviews"}}]}}]}}]} as unknown as DocumentNode<PendingCountsChangedSubscription, PendingCountsChangedSubscriptionVariables>;
export const AdministeredAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdministeredAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"myRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"virtualAccountId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"virtualAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdministeredAccountsQuery, AdministeredAccountsQueryVariables>;
export const AccessRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"smartAccountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequestStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequestOrder"}},"defaultValue":{"kind":"EnumValue","value":"PENDING_FIRST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"smartAccountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"smartAccountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessRequestFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"askedRole"}},{"kind":"Field","name":{"kind":"Name","value":"grantedRole"}},{"kind":"Field","name":{"kind":"Name","value":"grantedVirtualAccountIds"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"autoApproved"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccountName"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AccessRequestsQuery, AccessRequestsQueryVariables>;
export const ApproveAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveAccessRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessRequestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"askedRole"}},{"kind":"Field","name":{"kind":"Name","value":"grantedRole"}},{"kind":"Field","name":{"kind":"Name","value":"grantedVirtualAccountIds"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"autoApproved"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccountName"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApproveAccessRequestMutation, ApproveAccessRequestMutationVariables>;
export const DeclineAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineAccessRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessRequestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"askedRole"}},{"kind":"Field","name":{"kind":"Name","value":"grantedRole"}},{"kind":"Field","name":{"kind":"Name","value":"grantedVirtualAccountIds"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"autoApproved"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccountName"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeclineAccessRequestMutation, DeclineAccessRequestMutationVariables>;
export const CancelAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAccessRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessRequestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"askedRole"}},{"kind":"Field","name":{"kind":"Name","value":"grantedRole"}},{"kind":"Field","name":{"kind":"Name","value":"grantedVirtualAccountIds"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"autoApproved"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccountName"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CancelAccessRequestMutation, CancelAccessRequestMutationVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsCapped"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"statusBefore"}},{"kind":"Field","name":{"kind":"Name","value":"statusAfter"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"organisationType"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"isStaff"}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"organisationType"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"isStaff"}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOut"}}]}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const VerifyEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const ResendVerificationEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendVerificationEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResendVerificationEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendVerificationEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]} as unknown as DocumentNode<ResendVerificationEmailMutation, ResendVerificationEmailMutationVariables>;
export const BulkRequestPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BulkRequestPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkRequestPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readyCount"}},{"kind":"Field","name":{"kind":"Name","value":"meetsExistingCount"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyRequestedCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"customerEmails"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"repeatsRow"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"existingAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BulkRequestPreviewQuery, BulkRequestPreviewQueryVariables>;
export const RequestSmartAccountsInBulkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestSmartAccountsInBulk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSmartAccountsInBulk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RequestSmartAccountsInBulkMutation, RequestSmartAccountsInBulkMutationVariables>;
export const BulkRequestJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BulkRequestJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkRequestJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyRequestedCount"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitingReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"customerEmails"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccountId"}}]}}]}}]}}]} as unknown as DocumentNode<BulkRequestJobQuery, BulkRequestJobQueryVariables>;
export const CheckDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domainIdentifier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approverEmail"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"flow"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DomainCheckFlow"}}},"defaultValue":{"kind":"EnumValue","value":"MY_COMPANY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"domainIdentifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domainIdentifier"}}},{"kind":"Argument","name":{"kind":"Name","value":"approverEmail"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approverEmail"}}},{"kind":"Argument","name":{"kind":"Name","value":"flow"},"value":{"kind":"Variable","name":{"kind":"Name","value":"flow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"input"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"topLevelDomain"}},{"kind":"Field","name":{"kind":"Name","value":"reviewRequired"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReasons"}},{"kind":"Field","name":{"kind":"Name","value":"identifierAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"refusals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"existingAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"exactMatch"}},{"kind":"Field","name":{"kind":"Name","value":"allowedAction"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"administrators"}}]}}]}}]}}]} as unknown as DocumentNode<CheckDomainQuery, CheckDomainQueryVariables>;
export const RequestSmartAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestSmartAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestSmartAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSmartAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smartAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SmartAccountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReasons"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"dnsChallenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmartAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SmartAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"topLevelDomain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapseAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvers"}},{"kind":"Field","name":{"kind":"Name","value":"messageToApprovers"}},{"kind":"Field","name":{"kind":"Name","value":"noteToDomainApprover"}},{"kind":"Field","name":{"kind":"Name","value":"noteToUsers"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainReviewFields"}}]}}]}}]} as unknown as DocumentNode<RequestSmartAccountMutation, RequestSmartAccountMutationVariables>;
export const RequestSmartAccountForCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestSmartAccountForCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestSmartAccountForCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSmartAccountForCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smartAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SmartAccountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReasons"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"dnsChallenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmartAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SmartAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"topLevelDomain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapseAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvers"}},{"kind":"Field","name":{"kind":"Name","value":"messageToApprovers"}},{"kind":"Field","name":{"kind":"Name","value":"noteToDomainApprover"}},{"kind":"Field","name":{"kind":"Name","value":"noteToUsers"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainReviewFields"}}]}}]}}]} as unknown as DocumentNode<RequestSmartAccountForCustomerMutation, RequestSmartAccountForCustomerMutationVariables>;
export const NominateCreatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NominateCreators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NominateCreatorsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominateCreators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccountId"}}]}}]}}]}}]} as unknown as DocumentNode<NominateCreatorsMutation, NominateCreatorsMutationVariables>;
export const RequestedSmartAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestedSmartAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smartAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SmartAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReasons"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"dnsChallenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmartAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SmartAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"topLevelDomain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapseAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvers"}},{"kind":"Field","name":{"kind":"Name","value":"messageToApprovers"}},{"kind":"Field","name":{"kind":"Name","value":"noteToDomainApprover"}},{"kind":"Field","name":{"kind":"Name","value":"noteToUsers"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainReviewFields"}}]}}]}}]} as unknown as DocumentNode<RequestedSmartAccountQuery, RequestedSmartAccountQueryVariables>;
export const YourRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YourRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapseAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actors"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<YourRequestsQuery, YourRequestsQueryVariables>;
export const DirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Directory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DirectoryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DirectoryOrder"}},"defaultValue":{"kind":"EnumValue","value":"RELEVANCE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DirectoryAccountFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DirectoryAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SmartAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"administrators"}},{"kind":"Field","name":{"kind":"Name","value":"myRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"virtualAccountId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"virtualAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]} as unknown as DocumentNode<DirectoryQuery, DirectoryQueryVariables>;
export const SearchSmartAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchSmartAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchSmartAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsCapped"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"administrators"}},{"kind":"Field","name":{"kind":"Name","value":"myRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"virtualAccountId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchSmartAccountsQuery, SearchSmartAccountsQueryVariables>;
export const DomainApprovalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DomainApprovals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DomainStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domainApprovals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainReviewFields"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReasons"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"dnsChallenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}}]}}]}}]} as unknown as DocumentNode<DomainApprovalsQuery, DomainApprovalsQueryVariables>;
export const ApproveDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DomainRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainReviewFields"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReasons"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"dnsChallenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}}]}}]}}]} as unknown as DocumentNode<ApproveDomainMutation, ApproveDomainMutationVariables>;
export const RejectDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectDomainInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainReviewFields"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReasons"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"dnsChallenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}}]}}]}}]} as unknown as DocumentNode<RejectDomainMutation, RejectDomainMutationVariables>;
export const MyNominationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNominations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNominations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NominationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NominationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<MyNominationsQuery, MyNominationsQueryVariables>;
export const AcceptNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideNominationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NominationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NominationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<AcceptNominationMutation, AcceptNominationMutationVariables>;
export const RejectNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideNominationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NominationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NominationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Nomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccountId"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<RejectNominationMutation, RejectNominationMutationVariables>;
export const SystemOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systemOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domainReviewsByAge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"fromDays"}},{"kind":"Field","name":{"kind":"Name","value":"toDays"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lapsingSoon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"fromDays"}},{"kind":"Field","name":{"kind":"Name","value":"toDays"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<SystemOverviewQuery, SystemOverviewQueryVariables>;
export const ApprovalRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvalRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SmartAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReasons"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"dnsChallenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmartAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SmartAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"topLevelDomain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapseAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvers"}},{"kind":"Field","name":{"kind":"Name","value":"messageToApprovers"}},{"kind":"Field","name":{"kind":"Name","value":"noteToDomainApprover"}},{"kind":"Field","name":{"kind":"Name","value":"noteToUsers"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainReviewFields"}}]}}]}}]} as unknown as DocumentNode<ApprovalRequestQuery, ApprovalRequestQueryVariables>;
export const PendingRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smartAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SmartAccountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReasons"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"dnsChallenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmartAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SmartAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"topLevelDomain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapseAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvers"}},{"kind":"Field","name":{"kind":"Name","value":"messageToApprovers"}},{"kind":"Field","name":{"kind":"Name","value":"noteToDomainApprover"}},{"kind":"Field","name":{"kind":"Name","value":"noteToUsers"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainReviewFields"}}]}}]}}]} as unknown as DocumentNode<PendingRequestQuery, PendingRequestQueryVariables>;
export const ApproveSmartAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveSmartAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveSmartAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveSmartAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smartAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SmartAccountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReasons"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"dnsChallenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmartAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SmartAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"topLevelDomain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapseAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvers"}},{"kind":"Field","name":{"kind":"Name","value":"messageToApprovers"}},{"kind":"Field","name":{"kind":"Name","value":"noteToDomainApprover"}},{"kind":"Field","name":{"kind":"Name","value":"noteToUsers"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainReviewFields"}}]}}]}}]} as unknown as DocumentNode<ApproveSmartAccountMutation, ApproveSmartAccountMutationVariables>;
export const DenySmartAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DenySmartAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DenySmartAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"denySmartAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smartAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SmartAccountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReasons"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"dnsChallenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmartAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SmartAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"topLevelDomain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapseAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvers"}},{"kind":"Field","name":{"kind":"Name","value":"messageToApprovers"}},{"kind":"Field","name":{"kind":"Name","value":"noteToDomainApprover"}},{"kind":"Field","name":{"kind":"Name","value":"noteToUsers"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainReviewFields"}}]}}]}}]} as unknown as DocumentNode<DenySmartAccountMutation, DenySmartAccountMutationVariables>;
export const ForwardSmartAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForwardSmartAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForwardSmartAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forwardSmartAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smartAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SmartAccountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReasons"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"dnsChallenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmartAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SmartAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"topLevelDomain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapseAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvers"}},{"kind":"Field","name":{"kind":"Name","value":"messageToApprovers"}},{"kind":"Field","name":{"kind":"Name","value":"noteToDomainApprover"}},{"kind":"Field","name":{"kind":"Name","value":"noteToUsers"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainReviewFields"}}]}}]}}]} as unknown as DocumentNode<ForwardSmartAccountMutation, ForwardSmartAccountMutationVariables>;
export const ProvideCompanyAddressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvideCompanyAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProvideCompanyAddressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provideCompanyAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smartAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SmartAccountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReasons"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"dnsChallenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmartAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SmartAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"topLevelDomain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapseAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvers"}},{"kind":"Field","name":{"kind":"Name","value":"messageToApprovers"}},{"kind":"Field","name":{"kind":"Name","value":"noteToDomainApprover"}},{"kind":"Field","name":{"kind":"Name","value":"noteToUsers"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainReviewFields"}}]}}]}}]} as unknown as DocumentNode<ProvideCompanyAddressMutation, ProvideCompanyAddressMutationVariables>;
export const CustomerRequestsByStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerRequestsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerRequestsByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<CustomerRequestsByStatusQuery, CustomerRequestsByStatusQueryVariables>;
export const MyRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestOrder"}},"defaultValue":{"kind":"EnumValue","value":"NEWEST_FIRST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SmartAccountFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReasons"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"dnsChallenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmartAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SmartAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"topLevelDomain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapseAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvers"}},{"kind":"Field","name":{"kind":"Name","value":"messageToApprovers"}},{"kind":"Field","name":{"kind":"Name","value":"noteToDomainApprover"}},{"kind":"Field","name":{"kind":"Name","value":"noteToUsers"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainReviewFields"}}]}}]}}]} as unknown as DocumentNode<MyRequestsQuery, MyRequestsQueryVariables>;
export const PendingApprovalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingApprovals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingApprovals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SmartAccountFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReasons"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"dnsChallenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmartAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SmartAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"topLevelDomain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapseAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvers"}},{"kind":"Field","name":{"kind":"Name","value":"messageToApprovers"}},{"kind":"Field","name":{"kind":"Name","value":"noteToDomainApprover"}},{"kind":"Field","name":{"kind":"Name","value":"noteToUsers"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainReviewFields"}}]}}]}}]} as unknown as DocumentNode<PendingApprovalsQuery, PendingApprovalsQueryVariables>;
export const CancelSmartAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelSmartAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SmartAccountRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSmartAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smartAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SmartAccountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReasons"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"dnsChallenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmartAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SmartAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"topLevelDomain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapseAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvers"}},{"kind":"Field","name":{"kind":"Name","value":"messageToApprovers"}},{"kind":"Field","name":{"kind":"Name","value":"noteToDomainApprover"}},{"kind":"Field","name":{"kind":"Name","value":"noteToUsers"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainReviewFields"}}]}}]}}]} as unknown as DocumentNode<CancelSmartAccountMutation, CancelSmartAccountMutationVariables>;
export const ResendApprovalEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendApprovalEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SmartAccountRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendApprovalEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smartAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SmartAccountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReasons"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"dnsChallenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmartAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SmartAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"topLevelDomain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapseAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvers"}},{"kind":"Field","name":{"kind":"Name","value":"messageToApprovers"}},{"kind":"Field","name":{"kind":"Name","value":"noteToDomainApprover"}},{"kind":"Field","name":{"kind":"Name","value":"noteToUsers"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainReviewFields"}}]}}]}}]} as unknown as DocumentNode<ResendApprovalEmailMutation, ResendApprovalEmailMutationVariables>;
export const ResubmitDomainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResubmitDomain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResubmitDomainInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resubmitDomain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smartAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SmartAccountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReasons"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"dnsChallenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmartAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SmartAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"topLevelDomain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapseAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvers"}},{"kind":"Field","name":{"kind":"Name","value":"messageToApprovers"}},{"kind":"Field","name":{"kind":"Name","value":"noteToDomainApprover"}},{"kind":"Field","name":{"kind":"Name","value":"noteToUsers"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainReviewFields"}}]}}]}}]} as unknown as DocumentNode<ResubmitDomainMutation, ResubmitDomainMutationVariables>;
export const VerifyDomainChallengeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyDomainChallenge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DomainRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyDomainChallenge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainReviewFields"}},{"kind":"Field","name":{"kind":"Name","value":"smartAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SmartAccountFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReasons"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"dnsChallenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmartAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SmartAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"topLevelDomain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapseAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvers"}},{"kind":"Field","name":{"kind":"Name","value":"messageToApprovers"}},{"kind":"Field","name":{"kind":"Name","value":"noteToDomainApprover"}},{"kind":"Field","name":{"kind":"Name","value":"noteToUsers"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainReviewFields"}}]}}]}}]} as unknown as DocumentNode<VerifyDomainChallengeMutation, VerifyDomainChallengeMutationVariables>;
export const SmartAccountDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SmartAccountDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smartAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SmartAccountFields"}},{"kind":"Field","name":{"kind":"Name","value":"administrators"}},{"kind":"Field","name":{"kind":"Name","value":"autoApproveUpTo"}},{"kind":"Field","name":{"kind":"Name","value":"myRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"virtualAccountId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"virtualAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"statusBefore"}},{"kind":"Field","name":{"kind":"Name","value":"statusAfter"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainReviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReasons"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"dnsChallenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordName"}},{"kind":"Field","name":{"kind":"Name","value":"recordValue"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SmartAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SmartAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domainIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"topLevelDomain"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lapseAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvers"}},{"kind":"Field","name":{"kind":"Name","value":"messageToApprovers"}},{"kind":"Field","name":{"kind":"Name","value":"noteToDomainApprover"}},{"kind":"Field","name":{"kind":"Name","value":"noteToUsers"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainReviewFields"}}]}}]}}]} as unknown as DocumentNode<SmartAccountDetailQuery, SmartAccountDetailQueryVariables>;
export const AccountUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"smartAccountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"smartAccountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"smartAccountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"virtualAccountId"}}]}}]}}]}}]} as unknown as DocumentNode<AccountUsersQuery, AccountUsersQueryVariables>;
export const UpdateSmartAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSmartAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSmartAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSmartAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smartAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}}]} as unknown as DocumentNode<UpdateSmartAccountMutation, UpdateSmartAccountMutationVariables>;
export const CreateVirtualAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVirtualAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVirtualAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVirtualAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"virtualAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateVirtualAccountMutation, CreateVirtualAccountMutationVariables>;
export const UpdateVirtualAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateVirtualAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVirtualAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVirtualAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"virtualAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateVirtualAccountMutation, UpdateVirtualAccountMutationVariables>;
export const DeleteVirtualAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteVirtualAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteVirtualAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteVirtualAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"virtualAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteVirtualAccountMutation, DeleteVirtualAccountMutationVariables>;
export const SetAccountUserRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAccountUserRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAccountUserRolesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAccountUserRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"virtualAccountId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetAccountUserRolesMutation, SetAccountUserRolesMutationVariables>;
export const SetAccessAutomationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAccessAutomation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAccessAutomationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAccessAutomation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smartAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"autoApproveUpTo"}}]}}]}}]}}]} as unknown as DocumentNode<SetAccessAutomationMutation, SetAccessAutomationMutationVariables>;
export const AccountNominationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountNominations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"smartAccountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountNominations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"smartAccountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"smartAccountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountNominationsQuery, AccountNominationsQueryVariables>;
export const ResendNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideNominationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<ResendNominationMutation, ResendNominationMutationVariables>;
export const SmartAccountChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SmartAccountChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<SmartAccountChangedSubscription, SmartAccountChangedSubscriptionVariables>;
export const AccountWebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountWebhookEndpoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"attemptLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attemptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"responseBody"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountWebhookEndpointsQuery, AccountWebhookEndpointsQueryVariables>;
export const CreateAccountWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccountWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateAccountWebhookEndpointMutation, CreateAccountWebhookEndpointMutationVariables>;
export const UpdateAccountWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAccountWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAccountWebhookEndpointMutation, UpdateAccountWebhookEndpointMutationVariables>;
export const RotateAccountWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateAccountWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RotateAccountWebhookSecretMutation, RotateAccountWebhookSecretMutationVariables>;
export const DeleteAccountWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAccountWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteAccountWebhookEndpointMutation, DeleteAccountWebhookEndpointMutationVariables>;
export const SendAccountTestWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendAccountTestWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SendAccountTestWebhookMutation, SendAccountTestWebhookMutationVariables>;
export const RedeliverAccountWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeliverAccountWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedeliverWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RedeliverAccountWebhookMutation, RedeliverAccountWebhookMutationVariables>;