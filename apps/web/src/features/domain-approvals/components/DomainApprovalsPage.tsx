import { ComingSoon } from "@/components/ui/ComingSoon";
import { PageHeader } from "@/components/ui/PageHeader";

export function DomainApprovalsPage() {
  return (
    <>
      <PageHeader
        title="Domain Approvals"
        breadcrumbs={[
          { label: "Smart Account Manager", to: "/directory" },
          { label: "Domain Approvals" },
        ]}
      />
      <ComingSoon description="The Account Domain Identifiers waiting for review, to approve or reject." />
    </>
  );
}
