import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { enumOf } from "../../common/enum-of";
import { connectionTypes } from "../../common/pagination";
import { DomainReviewReasonEnum, IdentifierRefusal } from "../domain/domain.types";

import { ACCOUNT_EVENT_KINDS } from "./account-event.entity";
import { SMART_ACCOUNT_STATUSES } from "./smart-account.entity";

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

export const AccountEventKindEnum = enumOf(ACCOUNT_EVENT_KINDS);
registerEnumType(AccountEventKindEnum, {
  name: "AccountEventKind",
  description: "What an entry of an account's history records.",
  valuesConfig: {
    REQUESTED: { description: "The account was requested." },
    APPROVAL_EMAIL_RESENT: { description: "The requester emailed the approvers again." },
    CANCELLED: { description: "The requester cancelled the request." },
    DOMAIN_APPROVED: {
      description: "A domain approver (or its DNS record) approved the identifier.",
    },
    DOMAIN_REJECTED: { description: "A domain approver rejected the identifier." },
    DOMAIN_RESUBMITTED: { description: "The requester submitted another identifier." },
    APPROVED: { description: "An approver approved and created the account." },
    DENIED: { description: "An approver denied the request." },
    FORWARDED: { description: "An approver handed the decision to another email." },
    ADDRESS_PROVIDED: { description: "An approver gave the company address." },
    LAPSE_REMINDER_SENT: { description: "The approvers were reminded of the lapse date." },
    DECISION_REMINDER_SENT: {
      description:
        "The request waited long for a decision: the approvers were reminded and the requester told.",
    },
    LAPSED: { description: "The account lapsed undecided." },
    CREATORS_NOMINATED: { description: "Additional creators were nominated." },
    NOMINATION_RESENT: { description: "A nomination was emailed again." },
    NOMINATION_ACCEPTED: { description: "A nominee accepted their nomination." },
    NOMINATION_REJECTED: { description: "A nominee rejected their nomination." },
    ACCESS_REQUESTED: { description: "Access to the account was requested." },
    ACCESS_APPROVED: { description: "An access request was approved." },
    ACCESS_DECLINED: { description: "An access request was declined." },
    ACCESS_CANCELLED: { description: "An access request was cancelled by its requester." },
    ACCESS_REMINDER_SENT: {
      description:
        "An access request waited long: the administrators were reminded, or later its requester told.",
    },
    USER_ROLES_CHANGED: { description: "Someone's roles on the account were changed." },
    VIRTUAL_ACCOUNTS_CHANGED: { description: "Its virtual accounts were changed." },
    DETAILS_UPDATED: { description: "Its details (name, visibility, company) were updated." },
    AUTOMATION_CHANGED: { description: "Its access automation was changed." },
  },
});

@ObjectType("AccountEvent", { description: "One entry of an account's history." })
export class AccountEventType {
  @Field(() => ID, { description: "The event's id." })
  id: string;
  @Field(() => AccountEventKindEnum, { description: "What happened." })
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
  @Field(() => [IdentifierRefusal], {
    description:
      "What the request of the checked flow would refuse for this identifier (or for you), by the same rules; empty when it would go through (review and existing accounts aside).",
  })
  refusals: IdentifierRefusal[];
  @Field(() => [ExistingAccount], {
    description: "The accounts on its top-level domain, as you may see them.",
  })
  existingAccounts: ExistingAccount[];
}

/** Each mutation has a payload type of its own, so fields can be added to one later. */
function accountPayload(name: string, description: string) {
  @ObjectType(name, { description })
  class Payload {
    @Field(() => SmartAccountType, { description: "The account, as it is now." })
    smartAccount: SmartAccountType;
  }
  return Payload;
}

export const RequestSmartAccountPayload = accountPayload(
  "RequestSmartAccountPayload",
  "The account requested: provisional, or active on the self path with the requester's own domain.",
);
export const RequestSmartAccountForCustomerPayload = accountPayload(
  "RequestSmartAccountForCustomerPayload",
  "The provisional account requested for the customer.",
);
export const CancelSmartAccountPayload = accountPayload(
  "CancelSmartAccountPayload",
  "The cancelled account.",
);
export const ResendApprovalEmailPayload = accountPayload(
  "ResendApprovalEmailPayload",
  "The account whose approvers were emailed again.",
);
export const ResubmitDomainPayload = accountPayload(
  "ResubmitDomainPayload",
  "The account with its new identifier.",
);
export const ApproveSmartAccountPayload = accountPayload(
  "ApproveSmartAccountPayload",
  "The approved account: ACTIVE, or PENDING_CUSTOMER_ADDRESS.",
);
export const DenySmartAccountPayload = accountPayload(
  "DenySmartAccountPayload",
  "The denied account.",
);
export const ForwardSmartAccountPayload = accountPayload(
  "ForwardSmartAccountPayload",
  "The forwarded account.",
);
export const ProvideCompanyAddressPayload = accountPayload(
  "ProvideCompanyAddressPayload",
  "The account, now active.",
);
export const UpdateSmartAccountPayload = accountPayload(
  "UpdateSmartAccountPayload",
  "The account with its new details.",
);
export const SetAccessAutomationPayload = accountPayload(
  "SetAccessAutomationPayload",
  "The account with its automation.",
);

export const RequestOrderEnum = {
  NEWEST_FIRST: "NEWEST_FIRST",
  OLDEST_FIRST: "OLDEST_FIRST",
} as const;
registerEnumType(RequestOrderEnum, {
  name: "RequestOrder",
  description: "The order of your requests, by the date asked; both are paged by cursor.",
  valuesConfig: {
    NEWEST_FIRST: { description: "Newest first." },
    OLDEST_FIRST: { description: "Oldest first." },
  },
});
