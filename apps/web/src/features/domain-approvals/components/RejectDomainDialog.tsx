import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { handleFormMutationError } from "@/lib/form-errors";
import { notifySuccess } from "@/lib/notify";
import { rejectDomainMutation } from "../api/domain-approvals";
import { rejectDomainSchema } from "../schemas/reject-domain.schema";

export type ReviewToReject = { id: string; identifier: string; accountName: string };

type RejectDomainDialogProps = {
  review: ReviewToReject | null;
  onClose: () => void;
  onRejected: () => void;
};

export function RejectDomainDialog({ review, onClose, onRejected }: RejectDomainDialogProps) {
  const [reject, { loading }] = useMutation(rejectDomainMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(rejectDomainSchema),
    mode: "onTouched",
    defaultValues: { reason: "" },
  });

  useEffect(() => {
    if (review) {
      reset({ reason: "" });
      setFormError(null);
    }
  }, [review, reset]);

  const onSubmit = handleSubmit(async ({ reason }) => {
    if (!review) return;
    setFormError(null);
    try {
      await reject({ variables: { input: { domainId: review.id, reason } } });
      notifySuccess(
        "Identifier rejected",
        `${review.identifier} was rejected; the requester may submit another identifier.`,
      );
      onRejected();
    } catch (error) {
      setFormError(
        handleFormMutationError(error, {
          setError,
          fields: ["reason"],
          title: "Could not reject the identifier",
        }),
      );
    }
  });

  return (
    <Modal opened={review !== null} onClose={onClose} title="Reject Domain Identifier">
      {review ? (
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <Stack gap="md">
            {formError ? (
              <Alert color="red" variant="light" role="alert">
                {formError}
              </Alert>
            ) : null}
            <Text fz="sm">
              Reject <strong>{review.identifier}</strong> for “{review.accountName}”. The requester
              is told, with your reason, and may submit another identifier.
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
                Reject
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
