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

// RFC 5322 atext: what a dot-atom local part is made of. Quoted local parts ("a b"@x.com) and
// comments are valid syntax that mail servers and their users routinely refuse, so they are out.
const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]";
const DOT_ATOM = new RegExp(`^${ATEXT}+(?:\\.${ATEXT}+)*$`);
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * Whether a mail server would take the address: a dot-atom local part of at most 64 characters,
 * and a host name with at least one dot whose labels are valid once in punycode (an
 * internationalised domain is fine), at most 254 characters in all.
 */
export function isDeliverableEmail(raw: string): boolean {
  const at = raw.lastIndexOf("@");
  if (at < 1) return false;
  const local = raw.slice(0, at);
  if (local.length > 64 || !DOT_ATOM.test(local)) return false;
  const host = raw.slice(at + 1);
  if (!host || /[\s@]/.test(host) || host.endsWith(".")) return false;
  const ascii = domainToASCII(host.toLowerCase());
  if (!ascii) return false;
  const labels = ascii.split(".");
  if (labels.length < 2 || !labels.every((label) => DNS_LABEL.test(label))) return false;
  // A top-level label of digits only is an IP address, not a host name.
  if (/^\d+$/.test(labels[labels.length - 1])) return false;
  return local.length + 1 + ascii.length <= 254;
}
