// The server's input rules for addresses and names, so the console says the same at the field
// before anything is sent (the server's check is the final word).

// RFC 5322 atext, in dot-atom form: what mail servers take in a local part.
const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]";
const DOT_ATOM = new RegExp(`^${ATEXT}+(?:\\.${ATEXT}+)*$`);
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** The host in punycode, as a browser's URL parser writes it, or null when it is not a host. */
function asciiHost(host: string): string | null {
  if (!host || /[\s@/\\?#:[\]%]/.test(host) || host.endsWith(".")) return null;
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return null;
  }
}

/**
 * Whether a mail server would take the address: a dot-atom local part of at most 64 characters
 * and a host name with at least one dot (an internationalised one is fine), at most 254 in all.
 */
export function isDeliverableEmail(raw: string): boolean {
  const at = raw.lastIndexOf("@");
  if (at < 1) return false;
  const local = raw.slice(0, at);
  if (local.length > 64 || !DOT_ATOM.test(local)) return false;
  const ascii = asciiHost(raw.slice(at + 1).toLowerCase());
  if (!ascii) return false;
  const labels = ascii.split(".");
  if (labels.length < 2 || !labels.every((label) => DNS_LABEL.test(label))) return false;
  if (/^\d+$/.test(labels[labels.length - 1])) return false;
  return local.length + 1 + ascii.length <= 254;
}

const LINK_PATTERNS = [
  /[a-z][a-z0-9+.-]*:\/\//i,
  /\b(?:https?|mailto|javascript|vbscript|data|file|ftp|tel|sms|callto)\s*:(?=\S)/i,
  /(?:^|\s)\/\/\S/,
  /\bwww\d{0,3}\./i,
];

/** Whether a name carries a web address ("https://…", "www.…", "mailto:…"); a dot alone is fine. */
export function containsLink(value: string): boolean {
  const folded = value.normalize("NFKC");
  return LINK_PATTERNS.some((pattern) => pattern.test(folded));
}

export const NO_LINK_MESSAGE =
  "A name cannot contain a web address or link (http:, www. and the like)";
export const EMAIL_MESSAGE = "Enter a valid email address";
