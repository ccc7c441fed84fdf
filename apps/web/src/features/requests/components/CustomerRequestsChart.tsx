import { useQuery } from "@apollo/client/react";
import { Loader } from "@mantine/core";
import { ChartCard, statusRows } from "@/components/ui/ChartCard";
import { ErrorState } from "@/components/ui/ErrorState";
import { describeError } from "@/lib/graphql-errors";
import { customerRequestsByStatusQuery } from "../api/customer-requests";

/** A partner's requests for customers, by status (the server counts only the partner's own). */
export function CustomerRequestsChart() {
  const { data, loading, error, refetch } = useQuery(customerRequestsByStatusQuery, {
    fetchPolicy: "cache-and-network",
  });
  if (error && !data)
    return (
      <ErrorState
        title="Could not load your customers' requests"
        message={describeError(error)}
        onRetry={() => void refetch()}
      />
    );
  if (loading && !data) return <Loader aria-label="Loading your customers' requests" />;
  if (!data) return null;
  return (
    <ChartCard
      title="Your customers' requests by status"
      description="The Smart Accounts you requested for customers, by where they stand."
      labelHeader="Status"
      rows={statusRows(data.customerRequestsByStatus).filter((row) => row.count > 0)}
    />
  );
}
