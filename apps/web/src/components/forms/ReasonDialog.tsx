import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { handleFormMutationError } from "@/lib/form-errors";

type ReasonDialogProps = {
  opened: boolean;
  title: string;
  /** What the decision does and who is told, above the reason. */
  description: ReactNode;
  submitLabel: string;
  /** Shown when the reason is left empty, e.g. "Give the reason for denying". */
  reasonRequired: string;
  /** The toast title for a failure the form cannot place. */
  failureTitle: string;
  loading: boolean;
  onClose: () => void;
  /** Runs the decision with the trimmed reason; throws the mutation's error on failure. */
  onSubmit: (reason: string) => Promise<void>;
};

/**
 * A negative decision that needs a reason: deny a request, reject an identifier, decline
 * access. The reason is checked as the person types with the server's limits; the server's
 * field errors land under it; a decision someone else already took (CONFLICT) is explained in
 * the dialog.
 */
export function ReasonDialog({
  opened,
  title,
  description,
  submitLabel,
  reasonRequired,
  failureTitle,
  loading,
  onClose,
  onSubmit,
}: ReasonDialogProps) {
  const schema = useMemo(
    () =>
      z.object({
        reason: z.string().trim().min(1, reasonRequired).max(2000, "Use at most 2000 characters"),
      }),
    [reasonRequired],
  );
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm({ resolver: zodResolver(schema), mode: "onTouched", defaultValues: { reason: "" } });

  useEffect(() => {
    if (opened) {
      reset({ reason: "" });
      setFormError(null);
    }
  }, [opened, reset]);

  const submit = handleSubmit(async ({ reason }) => {
    setFormError(null);
    try {
      await onSubmit(reason);
    } catch (error) {
      setFormError(
        handleFormMutationError(error, { setError, fields: ["reason"], title: failureTitle }),
      );
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack gap="md">
          {formError ? (
            <Alert color="red" variant="light" role="alert">
              {formError}
            </Alert>
          ) : null}
          <Text fz="sm">{description}</Text>
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
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
