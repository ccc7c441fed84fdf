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

const AFTER_VERIFICATION_KEY = "sam.nextAfterVerification";

/**
 * Where a person who registered from a link (a nomination, an approval request) meant to go.
 * The verification link opens in a new tab without it, so it waits in this browser's storage.
 */
export function rememberNextAfterVerification(next: string | null): void {
  try {
    if (next && safeNextPath(next, "") !== "") {
      window.localStorage.setItem(AFTER_VERIFICATION_KEY, next);
    } else {
      window.localStorage.removeItem(AFTER_VERIFICATION_KEY);
    }
  } catch {
    // Storage may be off (private mode): the person lands on the directory instead.
  }
}

export function nextAfterVerification(): string | null {
  try {
    const stored = window.localStorage.getItem(AFTER_VERIFICATION_KEY);
    return stored && safeNextPath(stored, "") !== "" ? stored : null;
  } catch {
    return null;
  }
}
