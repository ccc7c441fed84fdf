import { StateConflictError } from "../../common/errors";
import type { SmartAccountStatus } from "./smart-account.entity";

/** Every status change an account may make (SPEC "Smart Account states"); nothing else is allowed. */
export const ACCOUNT_TRANSITIONS: Record<SmartAccountStatus, readonly SmartAccountStatus[]> = {
  PENDING_DOMAIN_APPROVAL: ["PENDING_CUSTOMER_ACCEPTANCE", "ACTIVE", "CANCELLED"],
  PENDING_CUSTOMER_ACCEPTANCE: [
    "ACTIVE",
    "PENDING_CUSTOMER_ADDRESS",
    "DECLINED_BY_CUSTOMER",
    "CANCELLED",
    "LAPSED",
  ],
  PENDING_CUSTOMER_ADDRESS: ["ACTIVE", "LAPSED"],
  DECLINED_BY_CUSTOMER: ["PENDING_CUSTOMER_ACCEPTANCE", "LAPSED"],
  ACTIVE: [],
  CANCELLED: [],
  LAPSED: [],
};

export const TERMINAL_STATUSES: readonly SmartAccountStatus[] = ["CANCELLED", "LAPSED"];
/** States that lapse 90 days after they were entered. */
export const LAPSING_STATUSES: readonly SmartAccountStatus[] = [
  "PENDING_CUSTOMER_ACCEPTANCE",
  "PENDING_CUSTOMER_ADDRESS",
  "DECLINED_BY_CUSTOMER",
];

const WORDS: Record<SmartAccountStatus, string> = {
  PENDING_DOMAIN_APPROVAL: "pending domain approval",
  PENDING_CUSTOMER_ACCEPTANCE: "pending customer acceptance",
  PENDING_CUSTOMER_ADDRESS: "pending the company address",
  DECLINED_BY_CUSTOMER: "declined by the customer",
  ACTIVE: "active",
  CANCELLED: "cancelled",
  LAPSED: "lapsed",
};

export function statusWords(status: SmartAccountStatus): string {
  return WORDS[status];
}

export function assertTransition(from: SmartAccountStatus, to: SmartAccountStatus): void {
  if (!ACCOUNT_TRANSITIONS[from].includes(to)) {
    throw new StateConflictError(
      `The account is ${statusWords(from)}; it cannot become ${statusWords(to)}.`,
    );
  }
}

export function assertStatus(
  actual: SmartAccountStatus,
  allowed: readonly SmartAccountStatus[],
  action: string,
): void {
  if (!allowed.includes(actual)) {
    throw new StateConflictError(
      `The account is ${statusWords(actual)}: it is too late to ${action}.`,
    );
  }
}
