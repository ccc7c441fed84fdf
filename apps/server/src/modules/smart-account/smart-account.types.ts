import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { connectionTypes } from "../../common/pagination";
import { SMART_ACCOUNT_STATUSES } from "./smart-account.entity";

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const SmartAccountStatusEnum = enumOf(SMART_ACCOUNT_STATUSES);
registerEnumType(SmartAccountStatusEnum, {
  name: "SmartAccountStatus",
  description: "Where a Smart Account stands. Until it is ACTIVE it is provisional.",
  valuesConfig: {
    PENDING_DOMAIN_APPROVAL: {
      description: "Its domain identifier waits for a domain approver's review.",
    },
    PENDING_CUSTOMER_ACCEPTANCE: {
      description: "Waits for one of its approvers to approve, deny or forward it.",
    },
    PENDING_CUSTOMER_ADDRESS: {
      description: "Approved; waits for the company address to become active.",
    },
    DECLINED_BY_CUSTOMER: {
      description: "An approver denied it; additional creators may still be nominated.",
    },
    ACTIVE: { description: "In use." },
    CANCELLED: { description: "Cancelled by its requester (terminal; frees the identifier)." },
    LAPSED: { description: "Not completed by its lapse date (terminal; frees the identifier)." },
  },
});

export const AccountVisibilityEnum = enumOf(["UNRESTRICTED", "RESTRICTED"] as const);
registerEnumType(AccountVisibilityEnum, {
  name: "AccountVisibility",
  description: "Who finds the account in search.",
  valuesConfig: {
    UNRESTRICTED: { description: "Found by name prefix or identifier." },
    RESTRICTED: { description: "Found only by its exact full name or identifier." },
  },
});

export const RequestChannelEnum = enumOf([
  "CUSTOMER_SELF",
  "CUSTOMER_SOMEONE_ELSE",
  "PARTNER_FOR_CUSTOMER",
] as const);
registerEnumType(RequestChannelEnum, {
  name: "RequestChannel",
  description: "How the account was requested.",
  valuesConfig: {
    CUSTOMER_SELF: { description: "By someone with the authority for their own company." },
    CUSTOMER_SOMEONE_ELSE: { description: "For approval by the approver emails given." },
    PARTNER_FOR_CUSTOMER: { description: "By a partner, for a customer (CLC)." },
  },
});

export const AccountAuthorizationEnum = enumOf(["REQUESTER", "SOMEONE_ELSE"] as const);
registerEnumType(AccountAuthorizationEnum, {
  name: "AccountAuthorization",
  description: "Who authorizes a request for your company.",
  valuesConfig: {
    REQUESTER: { description: '"Yes, I have the authority": the request is the authorization.' },
    SOMEONE_ELSE: { description: '"Someone else will authorize": the approver emails decide.' },
  },
});

export const DomainStatusEnum = enumOf(["PENDING_APPROVAL", "APPROVED", "REJECTED"] as const);
registerEnumType(DomainStatusEnum, {
  name: "DomainStatus",
  description: "Where a domain identifier's review stands.",
  valuesConfig: {
    PENDING_APPROVAL: { description: "Waiting for a domain approver (or its DNS record)." },
    APPROVED: { description: "Approved." },
    REJECTED: { description: "Rejected; the requester may resubmit another identifier." },
  },
});

export const DomainReviewReasonEnum = enumOf([
  "NOT_APPROVER_HOST",
  "CONSUMER_DOMAIN",
  "NON_LATIN_SCRIPT",
  "CONFUSABLE_WITH_EXISTING",
] as const);
registerEnumType(DomainReviewReasonEnum, {
  name: "DomainReviewReason",
  description: "Why an identifier needs a domain approver's review.",
  valuesConfig: {
    NOT_APPROVER_HOST: { description: "It is not the host of the approver's email." },
    CONSUMER_DOMAIN: { description: "It is a consumer mail domain (gmail.com and the like)." },
    NON_LATIN_SCRIPT: {
      description:
        "A label is written in a script other than Latin, where look-alikes of Latin names are made (аррӏе.com).",
    },
    CONFUSABLE_WITH_EXISTING: {
      description:
        "It looks like the identifier of an existing account (the same Unicode UTS #39 skeleton) without being it.",
    },
  },
});

