import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Group, Paper, Stepper, Title } from "@mantine/core";
import type { RequestSmartAccountInput } from "@sam/graphql-types";
import { FormProvider, useForm, type FieldPath } from "react-hook-form";
import { Navigate, useLocation, useNavigate, useParams } from "react-router";
import { useLeaveGuard } from "@/hooks/use-leave-guard";
import { useViewer } from "@/hooks/viewer-context";
import { notifySuccess } from "@/lib/notify";
import { emailHost, splitEmails } from "@/lib/validation";
import { requestSmartAccountMutation } from "../api/create-account";
import { useRequestFlow } from "../hooks/use-request-flow";
import { draftKey, useStoredDraft, useWizardDraft } from "../hooks/use-wizard-draft";
import { useWizardFocus } from "../hooks/use-wizard-focus";
import {
  requestForCompanyDefaults,
  requestForCompanySchema,
  type RequestForCompanyValues,
} from "../schemas/request-for-company.schema";
import { useSentEntry, useWizardEntries } from "../sent-entries";
import {
  AccountInformationStep,
  AdministrativeAccessStep,
  CompanyInformationStep,
  ReviewStep,
} from "./RequestForCompanySteps";
import { CompanyRequestHeader as Header } from "./CompanyRequestHeader";
import { EditIdentifierDialog } from "./EditIdentifierDialog";
import { ExistingAccountsDialog } from "./ExistingAccountsDialog";
import { LeaveRequestDialog } from "./LeaveRequestDialog";
import classes from "./RequestWizard.module.css";

// Routed from the wizard's module, so that it loads in the wizard's chunk.
export { RequestCompletePage } from "./RequestCompletePage";

type Field = FieldPath<RequestForCompanyValues>;

/** Where the wizard lives; each step is a path below it, the completed request another. */
export const COMPANY_WIZARD = "/directory/request/company";

const STEPS: readonly { slug: string; label: string; fields: readonly Field[] }[] = [
  {
    slug: "account-information",
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
    slug: "company-information",
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
    slug: "administrative-access",
    label: "Administrative User Access",
    fields: ["administratorEmails", "requestAccessForMyself"],
  },
  { slug: "review", label: "Review", fields: ["acceptTerms"] },
];

const ALL_FIELDS = STEPS.flatMap((step) => step.fields);

const stepPath = (step: number) => `${COMPANY_WIZARD}/${STEPS[step]!.slug}`;

// The server names a missing company as a whole; the form shows it on the first company field.
const FIELD_ALIASES: Partial<Record<string, Field>> = { company: "company.name" };

function stepOf(field: string): number {
  const name = FIELD_ALIASES[field] ?? field;
  const index = STEPS.findIndex((step) => step.fields.some((f) => f === name));
  return index < 0 ? 0 : index;
}

/**
 * The first step the person has not completed: a step opens (by Continue, Back, Forward, a
 * reload or a link) only when every step before it is valid, and the first one's identifier was
 * checked by the server as it stands. Checked quietly: no errors appear on the fields.
 */
function firstIncomplete(values: RequestForCompanyValues, identifierChecked: boolean): number {
  const issues = requestForCompanySchema.safeParse(values).error?.issues ?? [];
  const invalid = new Set(issues.map((issue) => issue.path.join(".")));
  for (let step = 0; step < STEPS.length - 1; step += 1) {
    if (STEPS[step]!.fields.some((field) => invalid.has(field))) return step;
    if (step === 0 && !identifierChecked) return step;
  }
  return STEPS.length - 1;
}

/** The step a history entry was pushed from, to make the wizard's Back the browser's. */
type StepState = { wizardFrom?: number } | null;

/**
 * "Request for my company": the CSC Smart Account Request wizard. Each step has its own path,
 * so the browser's Back and Forward move between steps; the draft (every field of every step)
 * is kept in the tab's session storage until it is sent or cancelled, so Back, Forward and
 * Reload find it again; leaving it for another page asks first.
 */
export function RequestForCompanyPage() {
  // An entry of a request already sent, reached by Back from its completion page.
  const sent = useSentEntry("company");
  if (sent) return <Navigate to="/directory" replace />;
  return <CompanyRequestWizard />;
}

