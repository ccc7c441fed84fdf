import { PageHeader } from "@/components/ui/PageHeader";

/** The title of "Request for my company", over its steps and its completion alike. */
export function CompanyRequestHeader() {
  return (
    <PageHeader
      title="Request for my company"
      description="Smart Account Request: authorize a new Smart Account for your company, or name the person who will."
      breadcrumbs={[
        { label: "Smart Account Manager", to: "/directory" },
        { label: "Directory", to: "/directory" },
        { label: "Request for my company" },
      ]}
    />
  );
}
