import { useRouteError } from "react-router";
import { ErrorState } from "@/components/ui/ErrorState";

/** The last line of defence: a page that crashed while rendering. */
export function RouteError() {
  const error = useRouteError();
  return (
    <ErrorState
      title="Something went wrong"
      message={
        error instanceof Error
          ? `This page failed: ${error.message}`
          : "This page failed to load. Reload to try again."
      }
      onRetry={() => window.location.reload()}
    />
  );
}
