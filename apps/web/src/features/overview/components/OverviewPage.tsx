import { useQuery } from "@apollo/client/react";
import { Button, Group, Loader, SimpleGrid } from "@mantine/core";
import { Link } from "react-router";
import { ChartCard, statusRows } from "@/components/ui/ChartCard";
import { ErrorState } from "@/components/ui/ErrorState";
import { describeError } from "@/lib/graphql-errors";
import { NotForYou } from "@/components/ui/NotForYou";
import { PageHeader } from "@/components/ui/PageHeader";
import { useViewer } from "@/hooks/viewer-context";
import { systemOverviewQuery } from "../api/overview";

function Header() {
  return (
    <PageHeader
      title="Overview"
      description="Where every Smart Account stands, what waits for a domain approver, and what lapses soon."
      breadcrumbs={[{ label: "Smart Account Manager", to: "/directory" }, { label: "Overview" }]}
    />
  );
}

/** The operator's overview (staff only: the server refuses the figures to anyone else). */
export function OverviewPage() {
  const viewer = useViewer();
  if (!viewer.isStaff) {
    return (
      <>
        <Header />
        <NotForYou
          title="For operator staff only"
          description="The overview counts every Smart Account in the system, so only operator staff see it. Your own requests are on the Requests page."
        >
          <Group justify="center">
            <Button component={Link} to="/requests" variant="default">
              Your requests
            </Button>
          </Group>
        </NotForYou>
      </>
    );
  }
  return (
    <>
      <Header />
      <SystemCharts />
    </>
  );
}

function SystemCharts() {
  const { data, loading, error, refetch } = useQuery(systemOverviewQuery, {
    fetchPolicy: "cache-and-network",
  });
  if (error && !data)
    return (
      <ErrorState
        title="Could not load the overview"
        message={describeError(error)}
        onRetry={() => void refetch()}
      />
    );
  if (loading && !data) return <Loader aria-label="Loading the overview" />;
  if (!data) return null;
  const overview = data.systemOverview;
  return (
    <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="lg">
      <ChartCard
        title="Accounts by status"
        description="Every Smart Account, by where it stands."
        labelHeader="Status"
        rows={statusRows(overview.accountsByStatus)}
      />
      <ChartCard
        title="Domain reviews by age"
        description="Identifiers waiting for a domain approver, by how long they have waited."
        labelHeader="Waiting for"
        rows={overview.domainReviewsByAge}
        color="orange.7"
      />
      <ChartCard
        title="Lapsing in the next 30 days"
        description="Pending and declined requests that lapse soon, by when."
        labelHeader="Lapses"
        rows={overview.lapsingSoon}
        color="red.7"
      />
    </SimpleGrid>
  );
}
