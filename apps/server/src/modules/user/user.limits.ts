import { isIPv4, isIPv6 } from "node:net";
import { HOUR, MINUTE, DAY } from "../../common/clock";
import { hashSecret } from "../../common/secrets";
import type { RateLimitRule } from "../../common/rate-limiter";

// Sign-in, shaped as OWASP's authentication cheat sheet. Every attempt is counted before the
// password is checked; a successful one is un-counted again, so only failures add up.

/** Strict: one email from one client address. */
export const SIGN_IN_PER_ACCOUNT_AND_ADDRESS: RateLimitRule = {
  bucket: "sign-in:email+address",
  max: 5,
  windowMs: 15 * MINUTE,
};

/**
 * One email from every browser that has not signed in to it before: a higher threshold, and a
 * back-off that grows with the failures (each tier holds the email for a longer window).
 */
export const SIGN_IN_PER_ACCOUNT: RateLimitRule[] = [
  { bucket: "sign-in:email", max: 10, windowMs: 15 * MINUTE },
  { bucket: "sign-in:email", max: 20, windowMs: HOUR },
  { bucket: "sign-in:email", max: 50, windowMs: DAY },
];

/** One client address (IPv6 by its /64) across every email: slows password spraying. */
export const SIGN_IN_PER_ADDRESS: RateLimitRule[] = [
  { bucket: "sign-in:address", max: 10, windowMs: 15 * MINUTE },
  { bucket: "sign-in:address", max: 100, windowMs: DAY },
];

/** A browser with a device cookie for the email: its own limit instead of the ones above. */
export const SIGN_IN_PER_DEVICE: RateLimitRule = {
  bucket: "sign-in:device",
  max: 10,
  windowMs: 15 * MINUTE,
};

/** The buckets a completed password reset clears for its email. */
export const SIGN_IN_ACCOUNT_BUCKETS = [
  SIGN_IN_PER_ACCOUNT_AND_ADDRESS.bucket,
  SIGN_IN_PER_ACCOUNT[0].bucket,
  SIGN_IN_PER_DEVICE.bucket,
];

// Emails that anyone may make the system send to an address they need not own.

/** Registrations from one client address. */
export const SIGN_UP_PER_ADDRESS: RateLimitRule = {
  bucket: "sign-up:address",
  max: 30,
  windowMs: HOUR,
};

/** Reset and verification links asked for from one client address. */
export const ACCOUNT_EMAILS_PER_ADDRESS: RateLimitRule = {
  bucket: "account-email:address",
  max: 20,
  windowMs: HOUR,
};

/**
 * Account emails (verification, reset, "someone tried to register") to one address. Past it the
 * answer stays the same and nothing is sent; a reset link lives as long as this window, so the
 * newest one sent is still valid when the window frees.
 */
export const ACCOUNT_EMAILS_PER_RECIPIENT: RateLimitRule = {
  bucket: "account-email:to",
  max: 3,
  windowMs: HOUR,
};

/** How an email appears in the counters: hashed, so the table holds no addresses. */
export function accountKey(email: string): string {
  return `e:${hashSecret(email).slice(0, 32)}`;
}

/** How a client address is counted: IPv4 as is, IPv6 by its /64 (one subscriber's network). */
export function addressKey(ip: string | null): string {
  if (!ip) return "unknown";
  const mapped = ip.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (isIPv4(ip)) return ip;
  if (!isIPv6(ip)) return "unknown";
  const [head, tail = ""] = ip.toLowerCase().split("%")[0].split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const groups = ip.includes("::")
    ? [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill("0"), ...tailGroups]
    : headGroups;
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}
