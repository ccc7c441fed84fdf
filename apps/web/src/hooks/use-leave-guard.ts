import { useCallback, useContext, useEffect, useRef, useState } from "react";
import { UNSAFE_NavigationContext, parsePath, type To } from "react-router";

type HeldNavigation = { go: () => void };

/**
 * Asks before the person leaves a page where leaving would lose their work.
 *
 * Why this and not react-router's `useBlocker`: that needs a data router
 * (`createBrowserRouter`), whose loaders and actions the console does not use and which would
 * add to the first page everyone downloads. Every in-app navigation of the declarative router —
 * links, menus, breadcrumbs, the top bar's search, `navigate()` — ends in one call, the
 * navigator's `push`; while `when` holds, this wraps that call and holds back a push that leaves
 * the page (`stays` says which paths are still the page) until the person answers. It is a few
 * lines, costs the first page nothing and lives only in the page that uses it.
 *
 * Not held back, on purpose:
 * - `replace` navigations: redirects the app makes (signing out, an expired session), not the
 *   person's choice;
 * - browser Back and Forward: the caller keeps its work where Back cannot lose it (a draft in
 *   session storage that Forward brings back);
 * - closing or reloading the tab: the browser asks itself, through `beforeunload`, which cannot
 *   tell a reload (that would keep a session-storage draft) from a close (that loses it), so it
 *   asks for both.
 */
export function useLeaveGuard(when: boolean, stays: (pathname: string) => boolean) {
  const { navigator } = useContext(UNSAFE_NavigationContext);
  const [held, setHeld] = useState<HeldNavigation | null>(null);
  // Read when a navigation happens, so `release()` takes effect before the next render.
  const active = useRef(when);
  const staysRef = useRef(stays);
  useEffect(() => {
    active.current = when;
    staysRef.current = stays;
  });

  useEffect(() => {
    if (!when) return;
    const push = navigator.push;
    navigator.push = (to: To, state?: unknown, options?: Parameters<typeof push>[2]) => {
      const pathname = (typeof to === "string" ? parsePath(to) : to).pathname;
      if (!active.current || pathname === undefined || staysRef.current(pathname)) {
        push(to, state, options);
        return;
      }
      setHeld({ go: () => push(to, state, options) });
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!active.current) return;
      event.preventDefault();
      // Older browsers ask only when a value is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      navigator.push = push;
      window.removeEventListener("beforeunload", onBeforeUnload);
    };
  }, [navigator, when]);

  /** Lets the next navigations through: the work was saved or thrown away on purpose. */
  const release = useCallback(() => {
    active.current = false;
  }, []);

  return {
    /** A navigation waits for the person's answer. */
    asking: held !== null,
    /** Goes where the person asked to go. */
    leave: () => {
      release();
      setHeld(null);
      held?.go();
    },
    /** Stays on the page. */
    stay: () => setHeld(null),
    release,
  };
}