export const ExistingAccountActionEnum = enumOf([
  "REQUEST_ACCESS",
  "NOMINATE_CREATORS",
  "NONE",
] as const);
registerEnumType(ExistingAccountActionEnum, {
  name: "ExistingAccountAction",
  description: "What may be done with an account already on the requested top-level domain.",
  valuesConfig: {
    REQUEST_ACCESS: { description: "It is active: request access to it." },
    NOMINATE_CREATORS: { description: "It waits for approval: nominate additional creators." },
    NONE: { description: "Nothing for now; the reason says why." },
  },
});

export const IdentifierChoiceEnum = enumOf(["REQUESTED", "APPROVER_EMAIL_HOST"] as const);
registerEnumType(IdentifierChoiceEnum, {
  name: "IdentifierChoice",
  description: "Which identifier the approver keeps.",
  valuesConfig: {
    REQUESTED: { description: "The identifier as requested." },
    APPROVER_EMAIL_HOST: {
      description: "The host of the approver's own email (checked for uniqueness).",
    },
  },
});

@ObjectType({ description: "A company's name and headquarters address." })
export class Company {
  @Field({ description: "Company or organisation name." })
  name: string;
  @Field({ description: "ISO 3166-1 alpha-2 country code." })
  country: string;
  @Field({ description: "Street address." })
  addressLine: string;
  @Field({ description: "City." })
  city: string;
  @Field({ description: "State, province or region (NA where none applies)." })
  region: string;
  @Field({ description: "Postal code (NA where none applies)." })
  postalCode: string;
}

@ObjectType({ description: "A person named on an account." })
export class AccountPerson {
  @Field({ description: "Their name." })
  name: string;
  @Field({ description: "Their email." })
  email: string;
}

@ObjectType({ description: "What has to happen next, and who has to do it." })
export class NextStep {
  @Field({ description: "What has to happen, in words." })
  action: string;
  @Field(() => [String], { description: "The emails (or roles) of those who must act." })
  actors: string[];
}

@ObjectType({
  description: "A DNS TXT record that, once published, approves the identifier without staff.",
})
export class DnsChallenge {
  @Field({ description: "The record's name." })
  recordName: string;
  @Field({ description: "The record's value." })
  recordValue: string;
}

@ObjectType("SmartAccount", {
  description: "A company-level account that holds software licenses.",
})
export class SmartAccountType {
  @Field(() => ID, { description: "The account ID." })
  id: string;
  @Field({ description: "The account's name." })
  name: string;
  @Field({
    description: "The account domain identifier, lower case, in punycode (e.g. pl.cisco.com).",
  })
  domainIdentifier: string;
  @Field({ description: "The registrable domain of the identifier (e.g. cisco.com)." })
  topLevelDomain: string;
  @Field(() => SmartAccountStatusEnum, { description: "Where the account stands." })
  status: string;
  @Field(() => AccountVisibilityEnum, { description: "Who finds it in search." })
  visibility: string;
  // Everything beyond this public card is a field resolver that asks the account policy.
}

/** Who may read the fields beyond the card, in the words each field's description uses. */
export const DETAILS_READERS =
  "Readable by the account's role holders, staff, and (while it is provisional) its requester and pending approvers; null for anyone else.";
export const ADMIN_READERS =
  "Readable by the account's administrators and approvers, staff, and (while it is provisional) its requester and pending approvers; null for anyone else.";

export const { ConnectionType: SmartAccountConnection } = connectionTypes(
  SmartAccountType,
  "SmartAccount",
  "A Smart Account",
  "Smart Accounts",
);

@ObjectType("Domain", { description: "The review of an account domain identifier." })
export class DomainType {
  @Field(() => ID, { description: "The review's id." })
  id: string;
  @Field({ description: "The identifier under review." })
  identifier: string;
  @Field(() => DomainStatusEnum, { description: "Where the review stands." })
  status: string;
  @Field(() => [DomainReviewReasonEnum], { description: "Why it needs review." })
  reviewReasons: string[];
  @Field({ description: "The contact phone given for the review." })
  contactPhone: string;
  @Field(() => String, {
    nullable: true,
    description: "The requester's note to the domain approver.",
  })
  note: string | null;
  @Field(() => Date, { nullable: true, description: "When it was decided." })
  decidedAt: Date | null;
  @Field(() => String, { nullable: true, description: "Why it was decided so." })
  decisionReason: string | null;
  @Field({ description: "When the review was opened." })
  createdAt: Date;
}

