// Zero-width characters look like nothing, so text made only of them is as empty as spaces.
const EDGE_BLANKS = /^[\s\u200B-\u200D\u2060]+|[\s\u200B-\u200D\u2060]+$/g;

/** Trims whitespace, including the invisible kinds, from both ends. */
export function trimText(value: string): string {
  return value.replace(EDGE_BLANKS, "");
}

// Any "scheme://", the schemes a mail client or browser follows without slashes ("mailto:x",
// "javascript:..."), a protocol-relative "//host", and "www.": what turns a name into a link.
const LINK_PATTERNS = [
  /[a-z][a-z0-9+.-]*:\/\//i,
  /\b(?:https?|mailto|javascript|vbscript|data|file|ftp|tel|sms|callto)\s*:(?=\S)/i,
  /(?:^|\s)\/\/\S/,
  /\bwww\d{0,3}\./i,
];

/**
 * Whether text carries a web address or link, once look-alike forms (full-width letters and the
 * like) are folded: a name must never become a link in an email. A dot alone is fine
 * ("Booking.com B.V.").
 */
export function containsLink(value: string): boolean {
  const folded = value.normalize("NFKC");
  return LINK_PATTERNS.some((pattern) => pattern.test(folded));
}
