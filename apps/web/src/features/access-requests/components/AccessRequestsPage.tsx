import { ComingSoon } from "@/components/ui/ComingSoon";
import { PageHeader } from "@/components/ui/PageHeader";

export function AccessRequestsPage() {
  return (
    <>
      <PageHeader
        title="Access Requests"
        breadcrumbs={[
          { label: "Smart Account Manager", to: "/directory" },
          { label: "Access Requests" },
        ]}
      />
      <ComingSoon description="Access requests to the accounts you administer, to approve or decline, and the ones you made." />
    </>
  );
}