function CompanyRequestWizard() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const location = useLocation();
  const { step: slug } = useParams();
  const active = STEPS.findIndex((step) => step.slug === slug);
  const [requestAccount, { loading: submitting }] = useMutation(requestSmartAccountMutation);

  const key = draftKey("company", viewer.id);
  const stored = useStoredDraft(key, requestForCompanyDefaults);
  const form = useForm({
    resolver: zodResolver(requestForCompanySchema),
    mode: "onTouched",
    defaultValues: stored.values,
  });
  const { watch, trigger, getValues } = form;
  const focus = useWizardFocus(active);
  const entries = useWizardEntries("company");

  const authorization = watch("authorization");
  const approverEmails = watch("approverEmails");
  const customIdentifier = watch("domainIdentifier");
  const self = authorization === "REQUESTER";
  const approverEmail = self ? null : (splitEmails(approverEmails)[0] ?? null);
  const defaultIdentifier = self ? emailHost(viewer.email) : emailHost(approverEmail ?? "");
  const identifier = customIdentifier.trim() || defaultIdentifier;
  // What the server checked on step 1 stands for this identifier and approver only.
  const identifierKey = `${identifier}|${approverEmail ?? ""}`;

  const goTo = (step: number) => {
    flow.setFormError(null);
    void navigate(stepPath(step), { state: { wizardFrom: active } });
  };

  /** Sends the request once every step is valid; a step with a bad field is shown instead. */
  const send = async (acknowledge: boolean) => {
    if (!(await trigger())) {
      const firstBad = ALL_FIELDS.find((field) => form.getFieldState(field).invalid);
      if (firstBad) goTo(stepOf(firstBad));
      focus.focusFirstError();
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
    // Sent: the draft is done with, and the completion has an address of its own (in place of
    // the review, so Back does not offer to send it again).
    draft.clear();
    guard.release();
    entries.retire();
    await navigate(`${COMPANY_WIZARD}/complete/${account.id}`, { replace: true });
  };

  const flow = useRequestFlow({
    form,
    identifier,
    defaultIdentifier,
    approverEmail,
    checkAsTyped: Boolean(authorization),
    proceed: (acknowledged) => {
      draft.markChecked(identifierKey, acknowledged);
      goTo(1);
    },
    onModifyIdentifier: () => goTo(0),
    send,
    fields: ALL_FIELDS,
    aliases: FIELD_ALIASES,
    onFieldError: (field) => {
      void navigate(stepPath(stepOf(field)), { state: { wizardFrom: active } });
      focus.focusFirstError();
    },
    failureTitle: "Could not submit the request",
    acknowledged: stored.progress.acknowledged,
  });
  const { check, checking, formError } = flow;

  const draft = useWizardDraft({
    key,
    form,
    pristine: requestForCompanyDefaults,
    initial: stored.progress,
    acknowledged: flow.acknowledged,
    derived: ["reviewRequired"],
  });
  const guard = useLeaveGuard(draft.dirty, (pathname) => pathname.startsWith(COMPANY_WIZARD));
  const { checked } = draft;

  const next = async () => {
    const fields = [...STEPS[active]!.fields];
    if (!(await trigger(fields))) {
      focus.focusFirstError();
      return;
    }
    if (active === 0) {
      // Step 1's Continue: the fields, then the identifier as the server sees it.
      if (!(await flow.checkIdentifier())) {
        focus.focusFirstError();
        return;
      }
      draft.markChecked(identifierKey);
    }
    goTo(active + 1);
  };

  const back = () => {
    // Came here by the wizard's own Continue: Back is the browser's, so history stays a line.
    if ((location.state as StepState)?.wizardFrom === active - 1) void navigate(-1);
    else goTo(active - 1);
  };

  const cancel = () => {
    draft.clear();
    guard.release();
    void navigate("/directory");
  };

  if (active < 0) return <Navigate to={stepPath(0)} replace />;
  const reachable = firstIncomplete(getValues(), checked === identifierKey);
  if (active > reachable) return <Navigate to={stepPath(reachable)} replace />;

  return (
    <>
      <Header />
      <FormProvider {...form}>
        <Paper withBorder radius="sm" p="lg">
          <form
            ref={focus.container}
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
                  key={step.slug}
                  label={step.label}
                  description={
                    index === 1 && authorization !== "REQUESTER"
                      ? "Optional"
                      : index === 2
                        ? "Optional"
                        : undefined
                  }
                  aria-label={`Step ${index + 1} of ${STEPS.length}: ${step.label}${
                    index < active ? " (done)" : index === active ? " (current)" : ""
                  }`}
                  aria-current={index === active ? "step" : undefined}
                />
              ))}
            </Stepper>
            <Title
              order={2}
              fz="h3"
              mb="md"
              ref={focus.heading}
              tabIndex={-1}
              className={classes.heading}
            >
              {STEPS[active]!.label}
            </Title>
            {formError ? (
              <Alert color="red" variant="light" role="alert" mb="md">
                {formError}
              </Alert>
            ) : null}
            <div className={classes.step}>
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
            </div>
            <Group justify="space-between" mt="xl">
              <Group gap="sm">
                <Button variant="default" onClick={back} disabled={active === 0 || submitting}>
                  Back
                </Button>
                <Button variant="subtle" color="gray" onClick={cancel} disabled={submitting}>
                  Cancel
                </Button>
              </Group>
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
      <LeaveRequestDialog
        opened={guard.asking}
        onStay={guard.stay}
        onLeave={() => {
          draft.clear();
          guard.leave();
        }}
      />
    </>
  );
}
