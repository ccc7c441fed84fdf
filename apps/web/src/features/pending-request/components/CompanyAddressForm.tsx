import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { SmartAccountFieldsFragment } from "@sam/graphql-types";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { CompanyFields } from "@/components/forms/CompanyFields";
import { handleFormMutationError } from "@/lib/form-errors";
import { notifySuccess } from "@/lib/notify";
import { provideCompanyAddressMutation } from "../api/pending-request";
import { companyAddressSchema, emptyCompanyAddress } from "../schemas/decisions.schema";

type CompanyAddressFormProps = {
  account: SmartAccountFieldsFragment;
  onProvided: (account: SmartAccountFieldsFragment) => void;
};

/** The last step of an approved account: its company address, which makes it ACTIVE. */
export function CompanyAddressForm({ account, onProvided }: CompanyAddressFormProps) {
  const [provide, { loading }] = useMutation(provideCompanyAddressMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(companyAddressSchema),
    mode: "onTouched",
    defaultValues: account.company ? { company: { ...account.company } } : emptyCompanyAddress,
  });

  const onSubmit = form.handleSubmit(async ({ company }) => {
    setFormError(null);
    try {
      const { data } = await provide({
        variables: { input: { smartAccountId: account.id, company } },
      });
      if (!data) return;
      notifySuccess("Company address saved", `“${account.name}” is active.`);
      onProvided(data.provideCompanyAddress.smartAccount);
    } catch (error) {
      setFormError(
        handleFormMutationError(error, {
          setError: form.setError,
          fields: [
            "company.name",
            "company.country",
            "company.addressLine",
            "company.city",
            "company.region",
            "company.postalCode",
          ],
          aliases: { company: "company.name" },
          title: "Could not save the company address",
        }),
      );
    }
  });

  return (
    <Paper withBorder radius="sm" p="lg">
      <FormProvider {...form}>
        <form
          noValidate
          onSubmit={(event) => void onSubmit(event)}
          aria-label="Company Information"
        >
          <Stack gap="md">
            <Title order={2} fz="h4">
              Company Information
            </Title>
            <Text fz="sm">
              The account is approved. Enter the legal name and headquarters address of the company
              to make it active.
            </Text>
            {formError ? (
              <Alert color="red" variant="light" role="alert">
                {formError}
              </Alert>
            ) : null}
            <CompanyFields />
            <Group justify="flex-end">
              <Button type="submit" loading={loading}>
                Save and Activate
              </Button>
            </Group>
          </Stack>
        </form>
      </FormProvider>
    </Paper>
  );
}
