import { Navigate, useLocation } from "react-router";
import { useViewerQuery } from "@/features/auth/hooks/use-viewer-query";
import { ErrorState } from "@/components/ui/ErrorState";
import { FullPageLoader } from "@/components/ui/FullPageLoader";
import { describeError, hasErrorCode } from "@/lib/graphql-errors";
import { ConsoleLayout } from "./ConsoleLayout";

/** Everything behind sign-in: the console when `me` answers, the sign-in page when not. */
export function ProtectedLayout() {
  const { data, error, refetch } = useViewerQuery();
  const location = useLocation();

  // Checked before the data: a session that ends mid-use leaves the last `me` in place.
  if (hasErrorCode(error, "UNAUTHENTICATED")) {
    const next = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }

  if (data) return <ConsoleLayout viewer={data.me} />;

  if (error) {
    return (
      <ErrorState
        title="The console could not load"
        message={describeError(error)}
        onRetry={() => void refetch()}
      />
    );
  }

  return <FullPageLoader label="Loading your session" />;
}
