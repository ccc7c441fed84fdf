import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Mounts its children once their place comes within a screen of the viewport, and keeps them:
 * a section far down a page (with its code and its form's validation) costs nothing to those
 * who never scroll to it. It mounts before it can be seen, so nothing on screen moves. Where the
 * browser cannot tell (no IntersectionObserver), it mounts at once.
 */
export function MountWhenNear({ children }: { children: ReactNode }) {
  const place = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === "undefined");

  useEffect(() => {
    const element = place.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: "100% 0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);

  return near ? children : <div ref={place} />;
}
