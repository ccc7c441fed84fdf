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
