import { useEffect } from "react";
import { useLocation } from "react-router";

/**
 * The browser history entries of a wizard whose request was sent. Once the completion page
 * shows, Back would otherwise land on the entry of a step, now with an empty draft: the
 * wizard sends such an entry to the directory instead. A wizard opened anew (a link, the menu,
 * an address typed) is a new entry, and starts as usual.
 */
type WizardKind = "company" | "customer";

const visitedKey = (kind: WizardKind) => `sam.request-entries.${kind}`;
const sentKey = (kind: WizardKind) => `sam.request-sent.${kind}`;
// React Router's key for the first entry of a tab; never noted, since a later page loaded in the
// same tab has it too.
const FIRST_ENTRY = "default";

function read(key: string): string[] {
  try {
    const value: unknown = JSON.parse(window.sessionStorage.getItem(key) ?? "[]");
    return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
  } catch {
    return [];
  }
}

function write(key: string, entries: string[]) {
  try {
    window.sessionStorage.setItem(key, JSON.stringify(entries));
  } catch {
    // Storage full or refused: Back after sending shows an empty wizard, as before.
  }
}

/** Notes each entry the wizard is shown in; `retire` marks them all as sent. */
export function useWizardEntries(kind: WizardKind): { retire(): void } {
  const { key } = useLocation();
  useEffect(() => {
    if (key === FIRST_ENTRY) return;
    const visited = read(visitedKey(kind));
    if (!visited.includes(key)) write(visitedKey(kind), [...visited, key].slice(-50));
  }, [kind, key]);
  return {
    retire() {
      write(sentKey(kind), [...read(sentKey(kind)), ...read(visitedKey(kind))].slice(-200));
      window.sessionStorage.removeItem(visitedKey(kind));
    },
  };
}

/** Whether the entry shown now is one of a request already sent (reached by Back or Forward). */
export function useSentEntry(kind: WizardKind): boolean {
  const { key } = useLocation();
  return key !== FIRST_ENTRY && read(sentKey(kind)).includes(key);
}
