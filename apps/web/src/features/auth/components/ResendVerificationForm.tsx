import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Stack, TextInput } from "@mantine/core";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { handleFormMutationError } from "@/lib/form-errors";
import { notifySuccess } from "@/lib/notify";
import { resendVerificationEmailMutation } from "../api/verify-email";
import { resendVerificationSchema } from "../schemas/resend-verification.schema";
import { FormAlert } from "./FormAlert";

export function ResendVerificationForm({ defaultEmail = "" }: { defaultEmail?: string }) {
  const [resend, { loading }] = useMutation(resendVerificationEmailMutation);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(resendVerificationSchema),
    mode: "onTouched",
    defaultValues: { email: defaultEmail },
  });

  const onSubmit = handleSubmit(async (input) => {
    setFormError(null);
    try {
      await resend({ variables: { input } });
      notifySuccess("Verification email requested", `Check the inbox of ${input.email}.`);
      setSentTo(input.email);
    } catch (error) {
      setFormError(
        handleFormMutationError(error, {
          setError,
          fields: ["email"],
          title: "Could not send the verification email",
        }),
      );
    }
  });

  return (
    <form
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      aria-label="Resend verification email"
    >
      <Stack gap="sm">
        {formError ? <FormAlert>{formError}</FormAlert> : null}
        {sentTo ? (
          <Alert color="blue" variant="light" role="status">
            If {sentTo} has an account that is not verified yet, a new verification link is on its
            way.
          </Alert>
        ) : null}
        <TextInput
          label="Email"
          type="email"
          autoComplete="email"
          required
          error={errors.email?.message}
          {...register("email")}
        />
        <Button type="submit" variant="default" loading={loading}>
          Send a new link
        </Button>
      </Stack>
    </form>
  );
}
