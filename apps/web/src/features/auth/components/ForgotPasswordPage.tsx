import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Anchor, Button, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Link } from "react-router";
import { handleFormMutationError } from "@/lib/form-errors";
import { notifySuccess } from "@/lib/notify";
import { requestPasswordResetMutation } from "../api/password-reset";
import { forgotPasswordSchema } from "../schemas/forgot-password.schema";
import { AuthCard } from "./AuthCard";
import { FormAlert } from "./FormAlert";

export function ForgotPasswordPage() {
  const [requestReset, { loading }] = useMutation(requestPasswordResetMutation);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(forgotPasswordSchema),
    mode: "onTouched",
    defaultValues: { email: "" },
  });

  const onSubmit = handleSubmit(async (input) => {
    setFormError(null);
    try {
      await requestReset({ variables: { input } });
      notifySuccess("Password reset requested", `Check the inbox of ${input.email}.`);
      setSentTo(input.email);
    } catch (error) {
      setFormError(
        handleFormMutationError(error, {
          setError,
          fields: ["email"],
          title: "Could not request a password reset",
        }),
      );
    }
  });

  if (sentTo) {
    // The same words whether or not the email has an account, so the page cannot be used
    // to find out who is registered.
    return (
      <AuthCard title="Check your email">
        <Alert color="blue" variant="light" role="status">
          If {sentTo} has an account, a link to reset its password was sent to it.
        </Alert>
        <Button component={Link} to="/sign-in" variant="default">
          Back to sign in
        </Button>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title="Forgot your password?"
      description="Enter your email and we will send you a link to set a new password."
    >
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <Stack gap="md">
          {formError ? <FormAlert>{formError}</FormAlert> : null}
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            required
            error={errors.email?.message}
            {...register("email")}
          />
          <Button type="submit" loading={loading}>
            Send reset link
          </Button>
          <Text fz="sm" ta="center">
            <Anchor component={Link} to="/sign-in">
              Back to sign in
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
