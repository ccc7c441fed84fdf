import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import type { SmartAccountFieldsFragment } from "@sam/graphql-types";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { handleFormMutationError } from "@/lib/form-errors";
import { notifySuccess } from "@/lib/notify";
import { resubmitDomainMutation } from "../api/requests";
import { resubmitDomainSchema } from "../schemas/resubmit-domain.schema";

type ResubmitDomainDialogProps = {
  account: SmartAccountFieldsFragment | null;
  onClose: () => void;
};

/** After a domain rejection: another identifier (and a phone) for a new review. */
export function ResubmitDomainDialog({ account, onClose }: ResubmitDomainDialogProps) {
  const [resubmit, { loading }] = useMutation(resubmitDomainMutation);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(resubmitDomainSchema),
    mode: "onTouched",
    defaultValues: { domainIdentifier: "", contactPhone: "" },
  });

  useEffect(() => {
    if (account) {
      reset({ domainIdentifier: "", contactPhone: account.domain?.contactPhone ?? "" });
      setFormError(null);
    }
  }, [account, reset]);

  const onSubmit = handleSubmit(async (input) => {
    if (!account) return;
    setFormError(null);
    try {
      const { data } = await resubmit({
        variables: { input: { smartAccountId: account.id, ...input } },
      });
      notifySuccess(
        "Identifier resubmitted",
        `${data?.resubmitDomain.smartAccount.domainIdentifier ?? input.domainIdentifier} waits for a domain approver's review.`,
      );
      onClose();
    } catch (error) {
      setFormError(
        handleFormMutationError(error, {
          setError,
          fields: ["domainIdentifier", "contactPhone"],
          title: "Could not resubmit the identifier",
        }),
      );
    }
  });

  return (
    <Modal opened={account !== null} onClose={onClose} title="Resubmit Account Domain Identifier">
      {account ? (
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <Stack gap="md">
            {formError ? (
              <Alert color="red" variant="light" role="alert">
                {formError}
              </Alert>
            ) : null}
            <Text fz="sm">
              {account.domain?.identifier ?? account.domainIdentifier} was rejected
              {account.domain?.decisionReason ? `: ${account.domain.decisionReason}` : "."} Propose
              another identifier for “{account.name}”.
            </Text>
            <TextInput
              label="Proposed Domain Identifier"
              required
              data-autofocus
              error={errors.domainIdentifier?.message}
              {...register("domainIdentifier")}
            />
            <TextInput
              label="Contact Phone Number"
              description="In international form, such as +1 949 555 0100."
              type="tel"
              required
              error={errors.contactPhone?.message}
              {...register("contactPhone")}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={loading}>
                Resubmit
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  );
}