export const { ConnectionType: DomainConnection } = connectionTypes(
  DomainType,
  "Domain",
  "A domain review",
  "domain reviews",
);

@ObjectType("AccountEvent", { description: "One entry of an account's history." })
export class AccountEventType {
  @Field(() => ID, { description: "The event's id." })
  id: string;
  @Field({ description: "What happened (REQUESTED, APPROVED, FORWARDED, …)." })
  type: string;
  @Field(() => String, { nullable: true, description: "Who did it; none when the system did." })
  actorEmail: string | null;
  @Field(() => SmartAccountStatusEnum, { nullable: true, description: "The status before." })
  statusBefore: string | null;
  @Field(() => SmartAccountStatusEnum, { nullable: true, description: "The status after." })
  statusAfter: string | null;
  @Field(() => String, { nullable: true, description: "Details, in words." })
  detail: string | null;
  @Field({ description: "When it happened." })
  createdAt: Date;
}

@ObjectType("VirtualAccount", { description: "A named sub-account of a Smart Account; they nest." })
export class VirtualAccountType {
  @Field(() => ID, { description: "The virtual account's id." })
  id: string;
  @Field({ description: "Its name." })
  name: string;
  @Field(() => String, { nullable: true, description: "Its description." })
  description: string | null;
  @Field({ description: "Whether it is the account's default one." })
  isDefault: boolean;
  @Field(() => ID, { nullable: true, description: "The virtual account it is nested under." })
  parentId: string | null;
  @Field({ description: "When it was made." })
  createdAt: Date;
}

@ObjectType({
  description: "An account already on the requested top-level domain, as the caller may see it.",
})
export class ExistingAccount {
  @Field(() => ID, { description: "The account ID." })
  id: string;
  @Field({ description: "Its name." })
  name: string;
  @Field({ description: "Its identifier." })
  domainIdentifier: string;
  @Field(() => SmartAccountStatusEnum, { description: "Its status." })
  status: string;
  @Field(() => AccountVisibilityEnum, { description: "Its visibility." })
  visibility: string;
  @Field({ description: "Whether it holds exactly the requested identifier." })
  exactMatch: boolean;
  @Field(() => [String], { description: "Its administrators' emails (admin contacts)." })
  administrators: string[];
  @Field(() => ExistingAccountActionEnum, { description: "What may be done with it." })
  allowedAction: string;
  @Field({ description: "Why that (or why nothing)." })
  reason: string;
}

@ObjectType({ description: "What the system makes of a domain identifier before a request." })
export class DomainCheck {
  @Field({ description: "The identifier as typed." })
  input: string;
  @Field({ description: "Whether it is a valid identifier." })
  valid: boolean;
  @Field(() => String, { nullable: true, description: "Why it is not valid." })
  message: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The normalised identifier (lower case, punycode).",
  })
  identifier: string | null;
  @Field(() => String, { nullable: true, description: "Its registrable (top-level) domain." })
  topLevelDomain: string | null;
  @Field({ description: "Whether a domain approver must review it." })
  reviewRequired: boolean;
  @Field(() => [DomainReviewReasonEnum], { description: "Why it needs review." })
  reviewReasons: string[];
  @Field({ description: "Whether no non-terminal account holds exactly this identifier." })
  identifierAvailable: boolean;
  @Field(() => [ExistingAccount], {
    description: "The accounts on its top-level domain, as you may see them.",
  })
  existingAccounts: ExistingAccount[];
}

export const AccountRoleEnum = enumOf(["ADMINISTRATOR", "APPROVER", "USER", "VIEWER"] as const);
registerEnumType(AccountRoleEnum, {
  name: "AccountRole",
  description:
    "A role on a Smart Account (or, for ADMINISTRATOR, USER and VIEWER, on a virtual account).",
  valuesConfig: {
    ADMINISTRATOR: { description: "Everything; the only role that decides access requests." },
    APPROVER: {
      description:
        "Edits the account's details, sees users and history; only for an email on the account's domain.",
    },
    USER: { description: "Works in every virtual account." },
    VIEWER: { description: "Reads." },
  },
});

@ObjectType("RoleGrant", {
  description: "A role someone holds, on the whole account or on one virtual account.",
})
export class RoleGrantType {
  @Field(() => AccountRoleEnum, { description: "The role." })
  role: string;
  @Field(() => ID, {
    nullable: true,
    description: "The virtual account it is limited to; none for the whole account.",
  })
  virtualAccountId: string | null;
}
