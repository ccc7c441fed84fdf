import { domainToASCII } from "node:url";

/**
 * The stored form of an email address: trimmed, lower case, the domain in punycode, so that one
 * person has one account whatever the case they type.
 */
export function normaliseEmail(raw: string): string {
  const trimmed = raw.trim();
  const at = trimmed.lastIndexOf("@");
  if (at < 1) return trimmed.toLowerCase();
  const local = trimmed.slice(0, at).toLowerCase();
  const domain =
    domainToASCII(trimmed.slice(at + 1).toLowerCase()) || trimmed.slice(at + 1).toLowerCase();
  return `${local}@${domain}`;
}
