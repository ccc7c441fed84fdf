import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  Alert,
  Anchor,
  Button,
  Divider,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import type { RequestSmartAccountForCustomerInput } from "@sam/graphql-types";
import { useForm, type FieldPath } from "react-hook-form";
import { Link, Navigate, useLocation, useNavigate, useParams } from "react-router";
import { NotForYou } from "@/components/ui/NotForYou";
import { DetailList } from "@/components/ui/DetailList";
import { PageHeader } from "@/components/ui/PageHeader";
import { useLeaveGuard } from "@/hooks/use-leave-guard";
import { useViewer } from "@/hooks/viewer-context";
import { notifySuccess } from "@/lib/notify";
import { emailHost, splitEmails } from "@/lib/validation";
import { requestSmartAccountForCustomerMutation } from "../api/create-account";
import { useRequestFlow } from "../hooks/use-request-flow";
import { draftKey, useStoredDraft, useWizardDraft } from "../hooks/use-wizard-draft";
import { useWizardFocus } from "../hooks/use-wizard-focus";
import {
  requestForCustomerDefaults,
  requestForCustomerSchema,
  type RequestForCustomerValues,
} from "../schemas/request-for-customer.schema";
import { useSentEntry, useWizardEntries } from "../sent-entries";
import { RequestCompletePage } from "./RequestCompletePage";
import { AccountIdentifierField } from "./AccountIdentifierField";
import { EditIdentifierDialog } from "./EditIdentifierDialog";
import { ExistingAccountsDialog } from "./ExistingAccountsDialog";
import { LeaveRequestDialog } from "./LeaveRequestDialog";
import classes from "./RequestWizard.module.css";

/** The form; its Review Request is a step of its own at ".../review". */
const CUSTOMER_WIZARD = "/directory/request/customer";
const REVIEW = `${CUSTOMER_WIZARD}/review`;

/** Where a history entry was pushed from, to make closing the review the browser's Back. */
type StepState = { wizardFrom?: string } | null;

const FIELDS: readonly FieldPath<RequestForCustomerValues>[] = [
  "name",
  "customerEmails",
  "domainIdentifier",
  "contactPhone",
  "noteToDomainApprover",
  "noteToCustomers",
  "userEmails",
  "noteToUsers",
];

function Header() {
  return (
    <PageHeader
      title="Request for a customer"
      description="Request a Smart Account for a customer: the customer approves and creates it."
      breadcrumbs={[
        { label: "Smart Account Manager", to: "/directory" },
        { label: "Directory", to: "/directory" },
        { label: "Request for a customer" },
      ]}
    />
  );
}

/** "Smart Account Request Complete" for a customer's request, at an address of its own. */
export function CustomerRequestCompletePage() {
  return <RequestCompletePage header={<Header />} />;
}

/** CLC's "Request a Smart Account for a Customer", for partners. */
export function RequestForCustomerPage() {
  const viewer = useViewer();
  // An entry of a request already sent, reached by Back from its completion page.
  const sent = useSentEntry("customer");
  if (sent) return <Navigate to="/directory" replace />;
  if (viewer.organisationType !== "PARTNER") {
    return (
      <>
        <Header />
        <NotForYou
          title="For partners only"
          description="Only partners request Smart Accounts for their customers. To request an account for your own company, or to name the person in your company who will authorize it, use Request for my company."
        >
          <Group justify="center">
            <Button component={Link} to="/directory/request/company">
              Request for my company
            </Button>
            <Button component={Link} to="/directory" variant="default">
              Back to the directory
            </Button>
          </Group>
        </NotForYou>
      </>
    );
  }
  return <RequestForCustomerForm />;
}

/**
 * The request's form, then its Review Request: each at its own address, so Back closes the
 * review and Forward opens it again; the draft is kept in the tab's session storage until it is
 * sent or cancelled (Back, Forward and Reload find it again); leaving it for another page asks.
 */
