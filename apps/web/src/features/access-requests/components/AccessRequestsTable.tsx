import { Badge, Button, Group, Table, Text, VisuallyHidden } from "@mantine/core";
import type { AccessRequestFieldsFragment, AccessRequestStatus } from "@sam/graphql-types";
import type { ReactNode } from "react";
import { SortableHeader } from "@/components/table/SortableHeader";
import { denseTable } from "@/components/table/dense";
import { TruncatedText } from "@/components/table/TruncatedText";
import type { Sort } from "@/components/table/use-sort-param";
import { formatDateTime } from "@/lib/format";
import { roleWords } from "@/lib/roles";
import { TableScroll } from "@/components/ui/TableScroll";

const statusAppearance: Record<AccessRequestStatus, { color: string; label: string }> = {
  PENDING: { color: "yellow", label: "Pending" },
  APPROVED: { color: "green", label: "Approved" },
  DECLINED: { color: "red", label: "Declined" },
  CANCELLED: { color: "gray", label: "Cancelled" },
};

export function AccessRequestStatusBadge({ request }: { request: AccessRequestFieldsFragment }) {
  const { color, label } = statusAppearance[request.status];
  return (
    <Badge color={color} variant="light" radius="sm">
      {request.autoApproved ? "Approved automatically" : label}
    </Badge>
  );
}

type Props = {
  caption: string;
  requests: readonly AccessRequestFieldsFragment[];
  showAccount?: boolean;
  virtualAccountName?: (id: string) => string;
  actions: (request: AccessRequestFieldsFragment) => ReactNode;
  /** The date sort of the Requested column; without it the list is pending first. */
  sort?: { value: Sort<"requested"> | null; onSort: (sort: Sort<"requested">) => void };
};

export function AccessRequestsTable({
  caption,
  requests,
  showAccount = false,
  virtualAccountName = () => "a virtual account",
  actions,
  sort,
}: Props) {
  return (
    <TableScroll minWidth={900} label={caption}>
      <Table stickyHeader striped verticalSpacing={4} fz="sm" className={denseTable}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Email</Table.Th>
            {showAccount ? <Table.Th scope="col">Smart Account</Table.Th> : null}
            <Table.Th scope="col">Asked</Table.Th>
            <Table.Th scope="col">Granted</Table.Th>
            <Table.Th scope="col">Reason</Table.Th>
            <Table.Th scope="col">Requested by</Table.Th>
            {sort ? (
              <SortableHeader
                label="Requested"
                column="requested"
                sort={sort.value}
                onSort={sort.onSort}
                firstDirection="desc"
              />
            ) : (
              <Table.Th scope="col">Requested</Table.Th>
            )}
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requests.map((request) => (
            <Table.Tr key={request.id}>
              <Table.Th scope="row" fw={500}>
                <TruncatedText text={request.email} maxWidth={220} />
              </Table.Th>
              {showAccount ? (
                <Table.Td>
                  <TruncatedText text={request.smartAccountName} maxWidth={200} />
                </Table.Td>
              ) : null}
              <Table.Td>{roleWords[request.askedRole]}</Table.Td>
              <Table.Td>
                <TruncatedText
                  maxWidth={200}
                  text={
                    request.grantedRole
                      ? `${roleWords[request.grantedRole]}${
                          request.grantedVirtualAccountIds.length
                            ? ` of ${request.grantedVirtualAccountIds.map(virtualAccountName).join(", ")}`
                            : ", whole account"
                        }`
                      : "—"
                  }
                />
              </Table.Td>
              <Table.Td>
                <TruncatedText text={request.reason} maxWidth={240} />
                {request.declineReason ? (
                  <Text fz="xs" c="red" component="div">
                    <TruncatedText text={`Declined: ${request.declineReason}`} maxWidth={240} />
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <TruncatedText text={request.requester.email} maxWidth={220} />
              </Table.Td>
              <Table.Td>{formatDateTime(request.createdAt)}</Table.Td>
              <Table.Td className={denseTable}>
                <AccessRequestStatusBadge request={request} />
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {actions(request)}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

export function LoadMore({ onClick, loading }: { onClick: () => void; loading: boolean }) {
  return (
    <Group justify="flex-end" p="md">
      <Button variant="default" loading={loading} onClick={onClick}>
        Load more
      </Button>
    </Group>
  );
}
