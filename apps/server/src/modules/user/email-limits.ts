import { DAY, HOUR } from "../../common/clock";
import type { RateLimitCheck, RateLimitRule, RateLimiter } from "../../common/rate-limiter";
import type { ClientInfo } from "./session.service";
import { accountKey, addressKey } from "./user.limits";

// Every mutation that makes the system email addresses the caller chose is counted three ways,
// atomically and before anything is written or sent (RateLimiter.take): per caller, per client
// address (IPv6 by its /64), and per recipient of each kind of email, whoever asks. The numbers
// sit well above what a real customer, partner or administrator does in a day, and well below
// what makes the product a mail relay. README.md and docs/security.md state them.

function rules(bucket: string, ...windows: [max: number, windowMs: number][]): RateLimitRule[] {
  return windows.map(([max, windowMs]) => ({ bucket, max, windowMs }));
}

/** The kinds of email a caller can direct at someone else's address, and what one address receives. */
export const RECIPIENT_LIMITS = {
  /** Approval requests: new requests, forwards, resent requests. */
  approvalRequest: rules("to:approval-request", [10, HOUR], [20, DAY]),
  /** Nominations: creators, administrators and users named in a request, resent nominations. */
  nomination: rules("to:nomination", [10, HOUR], [20, DAY]),
  /** Access asked for someone else (they are told of the decision). */
  accessRequest: rules("to:access-request", [10, HOUR], [20, DAY]),
  /** Role changes of one address, across every account. */
  roleChange: rules("to:role-change", [20, HOUR], [50, DAY]),
} satisfies Record<string, RateLimitRule[]>;

export type RecipientKind = keyof typeof RECIPIENT_LIMITS;

type ActionLimits = { perCaller: RateLimitRule[]; perAddress: RateLimitRule[] };

/** Per caller and per client address, for each mutation (both account requests share theirs). */
export const ACTION_LIMITS = {
  /** requestSmartAccount and requestSmartAccountForCustomer: a partner's busy day is ~50. */
  accountRequest: {
    perCaller: rules("account-request", [50, HOUR], [200, DAY]),
    perAddress: rules("account-request:address", [100, HOUR], [500, DAY]),
  },
  forward: {
    perCaller: rules("forward", [20, HOUR], [50, DAY]),
    perAddress: rules("forward:address", [100, HOUR], [500, DAY]),
  },
  resendApprovalEmail: {
    perCaller: rules("resend-approval:caller", [30, HOUR], [100, DAY]),
    perAddress: rules("resend-approval:address", [100, HOUR], [500, DAY]),
  },
  nominateCreators: {
    perCaller: rules("nominate-creators", [50, HOUR], [200, DAY]),
    perAddress: rules("nominate-creators:address", [100, HOUR], [500, DAY]),
  },
  resendNomination: {
    perCaller: rules("resend-nomination:caller", [30, HOUR], [100, DAY]),
    perAddress: rules("resend-nomination:address", [100, HOUR], [500, DAY]),
  },
  requestAccess: {
    perCaller: rules("request-access", [30, HOUR], [100, DAY]),
    perAddress: rules("request-access:address", [100, HOUR], [500, DAY]),
  },
  setAccountUserRoles: {
    perCaller: rules("set-roles", [100, HOUR], [500, DAY]),
    perAddress: rules("set-roles:address", [200, HOUR], [1000, DAY]),
  },
} satisfies Record<string, ActionLimits>;

export type SendingAction = keyof typeof ACTION_LIMITS;

/** One request (per account) or nomination (per nomination) is sent again at most this often. */
export const RESEND_APPROVAL_PER_ACCOUNT: RateLimitRule = {
  bucket: "resend-approval",
  max: 3,
  windowMs: DAY,
};
export const RESEND_PER_NOMINATION: RateLimitRule = {
  bucket: "resend-nomination",
  max: 3,
  windowMs: DAY,
};

export type Sender = { id: string; email: string };

/**
 * The checks of one call: the caller, the client address, and every recipient the caller chose
 * (their own address excepted: nobody spams themselves).
 */
export function sendingChecks(
  action: SendingAction,
  caller: Sender,
  client: ClientInfo,
  recipients: Partial<Record<RecipientKind, readonly string[]>> = {},
): RateLimitCheck[] {
  const { perCaller, perAddress } = ACTION_LIMITS[action];
  const address = addressKey(client.ip);
  const checks: RateLimitCheck[] = [
    ...perCaller.map((rule) => ({ rule, subject: caller.id })),
    ...perAddress.map((rule) => ({ rule, subject: address })),
  ];
  for (const [kind, emails] of Object.entries(recipients) as [RecipientKind, string[]][]) {
    for (const email of new Set(emails)) {
      if (email === caller.email) continue;
      for (const rule of RECIPIENT_LIMITS[kind]) checks.push({ rule, subject: accountKey(email) });
    }
  }
  return checks;
}

/**
 * Counts the call, then does its work; a refused call is RATE_LIMITED having written nothing, and
 * a call whose work fails is un-counted (it sent nothing).
 */
export async function whileCounted<T>(
  limiter: RateLimiter,
  checks: RateLimitCheck[],
  work: () => Promise<T>,
): Promise<T> {
  const attempt = await limiter.take(checks);
  try {
    return await work();
  } catch (error) {
    await attempt.refund();
    throw error;
  }
}
