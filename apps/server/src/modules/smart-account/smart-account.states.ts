import { StateConflictError } from "../../common/errors";
import { whenSettled, type Settling } from "../../common/settled";
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

/** How far along its lifecycle a status is, to tell "not yet" from "no longer". */
const STAGE: Record<SmartAccountStatus, number> = {
  PENDING_DOMAIN_APPROVAL: 0,
  PENDING_CUSTOMER_ACCEPTANCE: 1,
  DECLINED_BY_CUSTOMER: 1,
  PENDING_CUSTOMER_ADDRESS: 2,
  ACTIVE: 3,
  CANCELLED: 4,
  LAPSED: 4,
};

export function assertStatus(
  actual: SmartAccountStatus,
  allowed: readonly SmartAccountStatus[],
  action: string,
): void {
  if (allowed.includes(actual)) return;
  const early = STAGE[actual] < Math.min(...allowed.map((s) => STAGE[s]));
  const why =
    actual === "PENDING_DOMAIN_APPROVAL" ? " (its domain identifier is waiting for review)" : "";
  throw new StateConflictError(
    early
      ? `The account is ${statusWords(actual)}: it is too early to ${action}${why}.`
      : `The account is ${statusWords(actual)}: it is too late to ${action}.`,
  );
}

/** What the next step needs to know, read only for the statuses that need it (at once if read). */
export type NextStepFacts = {
  review: () => Settling<{ status: string } | null>;
  approvers: () => Settling<string[]>;
  requester: () => Settling<string | null>;
};

type Step = { action: string; actors: string[] };

/** What has to happen next for an account in each status, and who must do it. */
export function nextStep(
  account: { status: SmartAccountStatus },
  facts: NextStepFacts,
): Settling<Step> {
  switch (account.status) {
    case "PENDING_DOMAIN_APPROVAL":
      return whenSettled(facts.review(), (review) =>
        review?.status === "REJECTED"
          ? whenSettled(facts.requester(), (requester) => ({
              action: "The requester submits another identifier, or cancels the request.",
              actors: requester ? [requester] : [],
            }))
          : {
              action: "A domain approver reviews the account domain identifier.",
              actors: ["Domain approvers"],
            },
      );
    case "PENDING_CUSTOMER_ACCEPTANCE":
      return whenSettled(facts.approvers(), (actors) => ({
        action: "An approver approves and creates the account, denies it, or forwards it.",
        actors,
      }));
    case "PENDING_CUSTOMER_ADDRESS":
      return whenSettled(facts.approvers(), (actors) => ({
        action: "An approver gives the company address.",
        actors,
      }));
    case "DECLINED_BY_CUSTOMER":
      return {
        action: "Additional creators may be nominated before the lapse date.",
        actors: [],
      };
    case "ACTIVE":
      return { action: "Nothing: the account is active.", actors: [] };
    default:
      return { action: "Nothing: the request is closed.", actors: [] };
  }
}
