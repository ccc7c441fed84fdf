import { Stack, Text } from "@mantine/core";
import { useSearchParams } from "react-router";
import { ComingSoon } from "@/components/ui/ComingSoon";
import { PageHeader } from "@/components/ui/PageHeader";
import { CreateSmartAccountMenu } from "./CreateSmartAccountMenu";
import { YourRequestsPanel } from "./YourRequestsPanel";

export function DirectoryPage() {
  const [searchParams] = useSearchParams();
  const search = searchParams.get("search");

  return (
    <>
      <PageHeader
        title="Directory"
        description="Your Smart and Virtual Account access"
        breadcrumbs={[{ label: "Smart Account Manager", to: "/directory" }, { label: "Directory" }]}
        actions={<CreateSmartAccountMenu />}
      />
      <Stack gap="lg">
        <YourRequestsPanel />
        <ComingSoon description="The accounts you can reach, with their virtual accounts, status and your roles, and a search across all Smart Accounts.">
          {search ? (
            <Text fz="sm" c="dimmed">
              Your search for “{search}” will run here.
            </Text>
          ) : null}
        </ComingSoon>
      </Stack>
    </>
  );
}
