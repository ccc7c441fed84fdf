import type { AccountEventKind } from "@sam/graphql-types";

/** An account's history in words, for the History section and the staff's audit log. */

export const statusWords: Record<string, string> = {
  PENDING_DOMAIN_APPROVAL: "Pending Domain Approval",
  PENDING_CUSTOMER_ACCEPTANCE: "Pending Customer Acceptance",
  PENDING_CUSTOMER_ADDRESS: "Pending Customer Address",
  ACTIVE: "Active",
  DECLINED_BY_CUSTOMER: "Declined by Customer",
  LAPSED: "Lapsed",
  CANCELLED: "Cancelled",
};

/** Each kind of event in words: a kind the schema adds fails the typecheck until it is here. */
export const eventWords: Record<AccountEventKind, string> = {
  REQUESTED: "Requested",
  APPROVAL_EMAIL_RESENT: "Approval email sent again",
  CANCELLED: "Cancelled",
  DOMAIN_APPROVED: "Identifier approved",
  DOMAIN_REJECTED: "Identifier rejected",
  DOMAIN_RESUBMITTED: "Identifier resubmitted",
  APPROVED: "Approved",
  DENIED: "Denied",
  FORWARDED: "Forwarded",
  ADDRESS_PROVIDED: "Company address given",
  LAPSE_REMINDER_SENT: "Lapse reminder sent",
  DECISION_REMINDER_SENT: "Approvers reminded to decide",
  LAPSED: "Lapsed",
  CREATORS_NOMINATED: "Creators nominated",
  NOMINATION_RESENT: "Nomination sent again",
  NOMINATION_ACCEPTED: "Nomination accepted",
  NOMINATION_REJECTED: "Nomination rejected",
  ACCESS_REQUESTED: "Access requested",
  ACCESS_APPROVED: "Access granted",
  ACCESS_DECLINED: "Access declined",
  ACCESS_CANCELLED: "Access request cancelled",
  ACCESS_REMINDER_SENT: "Access request reminder sent",
  USER_ROLES_CHANGED: "Roles changed",
  VIRTUAL_ACCOUNTS_CHANGED: "Virtual accounts changed",
  DETAILS_UPDATED: "Details updated",
  AUTOMATION_CHANGED: "Access automation changed",
};

export function eventTitle(type: string): string {
  // A server newer than this console may send a kind it does not know yet.
  return eventWords[type as AccountEventKind] ?? type.replace(/_/g, " ").toLowerCase();
}
