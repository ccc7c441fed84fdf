import { Suspense, useState, type ReactNode } from "react";

/**
 * Mounts its children (a lazily loaded dialog) from the first time `wanted` is true, and keeps
 * them mounted: the dialog's code and its form's validation load when someone first opens it,
 * not with the page, and closing it still animates and gives focus back.
 */
export function MountWhenWanted({ wanted, children }: { wanted: boolean; children: ReactNode }) {
  const [mounted, setMounted] = useState(wanted);
  // Adjusting state while rendering (React's documented pattern): no extra commit.
  if (wanted && !mounted) setMounted(true);
  return mounted ? <Suspense fallback={null}>{children}</Suspense> : null;
}
