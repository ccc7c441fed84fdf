import { useMutation, useQuery } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import type { AccountUsersQuery, SmartAccountDetailQuery } from "@sam/graphql-types";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { ErrorState } from "@/components/ui/ErrorState";
import { RoleScopeFields } from "@/components/forms/RoleScopeFields";
import { handleFormMutationError } from "@/lib/form-errors";
import { describeError } from "@/lib/graphql-errors";
import { notifySuccess } from "@/lib/notify";
import { roleWords } from "@/lib/roles";
import { accountUsersQuery, setAccountUserRolesMutation } from "../api/smart-account";
import { accountUserSchema, type AccountUserValues } from "../schemas/account-editing.schema";
import { TableScroll } from "@/components/ui/TableScroll";

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
      <UserRolesDialog
        account={account}
        virtualAccounts={virtualAccounts}
        editing={editing}
        onClose={() => setEditing(null)}
        onDone={done}
      />
      <RemoveUserDialog
        account={account}
        user={removing}
        onClose={() => setRemoving(null)}
        onDone={done}
      />
    </Paper>
  );
}

function initialValues(user: AccountUser | null): AccountUserValues {
  if (!user) return { email: "", role: "USER", scope: "ACCOUNT", virtualAccountIds: [] };
  const first = user.roles[0];
  const scoped = user.roles.filter((grant) => grant.virtualAccountId);
  return {
    email: user.email,
    role: first?.role ?? "USER",
    scope: first?.virtualAccountId ? "VIRTUAL_ACCOUNTS" : "ACCOUNT",
    virtualAccountIds: first?.virtualAccountId
      ? scoped.flatMap((grant) => (grant.virtualAccountId ? [grant.virtualAccountId] : []))
      : [],
  };
}

type DialogProps = {
  account: Account;
  virtualAccounts: readonly VirtualAccount[];
  editing: AccountUser | "new" | null;
  onClose: () => void;
  onDone: () => void;
};

function UserRolesDialog({ account, virtualAccounts, editing, onClose, onDone }: DialogProps) {
  const [setRoles, { loading }] = useMutation(setAccountUserRolesMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const existing = editing && editing !== "new" ? editing : null;
  const {
    control,
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<AccountUserValues>({
    resolver: zodResolver(accountUserSchema),
    defaultValues: initialValues(null),
  });

  useEffect(() => {
    if (!editing) return;
    setFormError(null);
    reset(initialValues(editing === "new" ? null : editing));
  }, [editing, reset]);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await setRoles({
        variables: {
          input: {
            smartAccountId: account.id,
            email: values.email,
            roles: [
              {
                role: values.role,
                virtualAccountIds: values.scope === "ACCOUNT" ? null : values.virtualAccountIds,
              },
            ],
          },
        },
      });
      notifySuccess(
        "Roles saved",
        `${values.email} is now ${roleWords[values.role]} of “${account.name}”.`,
      );
      onDone();
    } catch (error) {
      setFormError(
        handleFormMutationError(error, {
          setError,
          fields: ["email", "role", "virtualAccountIds"],
          aliases: { roles: "role" },
          title: "Could not save the roles",
        }),
      );
    }
  });

  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={existing ? `Change roles of ${existing.email}` : "Add user"}
    >
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <Stack gap="md">
          {formError ? (
            <Alert color="red" variant="light" role="alert">
              {formError}
            </Alert>
          ) : null}
          <TextInput
            label="Email"
            type="email"
            required
            readOnly={existing !== null}
            data-autofocus={existing ? undefined : true}
            error={errors.email?.message}
            {...register("email")}
          />
          <RoleScopeFields
            control={control}
            virtualAccounts={virtualAccounts}
            roleLabel="Role"
            autoFocusRole={existing !== null}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

type RemoveProps = {
  account: Account;
  user: AccountUser | null;
  onClose: () => void;
  onDone: () => void;
};

function RemoveUserDialog({ account, user, onClose, onDone }: RemoveProps) {
  const [setRoles, { loading }] = useMutation(setAccountUserRolesMutation);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => setProblem(null), [user]);

  const confirm = async () => {
    if (!user) return;
    try {
      await setRoles({
        variables: { input: { smartAccountId: account.id, email: user.email, roles: [] } },
      });
      notifySuccess("User removed", `${user.email} no longer holds roles on “${account.name}”.`);
      onDone();
    } catch (error) {
      setProblem(describeError(error));
    }
  };

  return (
    <Modal opened={user !== null} onClose={onClose} title="Remove user">
      {user ? (
        <Stack gap="md">
          {problem ? (
            <Alert color="red" variant="light" role="alert">
              {problem}
            </Alert>
          ) : null}
          <Text>
            Remove every role of <strong>{user.email}</strong> on “{account.name}”?
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              Cancel
            </Button>
            <Button color="red" loading={loading} onClick={() => void confirm()}>
              Remove
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
