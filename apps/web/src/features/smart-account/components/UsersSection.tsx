import { useQuery } from "@apollo/client/react";
import { Badge, Button, Group, Loader, Paper, Table, Title } from "@mantine/core";
import type { AccountUsersQuery, SmartAccountDetailQuery } from "@sam/graphql-types";
import { lazy, useState } from "react";
import { ErrorState } from "@/components/ui/ErrorState";
import { MountWhenWanted } from "@/components/ui/MountWhenWanted";
import { TableScroll } from "@/components/ui/TableScroll";
import { withAllStyles } from "@/lib/all-styles";
import { describeError } from "@/lib/graphql-errors";
import { roleWords } from "@/lib/roles";
import { accountUsersQuery } from "../api/smart-account";

// The dialogs, with their form and validation, load when first opened.
const UserRolesDialog = lazy(
  withAllStyles(() => import("./UserDialogs").then((m) => ({ default: m.UserRolesDialog }))),
);
const RemoveUserDialog = lazy(
  withAllStyles(() => import("./UserDialogs").then((m) => ({ default: m.RemoveUserDialog }))),
);

type Account = Pick<SmartAccountDetailQuery["smartAccount"], "id" | "name">;
type VirtualAccount = NonNullable<
  SmartAccountDetailQuery["smartAccount"]["virtualAccounts"]
>[number];
type AccountUser = AccountUsersQuery["accountUsers"][number];

type Props = {
  account: Account;
  virtualAccounts: readonly VirtualAccount[];
  onChanged: () => void;
};

/** Everyone holding roles on the account; administrators and approvers add, change, remove. */
export function UsersSection({ account, virtualAccounts, onChanged }: Props) {
  const { data, error, loading, refetch } = useQuery(accountUsersQuery, {
    variables: { smartAccountId: account.id },
    fetchPolicy: "cache-and-network",
  });
  const [editing, setEditing] = useState<AccountUser | "new" | null>(null);
  const [removing, setRemoving] = useState<AccountUser | null>(null);
  const vaName = new Map(virtualAccounts.map((va) => [va.id, va.name]));

  const done = () => {
    setEditing(null);
    setRemoving(null);
    void refetch();
    onChanged();
  };

  return (
    <Paper withBorder radius="sm" component="section" aria-labelledby="users-title">
      <Group justify="space-between" p="md" pb={0}>
        <Title order={2} fz="h4" id="users-title">
          Users and roles
        </Title>
        <Button size="xs" onClick={() => setEditing("new")}>
          Add user
        </Button>
      </Group>
      {error && !data ? (
        <ErrorState
          title="Could not load the users"
          message={describeError(error)}
          onRetry={() => void refetch()}
        />
      ) : !data ? (
        loading ? (
          <Loader m="md" aria-label="Loading the users" />
        ) : null
      ) : (
        <TableScroll minWidth={640} label={`People holding roles on ${account.name}`}>
          <Table striped verticalSpacing="xs" fz="sm">
            <Table.Caption>People holding roles on {account.name}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Email</Table.Th>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Roles</Table.Th>
                <Table.Th scope="col">Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.accountUsers.map((user) => (
                <Table.Tr key={user.email}>
                  <Table.Th scope="row" fw={500}>
                    {user.email}
                  </Table.Th>
                  <Table.Td>{user.name ?? (user.registered ? "" : "Not registered yet")}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {user.roles.map((grant) => (
                        <Badge
                          key={`${grant.role}-${grant.virtualAccountId ?? ""}`}
                          variant="outline"
                          radius="sm"
                        >
                          {roleWords[grant.role]}
                          {grant.virtualAccountId
                            ? ` of ${vaName.get(grant.virtualAccountId) ?? "a virtual account"}`
                            : ""}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="compact-xs"
                        variant="default"
                        aria-label={`Change roles of ${user.email}`}
                        onClick={() => setEditing(user)}
                      >
                        Change
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="default"
                        aria-label={`Remove ${user.email}`}
                        onClick={() => setRemoving(user)}
                      >
                        Remove
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <MountWhenWanted wanted={editing !== null}>
        <UserRolesDialog
          account={account}
          virtualAccounts={virtualAccounts}
          editing={editing}
          onClose={() => setEditing(null)}
          onDone={done}
        />
      </MountWhenWanted>
      <MountWhenWanted wanted={removing !== null}>
        <RemoveUserDialog
          account={account}
          user={removing}
          onClose={() => setRemoving(null)}
          onDone={done}
        />
      </MountWhenWanted>
    </Paper>
  );
}
