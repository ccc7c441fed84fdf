import { Loader } from "@mantine/core";
import { lazy, Suspense } from "react";
import { withAllStyles } from "@/lib/all-styles";
import { useViewer } from "@/hooks/viewer-context";

// The chart library is fetched only when a partner opens the page that shows it.
const CustomerRequestsChart = lazy(
  withAllStyles(() =>
    import("./CustomerRequestsChart").then((module) => ({
      default: module.CustomerRequestsChart,
    })),
  ),
);

/** On the Requests page, for partners only: their customers' requests by status, as a chart. */
export function PartnerRequestsOverview() {
  const viewer = useViewer();
  if (viewer.organisationType !== "PARTNER") return null;
  return (
    <Suspense fallback={<Loader aria-label="Loading your customers' requests" />}>
      <CustomerRequestsChart />
    </Suspense>
  );
}
