import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Group, Paper, Stepper, Title } from "@mantine/core";
import type { RequestSmartAccountInput, SmartAccountFieldsFragment } from "@sam/graphql-types";
import { useEffect, useState } from "react";
import { FormProvider, useForm, type FieldPath } from "react-hook-form";
import { PageHeader } from "@/components/ui/PageHeader";
import { useViewer } from "@/hooks/viewer-context";
import { applyServerFieldErrors } from "@/lib/form-errors";
import { describeError, hasErrorCode, inputFieldErrors } from "@/lib/graphql-errors";
import { notifyError, notifySuccess } from "@/lib/notify";
import { emailHost, splitEmails } from "@/lib/validation";
import { requestSmartAccountMutation } from "../api/create-account";
import { requestConflict, type RequestConflict } from "../hooks/conflict";
import { useCheckDomainNow, useDomainCheck } from "../hooks/use-domain-check";
import {
  requestForCompanyDefaults,
  requestForCompanySchema,
  type RequestForCompanyValues,
} from "../schemas/request-for-company.schema";
import {
  AccountInformationStep,
  AdministrativeAccessStep,
  CompanyInformationStep,
  ReviewStep,
} from "./RequestForCompanySteps";
import { EditIdentifierDialog } from "./EditIdentifierDialog";
import { ExistingAccountsDialog } from "./ExistingAccountsDialog";
import { RequestCompleteView } from "./RequestCompleteView";

type Field = FieldPath<RequestForCompanyValues>;

const STEPS: readonly { label: string; fields: readonly Field[] }[] = [
  {
    label: "Account Information",
    fields: [
      "authorization",
      "approverEmails",
      "message",
      "name",
      "domainIdentifier",
      "contactPhone",
    ],
  },
  {
    label: "Company Information",
    fields: [
      "company.name",
      "company.country",
      "company.addressLine",
      "company.city",
      "company.region",
      "company.postalCode",
    ],
  },
  {
    label: "Administrative User Access",
    fields: ["administratorEmails", "requestAccessForMyself"],
  },
  { label: "Review", fields: ["acceptTerms"] },
];

const ALL_FIELDS = STEPS.flatMap((step) => step.fields);

// The server names a missing company as a whole; the form shows it on the first company field.
const FIELD_ALIASES: Partial<Record<string, Field>> = { company: "company.name" };

function stepOf(field: string): number {
  const name = FIELD_ALIASES[field] ?? field;
  const index = STEPS.findIndex((step) => step.fields.some((f) => f === name));
  return index < 0 ? 0 : index;
}

type ExistingState = {
  identifier: string;
  conflict: RequestConflict | null;
  /** What "Continue with the identifier" goes on to do. */
  then: "next-step" | "submit";
};

