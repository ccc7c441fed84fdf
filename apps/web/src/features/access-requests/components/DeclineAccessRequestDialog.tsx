import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import type { AccessRequestFieldsFragment } from "@sam/graphql-types";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { handleFormMutationError } from "@/lib/form-errors";
import { describeError, hasErrorCode } from "@/lib/graphql-errors";
import { notifySuccess } from "@/lib/notify";
import { declineAccessRequestMutation } from "../api/access-requests";
import {
  declineAccessRequestSchema,
  type DeclineAccessRequestValues,
} from "../schemas/decline-access-request.schema";

type Props = {
  request: AccessRequestFieldsFragment | null;
  onClose: () => void;
  onDone: () => void;
};

export function DeclineAccessRequestDialog({ request, onClose, onDone }: Props) {
  const [decline, { loading }] = useMutation(declineAccessRequestMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<DeclineAccessRequestValues>({
    resolver: zodResolver(declineAccessRequestSchema),
    mode: "onTouched",
    defaultValues: { reason: "" },
  });

  useEffect(() => {
    if (request) {
      reset({ reason: "" });
      setFormError(null);
    }
  }, [request, reset]);

  const onSubmit = handleSubmit(async ({ reason }) => {
    if (!request) return;
    setFormError(null);
    try {
      await decline({ variables: { input: { accessRequestId: request.id, reason } } });
      notifySuccess("Access request declined", `${request.email} is told, with your reason.`);
      onDone();
    } catch (error) {
      if (hasErrorCode(error, "CONFLICT")) {
        setFormError(describeError(error));
        return;
      }
      setFormError(
        handleFormMutationError(error, {
          setError,
          fields: ["reason"],
          title: "Could not decline the request",
        }),
      );
    }
  });

  return (
    <Modal opened={request !== null} onClose={onClose} title="Decline Access Request">
      {request ? (
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <Stack gap="md">
            {formError ? (
              <Alert color="red" variant="light" role="alert">
                {formError}
              </Alert>
            ) : null}
            <Text fz="sm">
              Decline the request of <strong>{request.email}</strong> for access to “
              {request.smartAccountName}”. They are told, with your reason.
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
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" color="red" loading={loading}>
                Decline
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
