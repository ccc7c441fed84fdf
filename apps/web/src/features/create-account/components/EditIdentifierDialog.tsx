import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { useEffect, useEffectEvent } from "react";
import { useForm } from "react-hook-form";
import { editIdentifierSchema, type EditIdentifierValues } from "../schemas/edit-identifier.schema";
import { useCheckDomainNow, useDomainCheck } from "../hooks/use-domain-check";
import { DomainCheckSummary } from "./DomainCheckSummary";

type EditIdentifierDialogProps = {
  opened: boolean;
  onClose: () => void;
  initial: EditIdentifierValues;
  /** Whose email host is the default (and needs no review). */
  approverEmail: string | null;
  /** The partner flow's "Note to the domain approver". */
  withNote?: boolean;
  onSave: (values: EditIdentifierValues) => void;
};

export function EditIdentifierDialog({
  opened,
  onClose,
  initial,
  approverEmail,
  withNote = false,
  onSave,
}: EditIdentifierDialogProps) {
  const checkNow = useCheckDomainNow();
  const {
    register,
    handleSubmit,
    reset,
    watch,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(editIdentifierSchema),
    mode: "onTouched",
    defaultValues: initial,
  });

  // Only on opening: `initial` is rebuilt on every render of the caller.
  const resetToInitial = useEffectEvent(() => reset(initial));
  useEffect(() => {
    if (opened) resetToInitial();
  }, [opened]);

  const identifier = watch("domainIdentifier");
  const { check, checking } = useDomainCheck(opened ? identifier : "", approverEmail);

  const onSubmit = handleSubmit(async (values) => {
    const result = await checkNow(values.domainIdentifier, approverEmail).catch(() => null);
    if (result && !result.valid) {
      setError("domainIdentifier", { message: result.message ?? "This is not a valid domain." });
      return;
    }
    if (result?.reviewRequired && !values.contactPhone.trim()) {
      setError("contactPhone", {
        message:
          "This identifier needs review: give a contact phone number for the domain approvers",
      });
      return;
    }
    onSave({ ...values, domainIdentifier: result?.identifier ?? values.domainIdentifier.trim() });
  });

  return (
    <Modal opened={opened} onClose={onClose} title="Edit Account Identifier" size="lg">
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <Stack gap="md">
          <Text fz="sm" c="dimmed">
            Change the domain identifier: edit the top-level domain or add a prefix (such as
            pl.example.com). An identifier other than the approver&apos;s own email domain needs a
            domain approver&apos;s review, who will contact you to complete the approval.
          </Text>
          <TextInput
            label="Proposed Domain Identifier"
            required
            data-autofocus
            error={errors.domainIdentifier?.message}
            {...register("domainIdentifier")}
          />
          <DomainCheckSummary check={check} checking={checking} />
          <TextInput
            label="Contact Phone Number"
            description="For the domain approver, in international form, such as +1 949 555 0100."
            type="tel"
            autoComplete="tel"
            error={errors.contactPhone?.message}
            {...register("contactPhone")}
          />
          {withNote ? (
            <Textarea
              label="Note to the domain approver"
              autosize
              minRows={2}
              error={errors.note?.message}
              {...register("note")}
            />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={isSubmitting}>
              OK
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
