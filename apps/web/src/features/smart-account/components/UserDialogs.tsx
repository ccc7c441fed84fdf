import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import type { AccountUsersQuery, SmartAccountDetailQuery } from "@sam/graphql-types";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { RoleScopeFields } from "@/components/forms/RoleScopeFields";
import { handleFormMutationError } from "@/lib/form-errors";
import { describeError } from "@/lib/graphql-errors";
import { notifySuccess } from "@/lib/notify";
import { grantedScope, roleWords } from "@/lib/roles";
import { setAccountUserRolesMutation } from "../api/smart-account";
import { accountUserSchema, type AccountUserValues } from "../schemas/account-editing.schema";

// The Users section's dialogs, with their form and its validation: loaded when first opened.

type Account = Pick<SmartAccountDetailQuery["smartAccount"], "id" | "name">;
type VirtualAccount = NonNullable<
  SmartAccountDetailQuery["smartAccount"]["virtualAccounts"]
>[number];
type AccountUser = AccountUsersQuery["accountUsers"][number];

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

export type DialogProps = {
  account: Account;
  virtualAccounts: readonly VirtualAccount[];
  editing: AccountUser | "new" | null;
  onClose: () => void;
  onDone: () => void;
};

export function UserRolesDialog({
  account,
  virtualAccounts,
  editing,
  onClose,
  onDone,
}: DialogProps) {
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
        `${values.email} is now ${roleWords[values.role]} of ${grantedScope(
          values.scope === "ACCOUNT" ? [] : values.virtualAccountIds,
          virtualAccounts,
          account.name,
        )}.`,
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

export type RemoveProps = {
  account: Account;
  user: AccountUser | null;
  onClose: () => void;
  onDone: () => void;
};

export function RemoveUserDialog({ account, user, onClose, onDone }: RemoveProps) {
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
