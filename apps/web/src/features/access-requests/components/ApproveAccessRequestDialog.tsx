import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Checkbox, Group, Modal, Radio, Select, Stack, Text } from "@mantine/core";
import type { AccessRequestFieldsFragment, AccountRole } from "@sam/graphql-types";
import { useEffect, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { handleFormMutationError } from "@/lib/form-errors";
import { notifySuccess } from "@/lib/notify";
import { accountRoles, roleWords } from "@/lib/roles";
import { virtualAccountTree } from "@/lib/virtual-account-tree";
import { approveAccessRequestMutation } from "../api/access-requests";
import {
  approveAccessRequestSchema,
  type ApproveAccessRequestValues,
} from "../schemas/approve-access-request.schema";

export type VirtualAccountOption = { id: string; name: string; parentId?: string | null };

type Props = {
  request: AccessRequestFieldsFragment | null;
  virtualAccounts: readonly VirtualAccountOption[];
  onClose: () => void;
  onDone: () => void;
};

/** The role and scope step of deciding an access request. */
export function ApproveAccessRequestDialog({ request, virtualAccounts, onClose, onDone }: Props) {
  const [approve, { loading }] = useMutation(approveAccessRequestMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    control,
    handleSubmit,
    setError,
    reset,
    watch,
    formState: { errors },
  } = useForm<ApproveAccessRequestValues>({
    resolver: zodResolver(approveAccessRequestSchema),
    defaultValues: { role: "USER", scope: "ACCOUNT", virtualAccountIds: [] },
  });

  useEffect(() => {
    if (request) {
      reset({ role: request.askedRole, scope: "ACCOUNT", virtualAccountIds: [] });
      setFormError(null);
    }
  }, [request, reset]);

  const scope = watch("scope");

  const onSubmit = handleSubmit(async (values) => {
    if (!request) return;
    setFormError(null);
    try {
      await approve({
        variables: {
          input: {
            accessRequestId: request.id,
            role: values.role,
            virtualAccountIds: values.scope === "ACCOUNT" ? null : values.virtualAccountIds,
          },
        },
      });
      notifySuccess(
        "Access request approved",
        `${request.email} is now ${roleWords[values.role]} of “${request.smartAccountName}”.`,
      );
      onDone();
    } catch (error) {
      setFormError(
        handleFormMutationError(error, {
          setError,
          fields: ["role", "virtualAccountIds"],
          title: "Could not approve the request",
        }),
      );
    }
  });

  return (
    <Modal opened={request !== null} onClose={onClose} title="Approve Access Request">
      {request ? (
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <Stack gap="md">
            {formError ? (
              <Alert color="red" variant="light" role="alert">
                {formError}
              </Alert>
            ) : null}
            <Text fz="sm">
              <strong>{request.email}</strong> asked to be {roleWords[request.askedRole]} of “
              {request.smartAccountName}”: “{request.reason}”
            </Text>
            <Controller
              control={control}
              name="role"
              render={({ field }) => (
                <Select
                  label="Role to grant"
                  required
                  allowDeselect={false}
                  data-autofocus
                  data={accountRoles.map((role) => ({ value: role, label: roleWords[role] }))}
                  value={field.value}
                  onChange={(value) => field.onChange((value ?? "USER") as AccountRole)}
                  error={errors.role?.message}
                />
              )}
            />
            <Controller
              control={control}
              name="scope"
              render={({ field }) => (
                <Radio.Group
                  label="Scope"
                  value={field.value}
                  onChange={(value) => field.onChange(value)}
                >
                  <Stack gap="xs" mt="xs">
                    <Radio value="ACCOUNT" label="The whole account" />
                    <Radio
                      value="VIRTUAL_ACCOUNTS"
                      label="Chosen virtual accounts"
                      disabled={virtualAccounts.length === 0}
                    />
                  </Stack>
                </Radio.Group>
              )}
            />
            {scope === "VIRTUAL_ACCOUNTS" ? (
              <Controller
                control={control}
                name="virtualAccountIds"
                render={({ field }) => (
                  <Checkbox.Group
                    label="Virtual accounts"
                    value={field.value}
                    onChange={field.onChange}
                    error={errors.virtualAccountIds?.message}
                  >
                    <Stack gap={6} mt="xs">
                      {virtualAccountTree(virtualAccounts).map(({ node, depth }) => (
                        <Checkbox key={node.id} value={node.id} label={node.name} ml={depth * 20} />
                      ))}
                    </Stack>
                  </Checkbox.Group>
                )}
              />
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Back
              </Button>
              <Button type="submit" loading={loading}>
                Approve
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
