export type TextSegment = { kind: "text"; text: string } | { kind: "link"; text: string; url: URL };

const urlPattern = /https?:\/\/[^\s<>"'`]+/g;
// Punctuation that ends a sentence around a URL rather than belonging to it.
const trailingPunctuation = /[.,;:!?)\]}]+$/;

/** Splits plain text into runs of text and the http(s) URLs inside it. */
export function linkify(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const match of text.matchAll(urlPattern)) {
    const raw = match[0].replace(trailingPunctuation, "");
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    const start = match.index;
    if (start > cursor) segments.push({ kind: "text", text: text.slice(cursor, start) });
    segments.push({ kind: "link", text: raw, url });
    cursor = start + raw.length;
  }
  if (cursor < text.length) segments.push({ kind: "text", text: text.slice(cursor) });
  return segments;
}
