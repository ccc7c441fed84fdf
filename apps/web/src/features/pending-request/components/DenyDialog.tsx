import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import type { SmartAccountFieldsFragment } from "@sam/graphql-types";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { handleFormMutationError } from "@/lib/form-errors";
import { notifySuccess } from "@/lib/notify";
import { denySmartAccountMutation } from "../api/pending-request";
import { denySchema } from "../schemas/decisions.schema";

type DenyDialogProps = {
  account: SmartAccountFieldsFragment;
  opened: boolean;
  onClose: () => void;
  onDenied: () => void;
};

export function DenyDialog({ account, opened, onClose, onDenied }: DenyDialogProps) {
  const [deny, { loading }] = useMutation(denySmartAccountMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(denySchema),
    mode: "onTouched",
    defaultValues: { reason: "" },
  });

  const close = () => {
    reset();
    setFormError(null);
    onClose();
  };

  const onSubmit = handleSubmit(async ({ reason }) => {
    setFormError(null);
    try {
      await deny({ variables: { input: { smartAccountId: account.id, reason } } });
      notifySuccess("Request denied", `${account.requester.email} was told, with your reason.`);
      reset();
      onDenied();
    } catch (error) {
      setFormError(
        handleFormMutationError(error, {
          setError,
          fields: ["reason"],
          title: "Could not deny the request",
        }),
      );
    }
  });

  return (
    <Modal opened={opened} onClose={close} title="Deny Request">
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <Stack gap="md">
          {formError ? (
            <Alert color="red" variant="light" role="alert">
              {formError}
            </Alert>
          ) : null}
          <Text fz="sm">
            Deny the Smart Account “{account.name}”. The requester is told, with your reason.
            Additional creators may still be nominated until the request lapses.
          </Text>
          <Textarea
            label="Reason"
            required
            autosize
            minRows={3}
            data-autofocus
            error={errors.reason?.message}
            {...register("reason")}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={loading}>
              Deny Request
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
