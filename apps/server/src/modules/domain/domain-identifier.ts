import { domainToASCII, domainToUnicode } from "node:url";
import freeEmailDomains from "free-email-domains";
import { isValidPhoneNumber, parsePhoneNumberWithError } from "libphonenumber-js";
import { parse } from "tldts";
import unhomoglyph from "unhomoglyph";

export type Identifier = {
  /** Lower case, punycode, no trailing dot: the form stored and compared. */
  identifier: string;
  /** The registrable domain (Cisco's "top-level domain"), from the Public Suffix List. */
  topLevelDomain: string;
};

export type IdentifierResult = { ok: true; value: Identifier } | { ok: false; message: string };

const CONSUMER_DOMAINS = new Set<string>(freeEmailDomains as string[]);
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

// Scripts that are written together in one language; any other mix is a look-alike risk.
const COMPATIBLE_SCRIPTS = [
  new Set(["Han", "Hiragana", "Katakana"]),
  new Set(["Han", "Hangul"]),
  new Set(["Han", "Bopomofo"]),
];
const SCRIPTS = [
  "Latin",
  "Cyrillic",
  "Greek",
  "Armenian",
  "Georgian",
  "Hebrew",
  "Arabic",
  "Devanagari",
  "Bengali",
  "Thai",
  "Han",
  "Hiragana",
  "Katakana",
  "Hangul",
  "Bopomofo",
  "Ethiopic",
  "Tamil",
  "Telugu",
  "Kannada",
  "Malayalam",
  "Gujarati",
  "Gurmukhi",
  "Khmer",
  "Lao",
  "Sinhala",
] as const;
const SCRIPT_PATTERNS = SCRIPTS.map((s) => [s, new RegExp(`\\p{Script=${s}}`, "u")] as const);

function scriptsOf(label: string): Set<string> {
  const found = new Set<string>();
  for (const char of label) {
    for (const [script, pattern] of SCRIPT_PATTERNS) {
      if (pattern.test(char)) {
        found.add(script);
        break;
      }
    }
  }
  return found;
}

function mixesScripts(label: string): boolean {
  const scripts = scriptsOf(label);
  if (scripts.size <= 1) return false;
  return !COMPATIBLE_SCRIPTS.some((group) => [...scripts].every((s) => group.has(s)));
}

/** Normalises and validates an account domain identifier (a host name with a registrable domain). */
export function parseIdentifier(raw: string): IdentifierResult {
  const trimmed = raw.trim().toLowerCase().replace(/\.$/, "");
  if (!trimmed) return { ok: false, message: "Enter a domain, such as example.com." };
  if (/[\s@/:?#\\]/.test(trimmed)) {
    return {
      ok: false,
      message: "Enter a domain only, such as example.com — no spaces, @, / or :.",
    };
  }
  const ascii = domainToASCII(trimmed);
  if (!ascii) return { ok: false, message: "This is not a valid domain." };
  const labels = ascii.split(".");
  if (labels.length < 2 || ascii.length > 253 || !labels.every((l) => LABEL.test(l))) {
    return { ok: false, message: "This is not a valid domain." };
  }
  for (const label of domainToUnicode(ascii).split(".")) {
    if (mixesScripts(label)) {
      return {
        ok: false,
        message: `"${label}" mixes letters of different scripts, which is how look-alike domains are made.`,
      };
    }
  }
  const parsed = parse(ascii);
  if (
    parsed.isIp ||
    !parsed.domain ||
    !parsed.publicSuffix ||
    parsed.domain === parsed.publicSuffix
  ) {
    return { ok: false, message: "This domain has no registrable part (it is a public suffix)." };
  }
  return { ok: true, value: { identifier: ascii, topLevelDomain: parsed.domain } };
}

/** The full host of an email address in the identifier's form: the default identifier. */
export function emailHost(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}

export function isConsumerDomain(identifier: string, topLevelDomain: string): boolean {
  return CONSUMER_DOMAINS.has(identifier) || CONSUMER_DOMAINS.has(topLevelDomain);
}

export type ReviewReason =
  "NOT_APPROVER_HOST" | "CONSUMER_DOMAIN" | "NON_LATIN_SCRIPT" | "CONFUSABLE_WITH_EXISTING";

/** Whether any label of the identifier has letters of a script other than Latin. */
export function hasNonLatinLabel(identifier: string): boolean {
  return /(?!\p{Script=Latin})\p{L}/u.test(domainToUnicode(identifier) || identifier);
}

export const SKELETON_MAX = 512;

// UTS #39 maps CYRILLIC SMALL LETTER PALOCHKA to "i" (by way of a dotless i), but the fonts of
// address bars and mail clients draw it as a bare stroke, the way they draw "l": "аррӏе" passes
// for "apple". The Unicode data is kept; this one mapping is added on top of it.
const EXTRA_CONFUSABLES: Readonly<Record<string, string>> = { "\u04CF": "l" };

/**
 * The identifier's skeleton in the sense of Unicode UTS #39 (NFD, confusable mapping, NFD), on the
 * Unicode form of the identifier and folded to lower case, because domains ignore case: two
 * identifiers that look alike have the same skeleton ("аррӏе.com" and "apple.com").
 */
export function identifierSkeleton(identifier: string): string {
  const unicode = (domainToUnicode(identifier) || identifier).toLowerCase().normalize("NFD");
  const extra = [...unicode].map((char) => EXTRA_CONFUSABLES[char] ?? char).join("");
  return unhomoglyph(extra).normalize("NFD").toLowerCase().slice(0, SKELETON_MAX);
}

/**
 * An identifier needs a domain approver's review when it is not the approver's own email host,
 * and always when it is a consumer mail domain, has a label in a script other than Latin, or looks
 * like the identifier of an existing account (`confusableWithExisting`, which takes a look-up).
 */
export function reviewReasons(
  identifier: Identifier,
  approverEmail: string | null,
  confusableWithExisting = false,
): ReviewReason[] {
  const reasons: ReviewReason[] = [];
  if (!approverEmail || identifier.identifier !== emailHost(approverEmail)) {
    reasons.push("NOT_APPROVER_HOST");
  }
  if (isConsumerDomain(identifier.identifier, identifier.topLevelDomain))
    reasons.push("CONSUMER_DOMAIN");
  if (hasNonLatinLabel(identifier.identifier)) reasons.push("NON_LATIN_SCRIPT");
  if (confusableWithExisting) reasons.push("CONFUSABLE_WITH_EXISTING");
  return reasons;
}

/** A phone number in international form, normalised to E.164, or null when it is not one. */
export function parsePhone(raw: string): string | null {
  const trimmed = raw.trim();
  if (!isValidPhoneNumber(trimmed)) return null;
  return parsePhoneNumberWithError(trimmed).number;
}
