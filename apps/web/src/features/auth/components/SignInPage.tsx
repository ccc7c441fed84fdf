import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Link, useNavigate, useSearchParams } from "react-router";
import { handleFormMutationError } from "@/lib/form-errors";
import { hasErrorCode } from "@/lib/graphql-errors";
import { rememberNextAfterVerification, safeNextPath } from "@/lib/next-path";
import { meQuery } from "../api/me";
import { signInMutation } from "../api/sign-in";
import { signInSchema } from "../schemas/sign-in.schema";
import { AuthCard } from "./AuthCard";
import { FormAlert } from "./FormAlert";

export function SignInPage() {
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get("next"));
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const [signIn, { loading }] = useMutation(signInMutation, {
    // The console's shell reads `me`; answering it from the sign-in result saves a round trip
    // and avoids a loader flash on the way in.
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: meQuery, data: { me: data.signIn.user } });
    },
  });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(signInSchema),
    mode: "onTouched",
    defaultValues: { email: "", password: "" },
  });

  const onSubmit = handleSubmit(async (input) => {
    setFormError(null);
    try {
      await signIn({ variables: { input } });
      // Whatever a registration link meant to lead to, this sign-in has its own destination.
      rememberNextAfterVerification(null);
      // No toast: arriving in the console is the result, and a toast would cover its controls.
      await navigate(next, { replace: true });
    } catch (error) {
      if (hasErrorCode(error, "UNAUTHENTICATED")) {
        setFormError("Email or password is incorrect");
        return;
      }
      setFormError(
        handleFormMutationError(error, {
          setError,
          fields: ["email", "password"],
          title: "Could not sign in",
        }),
      );
    }
  });

  return (
    <AuthCard title="Sign in" description="Use the email and password you registered with.">
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <Stack gap="md">
          {formError ? <FormAlert>{formError}</FormAlert> : null}
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            required
            error={errors.email?.message}
            {...register("email")}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            error={errors.password?.message}
            aria-invalid={errors.password ? true : undefined}
            {...register("password")}
          />
          <Group justify="flex-end">
            <Anchor component={Link} to="/forgot-password" fz="sm">
              Forgot your password?
            </Anchor>
          </Group>
          <Button type="submit" loading={loading}>
            Sign in
          </Button>
          <Text fz="sm" ta="center">
            New here?{" "}
            <Anchor
              component={Link}
              to={
                searchParams.get("next")
                  ? `/register?next=${encodeURIComponent(next)}`
                  : "/register"
              }
            >
              Register Now
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
