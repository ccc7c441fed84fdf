import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  Alert,
  Button,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import type { SmartAccountDetailQuery } from "@sam/graphql-types";
import { useEffect, useState } from "react";
import { Controller, useForm } from "react-hook-form";
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

// The Virtual accounts section's dialogs, with their form and validation: loaded when first opened.

type Account = SmartAccountDetailQuery["smartAccount"];
type VirtualAccount = NonNullable<Account["virtualAccounts"]>[number];

const TOP = "";

export type DialogProps = {
  accountId: string;
  virtualAccounts: readonly VirtualAccount[];
  editing: VirtualAccount | "new" | null;
  onClose: () => void;
  onDone: () => void;
};

export function VirtualAccountDialog({
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

export type DeleteProps = {
  virtualAccount: VirtualAccount | null;
  onClose: () => void;
  onDone: () => void;
};

export function DeleteVirtualAccountDialog({ virtualAccount, onClose, onDone }: DeleteProps) {
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
