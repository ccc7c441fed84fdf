import { ComingSoon } from "@/components/ui/ComingSoon";
import { PageHeader } from "@/components/ui/PageHeader";

export function MyNominationsPage() {
  return (
    <>
      <PageHeader
        title="My Nominations"
        breadcrumbs={[
          { label: "Smart Account Manager", to: "/directory" },
          { label: "My Nominations" },
        ]}
      />
      <ComingSoon description="What others proposed you for (administrator, user, creator or approver), to accept or reject." />
    </>
  );
}
