import { Button } from "@mantine/core";
import { Link } from "react-router";
import { PageHeader } from "@/components/ui/PageHeader";

export function NotFoundPage() {
  return (
    <>
      <PageHeader
        title="Page not found"
        description="There is nothing at this address. It may have moved, or the link is mistyped."
        breadcrumbs={[{ label: "Smart Account Manager", to: "/directory" }, { label: "Not found" }]}
      />
      <Button component={Link} to="/directory">
        Go to the directory
      </Button>
    </>
  );
}
