export type EmailContent = { subject: string; text: string; html: string };

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * A paragraph of ours, a button with its link, or a quotation: text someone typed (a message, a
 * note, a reason), set apart and defused so that no mail client turns it into a link.
 */
export type Block = { paragraph: string } | { action: string; url: string } | { quote: string };

/**
 * Text a caller typed, made unlinkable the way security teams "defang" addresses: the scheme's
 * `://` becomes `[:]//` and the dots of anything that looks like a host become `[.]`, so neither a
 * mail client's link detection in the text body nor in the HTML finds a web address to link.
 */
export function defuse(text: string): string {
  return text
    .replace(/([a-z][a-z0-9+.-]*):\/\//gi, "$1[:]//")
    .replace(/([\p{L}\p{N}-])\.(?=[\p{L}\p{N}-]{2,})(?=[\p{N}-]*\p{L})/gu, "$1[.]");
}

/** Someone's own words as a quotation block. */
export function quote(text: string): Block {
  return { quote: text };
}

function textOf(b: Block): string[] {
  if ("paragraph" in b) return [b.paragraph, ""];
  if ("action" in b) return [`${b.action}: ${b.url}`, ""];
  return [
    ...defuse(b.quote)
      .split(/\r?\n/)
      .map((line) => `> ${line}`.trimEnd()),
    "",
  ];
}

function htmlOf(b: Block): string {
  if ("paragraph" in b) return `<p>${escapeHtml(b.paragraph)}</p>`;
  if ("action" in b) {
    return `<p><a href="${escapeHtml(b.url)}" style="background:#0d6ebd;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">${escapeHtml(b.action)}</a></p><p style="font-size:12px;color:#566">${escapeHtml(b.url)}</p>`;
  }
  const lines = defuse(b.quote).split(/\r?\n/).map(escapeHtml).join("<br>");
  return `<blockquote style="margin:0 0 16px;padding:4px 12px;border-left:3px solid #9aa5b1;color:#3d4852">${lines}</blockquote>`;
}

/** Every email is built from the same blocks, so the text and HTML bodies always say the same. */
export function composeEmail(subject: string, greeting: string, blocks: Block[]): EmailContent {
  const text = [greeting, "", ...blocks.flatMap(textOf), "— Smart Account Manager"].join("\n");
  const html = [
    `<!doctype html><html><body style="font-family:Arial,sans-serif;color:#1d2733">`,
    `<p>${escapeHtml(greeting)}</p>`,
    ...blocks.map(htmlOf),
    `<p>— Smart Account Manager</p></body></html>`,
  ].join("");
  return { subject, text, html };
}

// The user emails greet without the name: a name is text anyone may type for any address, and a
// mail client turns what looks like a web address in it into a link.
const GREETING = "Hello,";

export const userEmails = {
  verifyEmail(url: string): EmailContent {
    return composeEmail("Verify your email address", GREETING, [
      { paragraph: "Confirm that this is your email address to finish registering." },
      { action: "Verify email", url },
      {
        paragraph:
          "The link works once and expires in 48 hours. If you did not register, ignore this email.",
      },
    ]);
  },
  passwordReset(url: string): EmailContent {
    return composeEmail("Reset your password", GREETING, [
      { paragraph: "Someone asked to reset the password of your account. If it was you:" },
      { action: "Choose a new password", url },
      {
        paragraph:
          "The link works once and expires in 1 hour; only the newest link you were sent works. If it was not you, ignore this email.",
      },
    ]);
  },
  passwordChanged(url: string, revokedTokens: number): EmailContent {
    const tokens =
      revokedTokens === 0
        ? "You had no API tokens to revoke."
        : revokedTokens === 1
          ? "Your 1 API token was revoked; create a new one for your integrations."
          : `Your ${revokedTokens} API tokens were revoked; create new ones for your integrations.`;
    return composeEmail("Your password was changed", GREETING, [
      { paragraph: "Your password was just changed and every session was signed out." },
      { paragraph: tokens },
      { paragraph: "If this was not you, reset your password now." },
      { action: "Sign in", url },
    ]);
  },
  /** To the owner of an address someone tried to register again. */
  registrationAttempted(signInUrl: string, resetUrl: string | null): EmailContent {
    return composeEmail("Someone tried to register with your address", GREETING, [
      {
        paragraph:
          "Someone just tried to register with this email address, which already has an account. Nothing was changed.",
      },
      ...(resetUrl
        ? [
            {
              paragraph:
                "The account was never verified. If you registered it, or want to take it over, choose a password:",
            },
            { action: "Choose a password", url: resetUrl },
            { paragraph: "The link works once and expires in 1 hour." },
          ]
        : [
            {
              paragraph:
                "If it was you, sign in instead, or reset your password from the sign-in page.",
            },
            { action: "Sign in", url: signInUrl },
          ]),
      { paragraph: "If it was not you, ignore this email." },
    ]);
  },
};