/** "Request for my company": the CSC Smart Account Request wizard. */
export function RequestForCompanyPage() {
  const viewer = useViewer();
  const [active, setActive] = useState(0);
  const [editOpen, setEditOpen] = useState(false);
  const [existing, setExisting] = useState<ExistingState | null>(null);
  const [acknowledged, setAcknowledged] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<SmartAccountFieldsFragment | null>(null);
  const [requestAccount, { loading: submitting }] = useMutation(requestSmartAccountMutation);
  const checkNow = useCheckDomainNow();

  const form = useForm({
    resolver: zodResolver(requestForCompanySchema),
    mode: "onTouched",
    defaultValues: requestForCompanyDefaults,
  });
  const { watch, setValue, trigger, getValues, setError, clearErrors } = form;

  const authorization = watch("authorization");
  const approverEmails = watch("approverEmails");
  const customIdentifier = watch("domainIdentifier");
  const self = authorization === "REQUESTER";
  const approverEmail = self ? null : (splitEmails(approverEmails)[0] ?? null);
  const defaultIdentifier = self ? emailHost(viewer.email) : emailHost(approverEmail ?? "");
  const identifier = customIdentifier.trim() || defaultIdentifier;
  const { check, checking } = useDomainCheck(authorization ? identifier : "", approverEmail);

  useEffect(() => {
    setValue("reviewRequired", check?.reviewRequired ?? false);
  }, [check, setValue]);

  const goTo = (step: number) => {
    setFormError(null);
    setActive(step);
  };

  /** Step 1's Continue: the fields, then the identifier as the server sees it. */
  const continueFromAccountInformation = async () => {
    if (!(await trigger([...STEPS[0]!.fields]))) return;
    let result;
    try {
      result = await checkNow(identifier, approverEmail);
    } catch (error) {
      notifyError("Could not check the Account Domain Identifier", error);
      return;
    }
    if (!result.valid) {
      setError("domainIdentifier", { message: result.message ?? "This is not a valid domain." });
      return;
    }
    setValue("reviewRequired", result.reviewRequired);
    if (result.reviewRequired && !(await trigger("contactPhone"))) return;
    if (result.existingAccounts.length > 0 && acknowledged !== result.identifier) {
      setExisting({
        identifier: result.identifier ?? identifier,
        conflict: null,
        then: "next-step",
      });
      return;
    }
    goTo(1);
  };

  const next = async () => {
    if (active === 0) {
      await continueFromAccountInformation();
      return;
    }
    if (await trigger([...STEPS[active]!.fields])) goTo(active + 1);
  };

  const submit = async (acknowledge = acknowledged === identifier) => {
    setFormError(null);
    if (!(await trigger())) {
      const firstBad = ALL_FIELDS.find((field) => form.getFieldState(field).invalid);
      if (firstBad) setActive(stepOf(firstBad));
      return;
    }
    const values = getValues();
    const withCompany = self || values.provideCompany;
    const input: RequestSmartAccountInput = {
      authorization: values.authorization,
      name: values.name.trim(),
      domainIdentifier: values.domainIdentifier.trim() || null,
      contactPhone: values.contactPhone.trim() || null,
      approverEmails: self ? null : splitEmails(values.approverEmails),
      message: self ? null : values.message.trim() || null,
      company: withCompany
        ? {
            name: values.company.name.trim(),
            country: values.company.country,
            addressLine: values.company.addressLine.trim(),
            city: values.company.city.trim(),
            region: values.company.region.trim(),
            postalCode: values.company.postalCode.trim(),
          }
        : null,
      acceptTerms: self ? values.acceptTerms : null,
      administratorEmails: splitEmails(values.administratorEmails),
      requestAccessForMyself: values.requestAccessForMyself,
      acknowledgeExistingAccounts: acknowledge || null,
    };
    try {
      const { data } = await requestAccount({ variables: { input } });
      if (!data) return;
      const account = data.requestSmartAccount.smartAccount;
      notifySuccess(
        "Smart Account Request Complete",
        account.status === "ACTIVE"
          ? `“${account.name}” is active.`
          : `A provisional Smart Account “${account.name}” has been created.`,
      );
      setCreated(account);
    } catch (error) {
      const conflict = requestConflict(error);
      if (conflict) {
        setExisting({ identifier, conflict, then: "submit" });
        return;
      }
      if (hasErrorCode(error, "BAD_USER_INPUT")) {
        const unmatched = applyServerFieldErrors(error, setError, ALL_FIELDS, FIELD_ALIASES);
        const [first] = inputFieldErrors(error);
        if (first) setActive(stepOf(first.field));
        setFormError(
          unmatched.length > 0
            ? unmatched.map((e) => e.message).join(" ")
            : first
              ? null
              : describeError(error),
        );
        return;
      }
      notifyError("Could not submit the request", error);
    }
  };

  if (created) {
    return (
      <>
        <Header />
        <RequestCompleteView account={created} />
      </>
    );
  }

  return (
    <>
      <Header />
      <FormProvider {...form}>
        <Paper withBorder radius="sm" p="lg">
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (active === STEPS.length - 1) void submit();
              else void next();
            }}
          >
            <Stepper
              active={active}
              onStepClick={(step) => {
                // Back to any step done; forward only through Continue, which checks each step.
                if (step < active) goTo(step);
              }}
              allowNextStepsSelect={false}
              size="sm"
              mb="lg"
            >
              {STEPS.map((step, index) => (
                <Stepper.Step
                  key={step.label}
                  label={step.label}
                  description={
                    index === 1 && authorization !== "REQUESTER"
                      ? "Optional"
                      : index === 2
                        ? "Optional"
                        : undefined
                  }
                  aria-label={`Step ${index + 1} of ${STEPS.length}: ${step.label}`}
                />
              ))}
            </Stepper>
            <Title order={2} fz="h3" mb="md">
              {STEPS[active]!.label}
            </Title>
            {formError ? (
              <Alert color="red" variant="light" role="alert" mb="md">
                {formError}
              </Alert>
            ) : null}
            {active === 0 ? (
              <AccountInformationStep
                identifier={identifier}
                check={check}
                checking={checking}
                onEditIdentifier={() => setEditOpen(true)}
                onViewExisting={() =>
                  setExisting({
                    identifier: check?.identifier ?? identifier,
                    conflict: null,
                    then: "next-step",
                  })
                }
              />
            ) : active === 1 ? (
              <CompanyInformationStep topLevelDomain={check?.topLevelDomain ?? identifier} />
            ) : active === 2 ? (
              <AdministrativeAccessStep />
            ) : (
              <ReviewStep identifier={identifier} viewerEmail={viewer.email} />
            )}
            <Group justify="space-between" mt="xl">
              <Button
                variant="default"
                onClick={() => goTo(active - 1)}
                disabled={active === 0 || submitting}
              >
                Back
              </Button>
              {active === STEPS.length - 1 ? (
                <Button type="submit" loading={submitting}>
                  Submit Request
                </Button>
              ) : (
                <Button type="submit">Continue</Button>
              )}
            </Group>
          </form>
        </Paper>
      </FormProvider>
      <EditIdentifierDialog
        opened={editOpen}
        onClose={() => setEditOpen(false)}
        approverEmail={approverEmail}
        initial={{
          domainIdentifier: identifier,
          contactPhone: getValues("contactPhone"),
          note: "",
        }}
        onSave={(values) => {
          // The default stays the default (and follows the approver's email) unless changed.
          setValue(
            "domainIdentifier",
            values.domainIdentifier === defaultIdentifier ? "" : values.domainIdentifier,
          );
          setValue("contactPhone", values.contactPhone.trim());
          clearErrors(["domainIdentifier", "contactPhone"]);
          setEditOpen(false);
        }}
      />
      <ExistingAccountsDialog
        opened={existing !== null}
        onClose={() => setExisting(null)}
        identifier={existing?.identifier ?? identifier}
        approverEmail={approverEmail}
        conflictMessage={existing?.conflict?.message}
        fallback={existing?.conflict?.accounts}
        onModify={() => {
          setExisting(null);
          goTo(0);
          setEditOpen(true);
        }}
        onAcknowledge={() => {
          const then = existing?.then;
          setAcknowledged(existing?.identifier ?? identifier);
          setExisting(null);
          if (then === "submit") void submit(true);
          else goTo(1);
        }}
      />
    </>
  );
}

function Header() {
  return (
    <PageHeader
      title="Request for my company"
      description="Smart Account Request: authorize a new Smart Account for your company, or name the person who will."
      breadcrumbs={[
        { label: "Smart Account Manager", to: "/directory" },
        { label: "Directory", to: "/directory" },
        { label: "Request for my company" },
      ]}
    />
  );
}
