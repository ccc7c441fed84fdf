import { Button } from "@mantine/core";
import { Link } from "react-router";
import { ComingSoon } from "@/components/ui/ComingSoon";
import { PageHeader } from "@/components/ui/PageHeader";

type RequestAccountPageProps = {
  /** Who the account is requested for, as the Create Smart Account menu names it. */
  audience: "customer" | "company";
};

const copy = {
  customer: {
    title: "Request for a customer",
    description:
      "The wizard where a partner requests a Smart Account for a customer: account name, Account Domain Identifier, customer emails and users to add.",
  },
  company: {
    title: "Request for my company",
    description:
      "The wizard where you request a Smart Account for your own company, and either authorize it yourself or name who will.",
  },
} as const;

export function RequestAccountPage({ audience }: RequestAccountPageProps) {
  const { title, description } = copy[audience];
  return (
    <>
      <PageHeader
        title={title}
        breadcrumbs={[
          { label: "Smart Account Manager", to: "/directory" },
          { label: "Directory", to: "/directory" },
          { label: title },
        ]}
      />
      <ComingSoon description={description}>
        <Button component={Link} to="/directory" variant="default">
          Back to the directory
        </Button>
      </ComingSoon>
    </>
  );
}
