import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Group, Radio, Stack, TextInput } from "@mantine/core";
import type { CreateApiTokenMutation } from "@sam/graphql-types";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { handleFormMutationError } from "@/lib/form-errors";
import { notifySuccess } from "@/lib/notify";
import { apiTokensQuery, createApiTokenMutation } from "../api/api-tokens";
import {
  createApiTokenSchema,
  type CreateApiTokenValues,
} from "../schemas/create-api-token.schema";

// Read only by default: the narrower scope is the safer one to hand out by accident.
const defaultValues: CreateApiTokenValues = { name: "", scope: "READ_ONLY", expiresOn: "" };

type CreateApiTokenFormProps = {
  onCreated: (result: CreateApiTokenMutation["createApiToken"]) => void;
  onCancel: () => void;
};

export function CreateApiTokenForm({ onCreated, onCancel }: CreateApiTokenFormProps) {
  const [createToken, { loading }] = useMutation(createApiTokenMutation, {
    refetchQueries: [apiTokensQuery],
  });
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(createApiTokenSchema),
    mode: "onTouched",
    defaultValues,
  });

  const onSubmit = handleSubmit(async (input) => {
    setFormError(null);
    try {
      const { data } = await createToken({ variables: { input } });
      if (!data) return;
      notifySuccess("API token created", `“${data.createApiToken.apiToken.name}” is ready to use.`);
      onCreated(data.createApiToken);
    } catch (error) {
      setFormError(
        handleFormMutationError(error, {
          setError,
          fields: ["name", "scope"],
          aliases: { expiresAt: "expiresOn" },
          title: "Could not create the token",
        }),
      );
    }
  });

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      <Stack gap="md">
        {formError ? (
          <Alert color="red" variant="light" role="alert">
            {formError}
          </Alert>
        ) : null}
        <TextInput
          label="Name"
          description="To recognise the token by, such as the program that uses it."
          required
          data-autofocus
          error={errors.name?.message}
          {...register("name")}
        />
        <Controller
          control={control}
          name="scope"
          render={({ field, fieldState }) => (
            <Radio.Group
              label="Scope"
              required
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error?.message}
            >
              <Stack gap="xs" mt="xs">
                <Radio value="READ_ONLY" label="Read only" description="Queries only." />
                <Radio
                  value="FULL"
                  label="Full access"
                  description="Queries and mutations: everything you can do."
                />
              </Stack>
            </Radio.Group>
          )}
        />
        <TextInput
          label="Expires on"
          description="Optional. Leave empty for a token that does not expire."
          type="date"
          error={errors.expiresOn?.message}
          {...register("expiresOn")}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Create token
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
