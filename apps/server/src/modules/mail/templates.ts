export type EmailContent = { subject: string; text: string; html: string };

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

type Block = { paragraph: string } | { action: string; url: string };

/** Every email is built from the same blocks, so the text and HTML bodies always say the same. */
export function composeEmail(subject: string, greeting: string, blocks: Block[]): EmailContent {
  const text = [
    greeting,
    "",
    ...blocks.flatMap((b) =>
      "paragraph" in b ? [b.paragraph, ""] : [`${b.action}: ${b.url}`, ""],
    ),
    "— Smart Account Manager",
  ].join("\n");
  const html = [
    `<!doctype html><html><body style="font-family:Arial,sans-serif;color:#1d2733">`,
    `<p>${escapeHtml(greeting)}</p>`,
    ...blocks.map((b) =>
      "paragraph" in b
        ? `<p>${escapeHtml(b.paragraph)}</p>`
        : `<p><a href="${escapeHtml(b.url)}" style="background:#0d6ebd;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">${escapeHtml(b.action)}</a></p><p style="font-size:12px;color:#566">${escapeHtml(b.url)}</p>`,
    ),
    `<p>— Smart Account Manager</p></body></html>`,
  ].join("");
  return { subject, text, html };
}

export const userEmails = {
  verifyEmail(name: string, url: string): EmailContent {
    return composeEmail("Verify your email address", `Hello ${name},`, [
      { paragraph: "Confirm that this is your email address to finish registering." },
      { action: "Verify email", url },
      { paragraph: "The link works once and expires in 48 hours." },
    ]);
  },
  passwordReset(name: string, url: string): EmailContent {
    return composeEmail("Reset your password", `Hello ${name},`, [
      { paragraph: "Someone asked to reset the password of your account. If it was you:" },
      { action: "Choose a new password", url },
      {
        paragraph:
          "The link works once and expires in 1 hour. If it was not you, ignore this email.",
      },
    ]);
  },
  passwordChanged(name: string, url: string): EmailContent {
    return composeEmail("Your password was changed", `Hello ${name},`, [
      { paragraph: "Your password was just changed and every session was signed out." },
      { paragraph: "If this was not you, reset your password now." },
      { action: "Sign in", url },
    ]);
  },
};
