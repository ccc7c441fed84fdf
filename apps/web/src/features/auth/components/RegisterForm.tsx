import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Anchor, Button, Group, PasswordInput, Radio, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { Link } from "react-router";
import { handleFormMutationError } from "@/lib/form-errors";
import { notifySuccess } from "@/lib/notify";
import { signUpMutation } from "../api/sign-up";
import { registerSchema } from "../schemas/register.schema";
import { FormAlert } from "./FormAlert";

type RegisterFormProps = {
  onRegistered: (email: string) => void;
  /** From a link that names the address (a nomination email). */
  defaultEmail?: string;
  /** Where the person is headed after verifying and signing in. */
  next?: string | null;
};

export function RegisterForm({ onRegistered, defaultEmail = "", next = null }: RegisterFormProps) {
  const [signUp, { loading }] = useMutation(signUpMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    trigger,
    getFieldState,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(registerSchema),
    mode: "onTouched",
    defaultValues: {
      email: defaultEmail,
      name: "",
      company: "",
      password: "",
      confirmPassword: "",
    },
  });

  const onSubmit = handleSubmit(async ({ confirmPassword: _confirm, ...input }) => {
    setFormError(null);
    try {
      const { data } = await signUp({ variables: { input } });
      // The same answer whether or not the address was registered before: the email says which.
      const email = data?.signUp.email ?? input.email;
      notifySuccess("Registration received", data?.signUp.message ?? `Check ${email}.`);
      onRegistered(email);
    } catch (error) {
      setFormError(
        handleFormMutationError(error, {
          setError,
          fields: ["email", "name", "company", "organisationType", "password"],
          title: "Registration failed",
        }),
      );
    }
  });

  return (
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
        <TextInput
          label="Full name"
          autoComplete="name"
          required
          error={errors.name?.message}
          {...register("name")}
        />
        <TextInput
          label="Company"
          autoComplete="organization"
          required
          error={errors.company?.message}
          {...register("company")}
        />
        <Controller
          control={control}
          name="organisationType"
          render={({ field, fieldState }) => (
            <Radio.Group
              label="Organisation type"
              description="Partners request Smart Accounts for their customers."
              required
              name={field.name}
              value={field.value ?? null}
              onChange={(value) => {
                field.onChange(value);
                field.onBlur();
              }}
              error={fieldState.error?.message}
            >
              <Group mt="xs">
                <Radio value="CUSTOMER" label="Customer" onBlur={field.onBlur} />
                <Radio value="PARTNER" label="Partner" onBlur={field.onBlur} />
              </Group>
            </Radio.Group>
          )}
        />
        <PasswordInput
          label="Password"
          description="10 to 128 characters."
          autoComplete="new-password"
          required
          error={errors.password?.message}
          aria-invalid={errors.password ? true : undefined}
          {...register("password", {
            // The confirmation is compared with the password, so re-check it once the person
            // has filled it in and then changes the password.
            onChange: () => {
              if (getFieldState("confirmPassword").isTouched) void trigger("confirmPassword");
            },
          })}
        />
        <PasswordInput
          label="Confirm password"
          autoComplete="new-password"
          required
          error={errors.confirmPassword?.message}
          aria-invalid={errors.confirmPassword ? true : undefined}
          {...register("confirmPassword")}
        />
        <Button type="submit" loading={loading}>
          Register
        </Button>
        <Text fz="sm" ta="center">
          Already registered?{" "}
          <Anchor
            component={Link}
            to={next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"}
          >
            Sign in
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
