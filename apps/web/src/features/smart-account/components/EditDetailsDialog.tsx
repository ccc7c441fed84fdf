import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Group, Modal, Radio, Stack, TextInput } from "@mantine/core";
import type { SmartAccountDetailQuery } from "@sam/graphql-types";
import { useEffect, useState } from "react";
import { Controller, FormProvider, useForm } from "react-hook-form";
import { CompanyFields } from "@/components/forms/CompanyFields";
import { handleFormMutationError } from "@/lib/form-errors";
import { notifySuccess } from "@/lib/notify";
import { emptyCompany } from "@/lib/validation";
import { updateSmartAccountMutation } from "../api/smart-account";
import { editDetailsSchema, type EditDetailsValues } from "../schemas/account-editing.schema";

type Account = SmartAccountDetailQuery["smartAccount"];

function initialValues(account: Account): EditDetailsValues {
  const source = account.company ?? emptyCompany;
  const company = {
    name: source.name,
    country: source.country,
    addressLine: source.addressLine,
    city: source.city,
    region: source.region,
    postalCode: source.postalCode,
  };
  return { name: account.name, visibility: account.visibility, company };
}

type Props = { account: Account; opened: boolean; onClose: () => void; onDone: () => void };

/** Name, company and visibility of an account, for its administrators and approvers. */
export function EditDetailsDialog({ account, opened, onClose, onDone }: Props) {
  const [update, { loading }] = useMutation(updateSmartAccountMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<EditDetailsValues>({
    resolver: zodResolver(editDetailsSchema),
    mode: "onTouched",
    defaultValues: initialValues(account),
  });
  const { reset, register, control, setError, formState } = form;

  useEffect(() => {
    if (opened) {
      reset(initialValues(account));
      setFormError(null);
    }
  }, [opened, account, reset]);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await update({
        variables: {
          input: {
            smartAccountId: account.id,
            name: values.name,
            visibility: values.visibility,
            company: values.company,
          },
        },
      });
      notifySuccess("Account details saved", `“${values.name}” is up to date.`);
      onDone();
    } catch (error) {
      setFormError(
        handleFormMutationError(error, {
          setError,
          fields: [
            "name",
            "visibility",
            "company.name",
            "company.country",
            "company.addressLine",
            "company.city",
            "company.region",
            "company.postalCode",
          ],
          aliases: { company: "company.name" },
          title: "Could not save the account details",
        }),
      );
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title="Edit details" size="lg">
      <FormProvider {...form}>
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <Stack gap="md">
            {formError ? (
              <Alert color="red" variant="light" role="alert">
                {formError}
              </Alert>
            ) : null}
            <TextInput
              label="Account Name"
              required
              data-autofocus
              error={formState.errors.name?.message}
              {...register("name")}
            />
            <Controller
              control={control}
              name="visibility"
              render={({ field }) => (
                <Radio.Group label="Visibility" value={field.value} onChange={field.onChange}>
                  <Stack gap="xs" mt="xs">
                    <Radio value="UNRESTRICTED" label="Unrestricted: found in search" />
                    <Radio value="RESTRICTED" label="Restricted: only its people find it" />
                  </Stack>
                </Radio.Group>
              )}
            />
            <CompanyFields />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={loading}>
                Save
              </Button>
            </Group>
          </Stack>
        </form>
      </FormProvider>
    </Modal>
  );
}
