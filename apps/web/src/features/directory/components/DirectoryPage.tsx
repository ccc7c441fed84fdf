import { Stack } from "@mantine/core";
import { withAllStyles } from "@/lib/all-styles";
import { lazy, Suspense, useCallback, useState } from "react";
import { useSearchParams } from "react-router";
import type { AccountToRequest } from "@/components/access/RequestAccessDialog";
import { PageHeader } from "@/components/ui/PageHeader";
import { CreateSmartAccountMenu } from "@/components/actions/CreateSmartAccountMenu";
import { DirectoryTable } from "./DirectoryTable";
import { SearchResults } from "./SearchResults";
import { YourRequestsPanel } from "./YourRequestsPanel";

// The form and its validation load when someone first asks for access, not with the directory.
const RequestAccessDialog = lazy(
  withAllStyles(() =>
    import("@/components/access/RequestAccessDialog").then((module) => ({
      default: module.RequestAccessDialog,
    })),
  ),
);

export function DirectoryPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.get("search")?.trim() ?? "";
  const [requesting, setRequesting] = useState<AccountToRequest | null>(null);
  // Mounted from the first request on, so closing animates and gives focus back.
  const [dialogWanted, setDialogWanted] = useState(false);
  const [requestsShown, setRequestsShown] = useState(false);
  const showRequests = useCallback(() => setRequestsShown(true), []);
  const requestAccess = (account: AccountToRequest) => {
    setDialogWanted(true);
    setRequesting(account);
  };

  return (
    <>
      <PageHeader
        title="Directory"
        description="Your Smart and Virtual Account access"
        breadcrumbs={[{ label: "Smart Account Manager", to: "/directory" }, { label: "Directory" }]}
        actions={<CreateSmartAccountMenu />}
      />
      <Stack gap="lg">
        {search ? (
          <SearchResults
            query={search}
            onRequestAccess={requestAccess}
            onClear={() => setSearchParams({})}
          />
        ) : null}
        <DirectoryTable onRequestAccess={requestAccess} onFirstPageShown={showRequests} />
        {/* Under the table once its first page is drawn: drawn sooner, it would be pushed down. */}
        {requestsShown ? <YourRequestsPanel /> : null}
      </Stack>
      {dialogWanted ? (
        <Suspense fallback={null}>
          <RequestAccessDialog account={requesting} onClose={() => setRequesting(null)} />
        </Suspense>
      ) : null}
    </>
  );
}
