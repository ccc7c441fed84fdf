import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Group, Paper, Stepper, Title } from "@mantine/core";
import type { RequestSmartAccountInput, SmartAccountFieldsFragment } from "@sam/graphql-types";
import { useState } from "react";
import { FormProvider, useForm, type FieldPath } from "react-hook-form";
import { PageHeader } from "@/components/ui/PageHeader";
import { useViewer } from "@/hooks/viewer-context";
import { notifySuccess } from "@/lib/notify";
import { emailHost, splitEmails } from "@/lib/validation";
import { requestSmartAccountMutation } from "../api/create-account";
import { useRequestFlow } from "../hooks/use-request-flow";
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

/** "Request for my company": the CSC Smart Account Request wizard. */
export function RequestForCompanyPage() {
  const viewer = useViewer();
  const [active, setActive] = useState(0);
  const [created, setCreated] = useState<SmartAccountFieldsFragment | null>(null);
  const [requestAccount, { loading: submitting }] = useMutation(requestSmartAccountMutation);

  const form = useForm({
    resolver: zodResolver(requestForCompanySchema),
    mode: "onTouched",
    defaultValues: requestForCompanyDefaults,
  });
  const { watch, trigger, getValues } = form;

  const authorization = watch("authorization");
  const approverEmails = watch("approverEmails");
  const customIdentifier = watch("domainIdentifier");
  const self = authorization === "REQUESTER";
  const approverEmail = self ? null : (splitEmails(approverEmails)[0] ?? null);
  const defaultIdentifier = self ? emailHost(viewer.email) : emailHost(approverEmail ?? "");
  const identifier = customIdentifier.trim() || defaultIdentifier;

  const goTo = (step: number) => {
    flow.setFormError(null);
    setActive(step);
  };

  /** Sends the request once every step is valid; a step with a bad field is shown instead. */
  const send = async (acknowledge: boolean) => {
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
  };

  const flow = useRequestFlow({
    form,
    identifier,
    defaultIdentifier,
    approverEmail,
    checkAsTyped: Boolean(authorization),
    proceed: () => goTo(1),
    onModifyIdentifier: () => goTo(0),
    send,
    fields: ALL_FIELDS,
    aliases: FIELD_ALIASES,
    onFieldError: (field) => setActive(stepOf(field)),
    failureTitle: "Could not submit the request",
  });
  const { check, checking, formError } = flow;

  const next = async () => {
    if (active === 0) {
      // Step 1's Continue: the fields, then the identifier as the server sees it.
      if ((await trigger([...STEPS[0]!.fields])) && (await flow.checkIdentifier())) goTo(1);
      return;
    }
    if (await trigger([...STEPS[active]!.fields])) goTo(active + 1);
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
              if (active === STEPS.length - 1) void flow.submit();
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
                onEditIdentifier={flow.editIdentifier}
                onViewExisting={flow.viewExisting}
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
        {...flow.identifierEditor}
        initial={{
          domainIdentifier: identifier,
          contactPhone: getValues("contactPhone"),
          note: "",
        }}
        onSave={flow.saveIdentifier}
      />
      <ExistingAccountsDialog {...flow.existingAccounts} />
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
