import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import type { SmartAccountDetailQuery } from "@sam/graphql-types";
import { useEffect, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { formatDate } from "@/lib/format";
import { handleFormMutationError } from "@/lib/form-errors";
import { describeError, hasErrorCode } from "@/lib/graphql-errors";
import { notifyError, notifySuccess } from "@/lib/notify";
import { subtreeIds, virtualAccountTree } from "@/lib/virtual-account-tree";
import {
  createVirtualAccountMutation,
  deleteVirtualAccountMutation,
  updateVirtualAccountMutation,
} from "../api/smart-account";
import { virtualAccountSchema, type VirtualAccountValues } from "../schemas/account-editing.schema";
import { TableScroll } from "@/components/ui/TableScroll";

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
      <DeleteVirtualAccountDialog
        virtualAccount={deleting}
        onClose={() => setDeleting(null)}
        onDone={() => {
          setDeleting(null);
          onChanged();
        }}
      />
    </Paper>
  );
}

const TOP = "";

type DialogProps = {
  accountId: string;
  virtualAccounts: readonly VirtualAccount[];
  editing: VirtualAccount | "new" | null;
  onClose: () => void;
  onDone: () => void;
};

function VirtualAccountDialog({
  accountId,
  virtualAccounts,
  editing,
  onClose,
  onDone,
}: DialogProps) {
  const [create, creating] = useMutation(createVirtualAccountMutation);
  const [update, updating] = useMutation(updateVirtualAccountMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    control,
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors },
  } = useForm<VirtualAccountValues>({
    resolver: zodResolver(virtualAccountSchema),
    defaultValues: { name: "", description: "", parentId: TOP },
  });
  const existing = editing && editing !== "new" ? editing : null;

  useEffect(() => {
    if (!editing) return;
    setFormError(null);
    reset(
      editing === "new"
        ? { name: "", description: "", parentId: TOP }
        : {
            name: editing.name,
            description: editing.description ?? "",
            parentId: editing.parentId ?? TOP,
          },
    );
  }, [editing, reset]);

  const excluded = existing ? subtreeIds(virtualAccounts, existing.id) : new Set<string>();
  const parentOptions = [
    { value: TOP, label: "None (top level)" },
    ...virtualAccountTree(virtualAccounts)
      .filter(({ node }) => !excluded.has(node.id))
      .map(({ node, depth }) => ({
        value: node.id,
        label: `${"— ".repeat(depth)}${node.name}`,
      })),
  ];

  const save = async (values: VirtualAccountValues, makeDefault = false) => {
    setFormError(null);
    const description = values.description.trim();
    try {
      if (existing) {
        const parentChanged = (existing.parentId ?? TOP) !== values.parentId;
        await update({
          variables: {
            input: {
              virtualAccountId: existing.id,
              name: values.name.trim(),
              description,
              ...(parentChanged
                ? values.parentId === TOP
                  ? { moveToTop: true }
                  : { parentId: values.parentId }
                : {}),
              ...(makeDefault ? { makeDefault: true } : {}),
            },
          },
        });
        notifySuccess("Virtual account saved", `“${values.name.trim()}” is up to date.`);
      } else {
        await create({
          variables: {
            input: {
              smartAccountId: accountId,
              name: values.name.trim(),
              description: description || null,
              parentId: values.parentId === TOP ? null : values.parentId,
            },
          },
        });
        notifySuccess("Virtual account added", `“${values.name.trim()}” was added.`);
      }
      onDone();
    } catch (error) {
      if (hasErrorCode(error, "NOT_FOUND")) {
        setFormError(describeError(error));
        return;
      }
      setFormError(
        handleFormMutationError(error, {
          setError,
          fields: ["name", "description", "parentId"],
          aliases: { moveToTop: "parentId" },
          title: "Could not save the virtual account",
        }),
      );
    }
  };

  const onSubmit = handleSubmit((values) => save(values));
  const onMakeDefault = handleSubmit((values) => save(values, true));

  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={existing ? `Edit virtual account “${existing.name}”` : "Add virtual account"}
    >
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <Stack gap="md">
          {formError ? (
            <Alert color="red" variant="light" role="alert">
              {formError}
            </Alert>
          ) : null}
          <TextInput
            label="Name"
            required
            data-autofocus
            error={errors.name?.message}
            {...register("name")}
          />
          <Textarea
            label="Description"
            autosize
            minRows={2}
            error={errors.description?.message}
            {...register("description")}
          />
          <Controller
            control={control}
            name="parentId"
            render={({ field }) => (
              <Select
                label="Parent virtual account"
                allowDeselect={false}
                data={parentOptions}
                value={field.value}
                onChange={(value) => field.onChange(value ?? TOP)}
                error={errors.parentId?.message}
                comboboxProps={{ withinPortal: true }}
              />
            )}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            {existing && !existing.isDefault ? (
              <Button
                variant="light"
                loading={updating.loading}
                onClick={() => void onMakeDefault()}
              >
                Save and make default
              </Button>
            ) : null}
            <Button type="submit" loading={creating.loading || updating.loading}>
              {existing ? "Save" : "Add"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

type DeleteProps = {
  virtualAccount: VirtualAccount | null;
  onClose: () => void;
  onDone: () => void;
};

function DeleteVirtualAccountDialog({ virtualAccount, onClose, onDone }: DeleteProps) {
  const [remove, { loading }] = useMutation(deleteVirtualAccountMutation);
  const [conflict, setConflict] = useState<string | null>(null);

  useEffect(() => setConflict(null), [virtualAccount]);

  const confirm = async () => {
    if (!virtualAccount) return;
    try {
      await remove({ variables: { input: { virtualAccountId: virtualAccount.id } } });
      notifySuccess("Virtual account deleted", `“${virtualAccount.name}” was deleted.`);
      onDone();
    } catch (error) {
      if (hasErrorCode(error, "CONFLICT")) {
        setConflict(describeError(error));
        return;
      }
      notifyError("Could not delete the virtual account", error);
    }
  };

  return (
    <Modal opened={virtualAccount !== null} onClose={onClose} title="Delete virtual account">
      {virtualAccount ? (
        <Stack gap="md">
          {conflict ? (
            <Alert color="red" variant="light" role="alert">
              {conflict}
            </Alert>
          ) : null}
          <Text>
            Delete <strong>{virtualAccount.name}</strong>? Only an empty virtual account can be
            deleted.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              Cancel
            </Button>
            <Button color="red" loading={loading} onClick={() => void confirm()}>
              Delete
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
