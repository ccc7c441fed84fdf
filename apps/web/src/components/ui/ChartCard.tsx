import "@mantine/charts/styles.layer.css";
import { BarChart } from "@mantine/charts";
import { Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useId } from "react";

export type ChartRow = { label: string; count: number };

type ChartCardProps = {
  title: string;
  description: string;
  /** The column header of the labels in the table ("Status", "Waiting for"). */
  labelHeader: string;
  rows: ChartRow[];
  color?: string;
};

/**
 * One bar chart with its numbers: the chart is a picture for the eye (hidden from assistive
 * technology), the table under it is the same data as text, for everyone.
 */
export function ChartCard({
  title,
  description,
  labelHeader,
  rows,
  color = "blue.6",
}: ChartCardProps) {
  const titleId = useId();
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return (
    <Paper withBorder radius="sm" p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <div>
          <Title order={2} fz="h4" id={titleId}>
            {title}
          </Title>
          <Text fz="sm" c="dimmed">
            {description}
          </Text>
        </div>
        <div aria-hidden="true" data-testid="chart">
          <BarChart
            h={220}
            data={rows}
            dataKey="label"
            series={[{ name: "count", label: "Count", color }]}
            tickLine="y"
            gridAxis="y"
            withTooltip={false}
            barProps={{ isAnimationActive: false }}
            // The table below is the accessible version: the picture takes no focus.
            barChartProps={{ accessibilityLayer: false, tabIndex: -1 }}
            yAxisProps={{ allowDecimals: false }}
          />
        </div>
        <Table fz="sm" verticalSpacing={4} withRowBorders>
          <Table.Caption style={{ captionSide: "top", textAlign: "start" }}>
            {title}: {total} in all
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{labelHeader}</Table.Th>
              <Table.Th scope="col" ta="end">
                Count
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.label}>
                <Table.Th scope="row" fw={400}>
                  {row.label}
                </Table.Th>
                <Table.Td ta="end">{row.count}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
/** The statuses in the words the console uses for them elsewhere. */
const statusWords: Record<string, string> = {
  PENDING_DOMAIN_APPROVAL: "Pending Domain Approval",
  PENDING_CUSTOMER_ACCEPTANCE: "Pending Customer Acceptance",
  PENDING_CUSTOMER_ADDRESS: "Pending Customer Address",
  ACTIVE: "Active",
  DECLINED_BY_CUSTOMER: "Declined by Customer",
  LAPSED: "Lapsed",
  CANCELLED: "Cancelled",
};

/** Status counts as chart rows, in the console's words. */
export const statusRows = (rows: { status: string; count: number }[]) =>
  rows.map((row) => ({ label: statusWords[row.status] ?? row.status, count: row.count }));
