import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Anchor, Button, PasswordInput, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Link, useNavigate, useSearchParams } from "react-router";
import { handleFormMutationError } from "@/lib/form-errors";
import { errorCode, inputFieldErrors } from "@/lib/graphql-errors";
import { notifySuccess } from "@/lib/notify";
import { resetPasswordMutation } from "../api/password-reset";
import { resetPasswordSchema } from "../schemas/reset-password.schema";
import { AuthCard } from "./AuthCard";
import { FormAlert } from "./FormAlert";
import { InvalidLinkAlert } from "./InvalidLinkAlert";

function isTokenError(error: unknown): boolean {
  const code = errorCode(error);
  if (code === "NOT_FOUND" || code === "CONFLICT" || code === "UNAUTHENTICATED") return true;
  return inputFieldErrors(error).some((fieldError) => fieldError.field === "token");
}

function RequestNewLink() {
  return (
    <Text fz="sm">
      Reset links work once and for a limited time.{" "}
      <Anchor component={Link} to="/forgot-password">
        Request a new link
      </Anchor>
      .
    </Text>
  );
}

export function ResetPasswordPage() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get("token");
  const navigate = useNavigate();
  const [resetPassword, { loading }] = useMutation(resetPasswordMutation);
  const [linkInvalid, setLinkInvalid] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    trigger,
    getFieldState,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(resetPasswordSchema),
    mode: "onTouched",
    defaultValues: { password: "", confirmPassword: "" },
  });

  const onSubmit = handleSubmit(async ({ password }) => {
    if (!token) return;
    setFormError(null);
    try {
      await resetPassword({ variables: { input: { token, password } } });
      notifySuccess("Password changed", "Sign in with your new password.");
      await navigate("/sign-in", { replace: true });
    } catch (error) {
      if (isTokenError(error)) {
        setLinkInvalid(true);
        return;
      }
      setFormError(
        handleFormMutationError(error, {
          setError,
          fields: ["password"],
          title: "Could not change the password",
        }),
      );
    }
  });

  if (!token || linkInvalid) {
    return (
      <AuthCard title="Set a new password">
        <InvalidLinkAlert>
          <RequestNewLink />
        </InvalidLinkAlert>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title="Set a new password"
      description="Every session of your user is signed out when the password changes."
    >
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <Stack gap="md">
          {formError ? <FormAlert>{formError}</FormAlert> : null}
          <PasswordInput
            label="New password"
            description="10 to 128 characters."
            autoComplete="new-password"
            required
            error={errors.password?.message}
            aria-invalid={errors.password ? true : undefined}
            {...register("password", {
              onChange: () => {
                if (getFieldState("confirmPassword").isTouched) void trigger("confirmPassword");
              },
            })}
          />
          <PasswordInput
            label="Confirm new password"
            autoComplete="new-password"
            required
            error={errors.confirmPassword?.message}
            aria-invalid={errors.confirmPassword ? true : undefined}
            {...register("confirmPassword")}
          />
          <Button type="submit" loading={loading}>
            Change password
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
