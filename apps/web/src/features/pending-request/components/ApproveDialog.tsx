import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Radio,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import type { SmartAccountFieldsFragment } from "@sam/graphql-types";
import { useState } from "react";
import { Controller, FormProvider, useForm } from "react-hook-form";
import { CompanyFields } from "@/components/forms/CompanyFields";
import { handleFormMutationError } from "@/lib/form-errors";
import { notifySuccess } from "@/lib/notify";
import { emailHost, emptyCompany } from "@/lib/validation";
import { approveSmartAccountMutation } from "../api/pending-request";
import { approveSchema, type ApproveValues } from "../schemas/decisions.schema";

type ApproveDialogProps = {
  account: SmartAccountFieldsFragment;
  viewerEmail: string;
  opened: boolean;
  onClose: () => void;
  onApproved: (account: SmartAccountFieldsFragment) => void;
};

function defaults(account: SmartAccountFieldsFragment): ApproveValues {
  const { company } = account;
  return {
    acceptTerms: false,
    name: account.name,
    identifierChoice: "REQUESTED",
    provideCompany: true,
    company: company
      ? {
          name: company.name,
          country: company.country,
          addressLine: company.addressLine,
          city: company.city,
          region: company.region,
          postalCode: company.postalCode,
        }
      : emptyCompany,
  };
}

/** "Approve and Create the Account": terms, name, identifier and the company address. */
export function ApproveDialog({
  account,
  viewerEmail,
  opened,
  onClose,
  onApproved,
}: ApproveDialogProps) {
  const [approve, { loading }] = useMutation(approveSmartAccountMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(approveSchema),
    mode: "onTouched",
    defaultValues: defaults(account),
  });
  const {
    register,
    control,
    handleSubmit,
    setError,
    watch,
    formState: { errors },
  } = form;
  const ownHost = emailHost(viewerEmail);
  const provideCompany = watch("provideCompany");

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await approve({
        variables: {
          input: {
            smartAccountId: account.id,
            acceptTerms: values.acceptTerms,
            name: values.name,
            identifierChoice: values.identifierChoice,
            company: values.provideCompany
              ? {
                  name: values.company.name.trim(),
                  country: values.company.country,
                  addressLine: values.company.addressLine.trim(),
                  city: values.company.city.trim(),
                  region: values.company.region.trim(),
                  postalCode: values.company.postalCode.trim(),
                }
              : null,
          },
        },
      });
      if (!data) return;
      const approved = data.approveSmartAccount.smartAccount;
      notifySuccess(
        approved.status === "ACTIVE" ? "Smart Account created" : "Smart Account approved",
        approved.status === "ACTIVE"
          ? `“${approved.name}” is active.`
          : `“${approved.name}” becomes active once the company address is given.`,
      );
      onApproved(approved);
    } catch (error) {
      setFormError(
        handleFormMutationError(error, {
          setError,
          fields: [
            "acceptTerms",
            "name",
            "identifierChoice",
            "company.name",
            "company.country",
            "company.addressLine",
            "company.city",
            "company.region",
            "company.postalCode",
          ],
          aliases: { company: "company.name" },
          title: "Could not approve the request",
        }),
      );
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title="Approve and Create the Account" size="lg">
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
              error={errors.name?.message}
              {...register("name")}
            />
            {ownHost && ownHost !== account.domainIdentifier ? (
              <Controller
                control={control}
                name="identifierChoice"
                render={({ field }) => (
                  <Radio.Group
                    label="Account Domain Identifier"
                    name={field.name}
                    value={field.value}
                    onChange={field.onChange}
                    error={errors.identifierChoice?.message}
                  >
                    <Stack gap="xs" mt="xs">
                      <Radio
                        value="REQUESTED"
                        label={`${account.domainIdentifier} (as requested)`}
                      />
                      <Radio value="APPROVER_EMAIL_HOST" label={`${ownHost} (your email domain)`} />
                    </Stack>
                  </Radio.Group>
                )}
              />
            ) : (
              <Text fz="sm">
                <strong>Account Domain Identifier:</strong> {account.domainIdentifier}
              </Text>
            )}
            <Checkbox
              label={
                account.company
                  ? "Confirm or correct the company information"
                  : "Select to provide the company information now"
              }
              {...register("provideCompany")}
            />
            {provideCompany ? (
              <CompanyFields />
            ) : !account.company ? (
              <Alert color="yellow" variant="light">
                Without the company address the account waits in Pending Customer Address until it
                is given.
              </Alert>
            ) : null}
            <Checkbox
              label="I accept the approver's terms: by authorizing activation of this Smart Account, I agree that I am authorized to create accounts and manage product and service entitlements, license agreements and user access on behalf of my organization."
              error={errors.acceptTerms?.message}
              {...register("acceptTerms")}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" color="green" loading={loading}>
                Approve and Create the Account
              </Button>
            </Group>
          </Stack>
        </form>
      </FormProvider>
    </Modal>
  );
}