function RequestForCustomerForm() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const location = useLocation();
  const { step } = useParams();
  const [send, { loading }] = useMutation(requestSmartAccountForCustomerMutation);
  const key = draftKey("customer", viewer.id);
  const stored = useStoredDraft(key, requestForCustomerDefaults);
  const form = useForm({
    resolver: zodResolver(requestForCustomerSchema),
    mode: "onTouched",
    defaultValues: stored.values,
  });
  const focus = useWizardFocus(0);
  const entries = useWizardEntries("customer");
  const {
    register,
    handleSubmit,
    watch,
    setValue,
    getValues,
    formState: { errors },
  } = form;

  const customerEmail = splitEmails(watch("customerEmails"))[0] ?? null;
  const defaultIdentifier = emailHost(customerEmail ?? "");
  const identifier = watch("domainIdentifier").trim() || defaultIdentifier;
  // What the server checked before the review stands for this identifier and customer only.
  const identifierKey = `${identifier}|${customerEmail ?? ""}`;

  const openReview = (acknowledged?: string) => {
    draft.markChecked(identifierKey, acknowledged);
    void navigate(REVIEW, { state: { wizardFrom: "form" } });
  };
  const closeReview = () => {
    if ((location.state as StepState)?.wizardFrom === "form") void navigate(-1);
    else void navigate(CUSTOMER_WIZARD, { replace: true });
  };

  const flow = useRequestFlow({
    form,
    identifier,
    defaultIdentifier,
    approverEmail: customerEmail,
    flow: "CUSTOMER",
    proceed: openReview,
    send: async (acknowledge) => {
      const values = getValues();
      const input: RequestSmartAccountForCustomerInput = {
        name: values.name.trim(),
        customerEmails: splitEmails(values.customerEmails),
        domainIdentifier: values.domainIdentifier.trim() || null,
        contactPhone: values.contactPhone.trim() || null,
        noteToDomainApprover: values.noteToDomainApprover.trim() || null,
        noteToCustomers: values.noteToCustomers.trim() || null,
        userEmails: splitEmails(values.userEmails),
        noteToUsers: values.noteToUsers.trim() || null,
        acknowledgeExistingAccounts: acknowledge || null,
      };
      let data;
      try {
        ({ data } = await send({ variables: { input } }));
      } catch (error) {
        // Back to the form, where the refusal is shown (or the accounts it names are listed).
        closeReview();
        throw error;
      }
      if (!data) return;
      const account = data.requestSmartAccountForCustomer.smartAccount;
      // The requester reads the approvers while the account is provisional; if the server ever
      // withholds them, the addresses just entered are the same people.
      const approvers = account.approvers ?? input.customerEmails;
      notifySuccess(
        "Smart Account Request Complete",
        `A provisional Smart Account “${account.name}” has been created. An email has been sent to ${approvers.join(", ")} with instructions on how to activate it.`,
      );
      // Sent: the draft is done with, and the completion has an address of its own (in place of
      // the review, so Back does not offer to send it again).
      draft.clear();
      guard.release();
      entries.retire();
      await navigate(`${CUSTOMER_WIZARD}/complete/${account.id}`, { replace: true });
    },
    fields: FIELDS,
    failureTitle: "Could not send the request",
    acknowledged: stored.progress.acknowledged,
  });
  const { check, checking, formError } = flow;

  /** "Send Request" on the page: check everything, then the Review Request dialog. */
  const draft = useWizardDraft({
    key,
    form,
    pristine: requestForCustomerDefaults,
    initial: stored.progress,
    acknowledged: flow.acknowledged,
    derived: ["reviewRequired"],
  });
  const guard = useLeaveGuard(draft.dirty, (pathname) => pathname.startsWith(CUSTOMER_WIZARD));
  const { checked } = draft;

  /** "Send Request" on the page: check everything, then the Review Request dialog. */
  const review = handleSubmit(
    async () => {
      flow.setFormError(null);
      if (await flow.checkIdentifier()) openReview();
      else focus.focusFirstError();
    },
    () => focus.focusFirstError(),
  );

  const cancel = () => {
    draft.clear();
    guard.release();
    void navigate("/directory");
  };

  const values = watch();
  // The review opens only on a form that is complete and checked; a reload or a link to it
  // before that lands on the form.
  const reviewOpen =
    step === "review" &&
    requestForCustomerSchema.safeParse(values).success &&
    checked === identifierKey;
  if (step !== undefined && !reviewOpen) return <Navigate to={CUSTOMER_WIZARD} replace />;

  return (
    <>
      <Header />
      <Paper withBorder radius="sm" p="lg">
        <form ref={focus.container} noValidate onSubmit={(event) => void review(event)}>
          <Stack gap="md" className={classes.step}>
            {formError ? (
              <Alert color="red" variant="light" role="alert">
                {formError}
              </Alert>
            ) : null}
            <Title order={2} fz="h3">
              Identify the Account Name and Customer
            </Title>
            <Text fz="sm">
              Many customers?{" "}
              <Anchor component={Link} to="/directory/request/bulk">
                Request for many customers from a CSV file
              </Anchor>
            </Text>
            <TextInput
              label="Smart Account Name"
              required
              error={errors.name?.message}
              {...register("name")}
            />
            <TextInput
              label="Customer Email"
              description="The person who will approve the creation of the account. Several? Separate them with commas; any of them may decide."
              required
              error={errors.customerEmails?.message}
              {...register("customerEmails")}
            />
            <AccountIdentifierField
              identifier={identifier}
              contactPhone={values.contactPhone}
              note={values.noteToDomainApprover}
              check={check}
              checking={checking}
              errors={[errors.domainIdentifier?.message, errors.contactPhone?.message]}
              onEdit={flow.editIdentifier}
              onViewExisting={flow.viewExisting}
            />
            <Textarea
              label="Note to Customer"
              autosize
              minRows={2}
              error={errors.noteToCustomers?.message}
              {...register("noteToCustomers")}
            />
            <Divider label="Add Users to the Account" labelPosition="left" />
            <TextInput
              label="User Emails"
              description="The people who should have access to this account, separated by commas. They are added once the customer activates it."
              error={errors.userEmails?.message}
              {...register("userEmails")}
            />
            <Textarea
              label="Note to Added Users"
              autosize
              minRows={2}
              error={errors.noteToUsers?.message}
              {...register("noteToUsers")}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={cancel}>
                Cancel
              </Button>
              <Button type="submit">Send Request</Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Modal opened={reviewOpen} onClose={closeReview} title="Review Request" size="lg">
        <Stack gap="md">
          <DetailList
            items={[
              { label: "Smart Account Name", value: values.name },
              { label: "Account Domain Identifier", value: identifier },
              { label: "Customer Email", value: splitEmails(values.customerEmails).join(", ") },
              ...(values.contactPhone
                ? [{ label: "Contact Phone Number", value: values.contactPhone }]
                : []),
              ...(values.noteToDomainApprover
                ? [{ label: "Note to the domain approver", value: values.noteToDomainApprover }]
                : []),
              ...(values.noteToCustomers
                ? [{ label: "Note to Customer", value: values.noteToCustomers }]
                : []),
              {
                label: "User Emails",
                value: splitEmails(values.userEmails).join(", ") || "None",
              },
              ...(values.noteToUsers
                ? [{ label: "Note to Added Users", value: values.noteToUsers }]
                : []),
            ]}
          />
          <Alert color="blue" variant="light">
            A pending Smart Account will be created for the customer, and an email sent to them with
            instructions on how to activate it. If they do not accept it within 90 days, it lapses.
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={closeReview}>
              Back
            </Button>
            <Button loading={loading} onClick={() => void flow.submit()} data-autofocus>
              Send Request
            </Button>
          </Group>
        </Stack>
      </Modal>
      <EditIdentifierDialog
        {...flow.identifierEditor}
        withNote
        initial={{
          domainIdentifier: identifier,
          contactPhone: getValues("contactPhone"),
          note: getValues("noteToDomainApprover"),
        }}
        onSave={(edited) => {
          setValue("noteToDomainApprover", edited.note.trim());
          flow.saveIdentifier(edited);
        }}
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
