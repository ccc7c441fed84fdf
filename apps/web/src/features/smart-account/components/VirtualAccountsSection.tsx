import { Badge, Button, Group, Paper, Table, Text, Title } from "@mantine/core";
import type { SmartAccountDetailQuery } from "@sam/graphql-types";
import { lazy, useState } from "react";
import { formatDate } from "@/lib/format";
import { virtualAccountTree } from "@/lib/virtual-account-tree";
import { TableScroll } from "@/components/ui/TableScroll";
import { MountWhenWanted } from "@/components/ui/MountWhenWanted";
import { withAllStyles } from "@/lib/all-styles";

// The dialogs, with their form and validation, load when first opened.
const VirtualAccountDialog = lazy(
  withAllStyles(() =>
    import("./VirtualAccountDialogs").then((m) => ({ default: m.VirtualAccountDialog })),
  ),
);
const DeleteVirtualAccountDialog = lazy(
  withAllStyles(() =>
    import("./VirtualAccountDialogs").then((m) => ({ default: m.DeleteVirtualAccountDialog })),
  ),
);

type Account = SmartAccountDetailQuery["smartAccount"];
type VirtualAccount = NonNullable<Account["virtualAccounts"]>[number];

type Props = {
  account: Pick<Account, "id" | "name">;
  /** Those the server lets this person read: all of them, or only those they hold roles in. */
  virtualAccounts: readonly VirtualAccount[];
  onlyTheirs: boolean;
  canManage: boolean;
  onChanged: () => void;
};

/** The account's virtual accounts as a tree; administrators add, edit and delete them. */
export function VirtualAccountsSection({
  account,
  virtualAccounts,
  onlyTheirs,
  canManage,
  onChanged,
}: Props) {
  const [editing, setEditing] = useState<VirtualAccount | "new" | null>(null);
  const [deleting, setDeleting] = useState<VirtualAccount | null>(null);
  const vaName = new Map(virtualAccounts.map((va) => [va.id, va.name]));

  return (
    <Paper withBorder radius="sm" component="section" aria-labelledby="virtual-accounts-title">
      <Group justify="space-between" p="md" pb={0}>
        <Title order={2} fz="h4" id="virtual-accounts-title">
          Virtual Accounts
        </Title>
        {canManage && virtualAccounts.length > 0 ? (
          <Button size="xs" onClick={() => setEditing("new")}>
            Add virtual account
          </Button>
        ) : null}
      </Group>
      {onlyTheirs ? (
        <Text fz="sm" c="dimmed" px="md" pt="xs">
          Those you hold roles in; the account&apos;s other virtual accounts are not shown to you.
        </Text>
      ) : null}
      {virtualAccounts.length === 0 ? (
        <Text fz="sm" c="dimmed" p="md">
          None yet: the DEFAULT virtual account is made when the account becomes active.
        </Text>
      ) : (
        <TableScroll minWidth={640} label={`Virtual accounts of ${account.name}`}>
          <Table stickyHeader striped verticalSpacing="xs" fz="sm">
            <Table.Caption>Virtual accounts of {account.name}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Parent</Table.Th>
                <Table.Th scope="col">Description</Table.Th>
                <Table.Th scope="col">Created</Table.Th>
                {canManage ? <Table.Th scope="col">Actions</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {virtualAccountTree(virtualAccounts).map(({ node: va, depth }) => (
                <Table.Tr key={va.id}>
                  <Table.Th scope="row" fw={500} pl={12 + depth * 20}>
                    {va.name}
                    {va.isDefault ? (
                      <Badge ml="xs" size="xs" variant="light" radius="sm">
                        Default
                      </Badge>
                    ) : null}
                  </Table.Th>
                  <Table.Td>{va.parentId ? (vaName.get(va.parentId) ?? "—") : "—"}</Table.Td>
                  <Table.Td>{va.description ?? ""}</Table.Td>
                  <Table.Td>{formatDate(va.createdAt)}</Table.Td>
                  {canManage ? (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="compact-xs"
                          variant="default"
                          aria-label={`Edit ${va.name}`}
                          onClick={() => setEditing(va)}
                        >
                          Edit
                        </Button>
                        {va.isDefault ? null : (
                          <Button
                            size="compact-xs"
                            variant="default"
                            color="red"
                            aria-label={`Delete ${va.name}`}
                            onClick={() => setDeleting(va)}
                          >
                            Delete
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <MountWhenWanted wanted={editing !== null}>
        <VirtualAccountDialog
          accountId={account.id}
          virtualAccounts={virtualAccounts}
          editing={editing}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            onChanged();
          }}
        />
      </MountWhenWanted>
      <MountWhenWanted wanted={deleting !== null}>
        <DeleteVirtualAccountDialog
          virtualAccount={deleting}
          onClose={() => setDeleting(null)}
          onDone={() => {
            setDeleting(null);
            onChanged();
          }}
        />
      </MountWhenWanted>
    </Paper>
  );
}
