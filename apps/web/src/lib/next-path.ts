/**
 * The in-app path to return to after signing in, or the fallback. Only paths on this origin
 * are accepted so a crafted `?next=` link cannot send someone to another site.
 */
export function safeNextPath(next: string | null, fallback = "/directory"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) {
    return fallback;
  }
  return next;
}
