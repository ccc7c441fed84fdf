import { Paper, Table, Text, Title } from "@mantine/core";
import type { SmartAccountDetailQuery } from "@sam/graphql-types";
import { TableScroll } from "@/components/ui/TableScroll";
import { formatDateTime } from "@/lib/format";

type History = SmartAccountDetailQuery["smartAccount"]["history"];

const statusWords: Record<string, string> = {
  PENDING_DOMAIN_APPROVAL: "Pending Domain Approval",
  PENDING_CUSTOMER_ACCEPTANCE: "Pending Customer Acceptance",
  PENDING_CUSTOMER_ADDRESS: "Pending Customer Address",
  ACTIVE: "Active",
  DECLINED_BY_CUSTOMER: "Declined by Customer",
  LAPSED: "Lapsed",
  CANCELLED: "Cancelled",
};

/** Every event of the account, or why this person does not see them (`history` is null). */
export function HistorySection({ history }: { history: History }) {
  return (
    <Paper withBorder radius="sm" component="section" aria-labelledby="history-title">
      <Title order={2} fz="h4" p="md" pb={0} id="history-title">
        History
      </Title>
      {history ? (
        <HistoryTable events={history} />
      ) : (
        <Text fz="sm" c="dimmed" p="md">
          Only the account&apos;s administrators and approvers see its history.
        </Text>
      )}
    </Paper>
  );
}

function HistoryTable({ events }: { events: NonNullable<History> }) {
  return (
    <TableScroll minWidth={800} label="Every event of the account, oldest first">
      <Table stickyHeader striped verticalSpacing="xs" fz="sm">
        <Table.Caption>Every event of the account, oldest first</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">Event</Table.Th>
            <Table.Th scope="col">By</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Details</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td>{formatDateTime(event.createdAt)}</Table.Td>
              <Table.Td>{event.type.replace(/_/g, " ").toLowerCase()}</Table.Td>
              <Table.Td>{event.actorEmail ?? "System"}</Table.Td>
              <Table.Td>
                {event.statusAfter && event.statusAfter !== event.statusBefore
                  ? `${event.statusBefore ? `${statusWords[event.statusBefore]} → ` : ""}${statusWords[event.statusAfter]}`
                  : "—"}
              </Table.Td>
              <Table.Td>{event.detail ?? ""}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
