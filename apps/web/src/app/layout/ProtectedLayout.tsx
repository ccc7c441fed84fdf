import { useEffect } from "react";
import { Navigate, useLocation } from "react-router";
import { useViewerQuery } from "@/features/auth/hooks/use-viewer-query";
import { ErrorState } from "@/components/ui/ErrorState";
import { PageSkeleton } from "@/components/ui/PageSkeleton";
import { describeError, hasErrorCode } from "@/lib/graphql-errors";
import { ConsoleLayout } from "./ConsoleLayout";

/**
 * Everything behind sign-in: the console when `me` answers, the sign-in page when not. While
 * `me` loads, or when it cannot be read (server down, offline), the console's frame stands with
 * a skeleton or a banner in the page area, and its navigation works.
 */
export function ProtectedLayout() {
  const { data, error, refetch } = useViewerQuery();
  const location = useLocation();
  const failed = Boolean(error) && !data;

  // Following a link while the session could not be read tries again.
  useEffect(() => {
    if (failed) void refetch().catch(() => undefined);
    // Only on a move to another page, not when the failure itself arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [location.pathname]);

  // Checked before the data: a session that ends mid-use leaves the last `me` in place.
  if (hasErrorCode(error, "UNAUTHENTICATED")) {
    const next = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }

  if (data) return <ConsoleLayout viewer={data.me} />;

  if (error) {
    return (
      <ConsoleLayout viewer={null}>
        <ErrorState
          asPageTitle
          title="The console could not load"
          message={describeError(error)}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      </ConsoleLayout>
    );
  }

  return (
    <ConsoleLayout viewer={null}>
      <PageSkeleton label="Loading your session" />
    </ConsoleLayout>
  );
}
