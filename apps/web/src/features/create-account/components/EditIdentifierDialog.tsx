import { useQuery } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Anchor, Button, Group, Modal, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { useEffect, useEffectEvent } from "react";
import { useForm } from "react-hook-form";
import { checkDomainQuery } from "../api/create-account";
import {
  composeIdentifier,
  editIdentifierSchema,
  type EditIdentifierFormValues,
  type EditIdentifierValues,
} from "../schemas/edit-identifier.schema";
import {
  checkDomainVariables,
  useCheckDomainNow,
  useDomainCheck,
  type DomainCheckFlow,
} from "../hooks/use-domain-check";
import { DomainCheckSummary } from "./DomainCheckSummary";

type EditIdentifierDialogProps = {
  opened: boolean;
  onClose: () => void;
  initial: EditIdentifierValues;
  /** Whose email host is the default (and needs no review). */
  approverEmail: string | null;
  /** Which request the identifier is for: checked by that request's rules. */
  flow?: DomainCheckFlow;
  /** The partner flow's "Note to the domain approver". */
  withNote?: boolean;
  onSave: (values: EditIdentifierValues) => void;
};

/**
 * "Edit Account Identifier": a prefix on the identifier's domain ("[ lab ].ccoesup.com"), or
 * another domain, checked live as composed by the rules of the request it is for. It starts
 * empty, never from the identifier being replaced (which may be taken).
 */
export function EditIdentifierDialog({
  opened,
  onClose,
  initial,
  approverEmail,
  flow = "MY_COMPANY",
  withNote = false,
  onSave,
}: EditIdentifierDialogProps) {
  const checkNow = useCheckDomainNow();
  // The domain the prefix goes on: the registrable domain of the identifier being replaced, from
  // the check the page already made of it (Apollo's cache).
  const base = useQuery(checkDomainQuery, {
    variables: checkDomainVariables(initial.domainIdentifier, approverEmail, flow),
    skip: !opened || !initial.domainIdentifier.trim(),
  });
  const domain = base.data?.checkDomain.valid ? base.data.checkDomain.topLevelDomain : null;

  const {
    register,
    handleSubmit,
    reset,
    watch,
    setValue,
    setError,
    clearErrors,
    formState: { errors, isSubmitting },
  } = useForm<EditIdentifierFormValues>({
    resolver: zodResolver(editIdentifierSchema),
    mode: "onTouched",
    defaultValues: { mode: "prefix", prefix: "", domainIdentifier: "", contactPhone: "", note: "" },
  });

  // Only on opening: `initial` is rebuilt on every render of the caller.
  const resetToInitial = useEffectEvent(() =>
    reset({
      mode: "prefix",
      prefix: "",
      domainIdentifier: "",
      contactPhone: initial.contactPhone,
      note: initial.note,
    }),
  );
  useEffect(() => {
    if (opened) resetToInitial();
  }, [opened]);

  const chosenMode = watch("mode");
  // Without a domain to put a prefix on (no identifier yet, or not a valid one): another domain.
  const mode = chosenMode === "prefix" && domain ? "prefix" : "domain";
  const waitingForDomain = chosenMode === "prefix" && !domain && base.loading;
  const prefix = watch("prefix");
  const typedDomain = watch("domainIdentifier");
  const identifier =
    mode === "prefix" && domain ? composeIdentifier(prefix, domain) : typedDomain.trim();
  const { check, checking } = useDomainCheck(opened ? identifier : "", approverEmail, flow);
  const field = mode === "prefix" ? "prefix" : "domainIdentifier";

  const switchTo = (next: "prefix" | "domain") => {
    clearErrors(["prefix", "domainIdentifier"]);
    setValue("mode", next);
  };

  const onSubmit = handleSubmit(async (values) => {
    if (!identifier) {
      setError(field, { message: "Enter a domain, such as example.com" });
      return;
    }
    const result = await checkNow(identifier, approverEmail, flow).catch(() => null);
    if (result && !result.valid) {
      setError(field, { message: result.message ?? "This is not a valid domain." });
      return;
    }
    // What the request would refuse is refused here too: the identifier must be another one.
    const [refusal] = result?.refusals ?? [];
    if (refusal) {
      setError(field, { message: refusal.message });
      return;
    }
    if (result?.reviewRequired && !values.contactPhone.trim()) {
      setError("contactPhone", {
        message:
          "This identifier needs review: give a contact phone number for the domain approvers",
      });
      return;
    }
    onSave({
      domainIdentifier: result?.identifier ?? identifier,
      contactPhone: values.contactPhone,
      note: values.note,
    });
  });

  // The live check already says a refusal; the field's error says it once more only if different.
  const shown = new Set(check?.refusals.map((r) => r.message) ?? []);
  const fieldError = (message: string | undefined) =>
    message && !shown.has(message) ? message : undefined;

  return (
    <Modal opened={opened} onClose={onClose} title="Edit Account Identifier" size="lg">
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <Stack gap="md">
          <Text fz="sm" c="dimmed">
            {mode === "prefix"
              ? `Add a prefix on ${domain}, such as lab.${domain}, or use another domain.`
              : "Enter the domain identifier, such as pl.example.com."}{" "}
            An identifier other than the approver&apos;s own email domain needs a domain
            approver&apos;s review, who will contact you to complete the approval.
          </Text>
          {mode === "prefix" ? (
            <Stack gap={4}>
              <TextInput
                label="Prefix"
                description={`Followed by .${domain}: the identifier is the prefix and the domain.`}
                placeholder="lab"
                data-autofocus
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                rightSection={
                  <Text fz="sm" fw={600} data-testid="identifier-suffix" pr="xs">
                    .{domain}
                  </Text>
                }
                rightSectionWidth={`calc(${(domain?.length ?? 0) + 1}ch + 1.5rem)`}
                rightSectionPointerEvents="none"
                styles={{ section: { justifyContent: "flex-end", whiteSpace: "nowrap" } }}
                error={fieldError(errors.prefix?.message)}
                {...register("prefix")}
              />
              <Text fz="sm">
                Account Domain Identifier: <strong>{identifier}</strong>
              </Text>
              <Anchor component="button" type="button" fz="sm" onClick={() => switchTo("domain")}>
                Use another domain
              </Anchor>
            </Stack>
          ) : (
            <Stack gap={4}>
              <TextInput
                label="Proposed Domain Identifier"
                required
                placeholder={waitingForDomain ? undefined : "example.com"}
                data-autofocus
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                error={fieldError(errors.domainIdentifier?.message)}
                {...register("domainIdentifier")}
              />
              {domain ? (
                <Anchor component="button" type="button" fz="sm" onClick={() => switchTo("prefix")}>
                  Add a prefix on {domain} instead
                </Anchor>
              ) : null}
            </Stack>
          )}
          {identifier ? <DomainCheckSummary check={check} checking={checking} /> : null}
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
