import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Group, Modal, Stack, Text } from "@mantine/core";
import type { AccessRequestFieldsFragment } from "@sam/graphql-types";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { RoleScopeFields } from "@/components/forms/RoleScopeFields";
import { handleFormMutationError } from "@/lib/form-errors";
import { notifySuccess } from "@/lib/notify";
import { grantedScope, roleWords } from "@/lib/roles";
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
  const { control, handleSubmit, setError, reset } = useForm<ApproveAccessRequestValues>({
    resolver: zodResolver(approveAccessRequestSchema),
    defaultValues: { role: "USER", scope: "ACCOUNT", virtualAccountIds: [] },
  });

  useEffect(() => {
    if (request) {
      reset({ role: request.askedRole, scope: "ACCOUNT", virtualAccountIds: [] });
      setFormError(null);
    }
  }, [request, reset]);

  const onSubmit = handleSubmit(async (values) => {
    if (!request) return;
    setFormError(null);
    try {
      const { data } = await approve({
        variables: {
          input: {
            accessRequestId: request.id,
            role: values.role,
            virtualAccountIds: values.scope === "ACCOUNT" ? null : values.virtualAccountIds,
          },
        },
      });
      // The scope the server granted, in words: the whole account, or its virtual accounts.
      const granted = data?.approveAccessRequest.accessRequest;
      notifySuccess(
        "Access granted",
        `${request.email} is now ${roleWords[granted?.grantedRole ?? values.role]} of ${grantedScope(
          granted?.grantedVirtualAccountIds ??
            (values.scope === "ACCOUNT" ? [] : values.virtualAccountIds),
          virtualAccounts,
          request.smartAccountName,
        )}.`,
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
            <RoleScopeFields
              control={control}
              virtualAccounts={virtualAccounts}
              roleLabel="Role to grant"
              autoFocusRole
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Back
              </Button>
              <Button type="submit" loading={loading}>
                Approve and grant access
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
