import { useViewerQuery } from "@/features/auth/hooks/use-viewer-query";
import { PageSkeleton } from "@/components/ui/PageSkeleton";
import { ConsoleLayout } from "./ConsoleLayout";
import { PublicLayout } from "./PublicLayout";

/**
 * For pages that work signed in or out (the development mailbox: people read the
 * verification email before they can sign in): the console frame when there is a session,
 * the public frame when not.
 */
export function SessionAwareLayout() {
  const { data, loading } = useViewerQuery();

  if (data) return <ConsoleLayout viewer={data.me} />;
  if (loading) {
    return (
      <ConsoleLayout viewer={null}>
        <PageSkeleton label="Loading your session" />
      </ConsoleLayout>
    );
  }
  return <PublicLayout />;
}
