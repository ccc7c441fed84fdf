import { Component, type ReactNode } from "react";
import { Outlet, useLocation } from "react-router";
import { ErrorState } from "@/components/ui/ErrorState";

type RouteErrorBoundaryProps = {
  /** Changing it (the path) clears the error: moving to another page tries again. */
  resetKey: string;
  children: ReactNode;
};

type RouteErrorBoundaryState = { error: unknown; resetKey: string };

/**
 * The last line of defence: a page that crashed while rendering, or whose code failed to
 * download (a release went out while the tab was open), is replaced by an explanation and a
 * way out, and the rest of the console keeps working.
 */
export class RouteErrorBoundary extends Component<
  RouteErrorBoundaryProps,
  RouteErrorBoundaryState
> {
  override state: RouteErrorBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<RouteErrorBoundaryState> {
    return { error: error ?? new Error("Unknown error") };
  }

  static getDerivedStateFromProps(
    props: RouteErrorBoundaryProps,
    state: RouteErrorBoundaryState,
  ): Partial<RouteErrorBoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
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
}

/** The current page under a boundary of its own, so the console around it stays usable. */
export function PageOutlet() {
  const { pathname } = useLocation();
  return (
    <RouteErrorBoundary resetKey={pathname}>
      <Outlet />
    </RouteErrorBoundary>
  );
}
