import { ComingSoon } from "@/components/ui/ComingSoon";
import { PageHeader } from "@/components/ui/PageHeader";

export function RequestsPage() {
  return (
    <>
      <PageHeader
        title="Requests"
        breadcrumbs={[{ label: "Smart Account Manager", to: "/directory" }, { label: "Requests" }]}
      />
      <ComingSoon description="Follow the Smart Account requests you made: cancel them or resend the approval email." />
    </>
  );
}
