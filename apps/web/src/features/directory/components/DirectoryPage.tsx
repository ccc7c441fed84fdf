import { Stack } from "@mantine/core";
import { useState } from "react";
import { useSearchParams } from "react-router";
import {
  RequestAccessDialog,
  type AccountToRequest,
} from "@/components/access/RequestAccessDialog";
import { PageHeader } from "@/components/ui/PageHeader";
import { CreateSmartAccountMenu } from "./CreateSmartAccountMenu";
import { DirectoryTable } from "./DirectoryTable";
import { SearchResults } from "./SearchResults";
import { YourRequestsPanel } from "./YourRequestsPanel";

export function DirectoryPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.get("search")?.trim() ?? "";
  const [requesting, setRequesting] = useState<AccountToRequest | null>(null);

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
            onRequestAccess={setRequesting}
            onClear={() => setSearchParams({})}
          />
        ) : null}
        <DirectoryTable onRequestAccess={setRequesting} />
        <YourRequestsPanel />
      </Stack>
      <RequestAccessDialog account={requesting} onClose={() => setRequesting(null)} />
    </>
  );
}
