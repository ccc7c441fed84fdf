import { Button, Code, Table, Text, VisuallyHidden } from "@mantine/core";
import type { ApiTokenFieldsFragment } from "@sam/graphql-types";
import { formatDate, formatDateTime } from "@/lib/format";
import { ApiTokenStatus } from "./ApiTokenStatus";
import { TableScroll } from "@/components/ui/TableScroll";

const scopeLabels = { FULL: "Full access", READ_ONLY: "Read only" } as const;
const revokedReasonLabels = {
  REVOKED_BY_USER: "Revoked by you",
  PASSWORD_RESET: "Revoked by a password reset",
} as const;

type ApiTokensTableProps = {
  tokens: readonly ApiTokenFieldsFragment[];
  onRevoke: (token: ApiTokenFieldsFragment) => void;
};

export function ApiTokensTable({ tokens, onRevoke }: ApiTokensTableProps) {
  return (
    <TableScroll minWidth={900} label="Your API tokens, newest first">
      <Table stickyHeader striped highlightOnHover verticalSpacing="xs" fz="sm">
        <Table.Caption>Your API tokens, newest first</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Scope</Table.Th>
            <Table.Th scope="col">Prefix</Table.Th>
            <Table.Th scope="col">Created</Table.Th>
            <Table.Th scope="col">Expires</Table.Th>
            <Table.Th scope="col">Last used</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => (
            <Table.Tr key={token.id}>
              <Table.Th scope="row" fw={500}>
                {token.name}
              </Table.Th>
              <Table.Td>{scopeLabels[token.scope]}</Table.Td>
              <Table.Td>
                <Code>{token.prefix}…</Code>
              </Table.Td>
              <Table.Td>{formatDateTime(token.createdAt)}</Table.Td>
              <Table.Td>{token.expiresAt ? formatDate(token.expiresAt) : "Never"}</Table.Td>
              <Table.Td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : "Never"}</Table.Td>
              <Table.Td>
                <ApiTokenStatus token={token} />
                {token.revokedAt ? ` ${formatDateTime(token.revokedAt)}` : null}
                {token.revokedReason ? (
                  <Text fz="xs" c="dimmed">
                    {revokedReasonLabels[token.revokedReason]}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td ta="right">
                {token.revokedAt ? null : (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    aria-label={`Revoke ${token.name}`}
                    onClick={() => onRevoke(token)}
                  >
                    Revoke
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
