import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Group, Modal, Stack, Text, TextInput, Textarea } from "@mantine/core";
import type { SmartAccountFieldsFragment } from "@sam/graphql-types";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { handleFormMutationError } from "@/lib/form-errors";
import { notifySuccess } from "@/lib/notify";
import { forwardSmartAccountMutation } from "../api/pending-request";
import { forwardSchema } from "../schemas/decisions.schema";

type ForwardDialogProps = {
  account: SmartAccountFieldsFragment;
  opened: boolean;
  onClose: () => void;
  onForwarded: (email: string) => void;
};

export function ForwardDialog({ account, opened, onClose, onForwarded }: ForwardDialogProps) {
  const [forward, { loading }] = useMutation(forwardSmartAccountMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(forwardSchema),
    mode: "onTouched",
    defaultValues: { email: "", message: "" },
  });

  const close = () => {
    reset();
    setFormError(null);
    onClose();
  };

  const onSubmit = handleSubmit(async ({ email, message }) => {
    setFormError(null);
    try {
      await forward({
        variables: {
          input: { smartAccountId: account.id, email, message: message.trim() || null },
        },
      });
      notifySuccess("Request forwarded", `${email} was emailed a link to decide.`);
      reset();
      onForwarded(email);
    } catch (error) {
      setFormError(
        handleFormMutationError(error, {
          setError,
          fields: ["email", "message"],
          title: "Could not forward the request",
        }),
      );
    }
  });

  return (
    <Modal opened={opened} onClose={close} title="Forward">
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <Stack gap="md">
          {formError ? (
            <Alert color="red" variant="light" role="alert">
              {formError}
            </Alert>
          ) : null}
          <Text fz="sm">
            Forward the approval of “{account.name}” to another person. They receive the request
            with a link; your own link stops working.
          </Text>
          <TextInput
            label="Email"
            type="email"
            required
            data-autofocus
            error={errors.email?.message}
            {...register("email")}
          />
          <Textarea
            label="Message"
            autosize
            minRows={2}
            error={errors.message?.message}
            {...register("message")}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Forward
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
