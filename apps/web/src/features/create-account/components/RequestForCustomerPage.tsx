import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  Alert,
  Button,
  Divider,
  Group,
  Modal,
  Paper,
  Stack,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import type { RequestSmartAccountForCustomerInput } from "@sam/graphql-types";
import { useState } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import { Link, useNavigate } from "react-router";
import { NotForYou } from "@/components/ui/NotForYou";
import { DetailList } from "@/components/ui/DetailList";
import { PageHeader } from "@/components/ui/PageHeader";
import { useViewer } from "@/hooks/viewer-context";
import { notifySuccess } from "@/lib/notify";
import { emailHost, splitEmails } from "@/lib/validation";
import { requestSmartAccountForCustomerMutation } from "../api/create-account";
import { useRequestFlow } from "../hooks/use-request-flow";
import {
  requestForCustomerDefaults,
  requestForCustomerSchema,
  type RequestForCustomerValues,
} from "../schemas/request-for-customer.schema";
import { AccountIdentifierField } from "./AccountIdentifierField";
import { EditIdentifierDialog } from "./EditIdentifierDialog";
import { ExistingAccountsDialog } from "./ExistingAccountsDialog";

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

/** CLC's "Request a Smart Account for a Customer", for partners. */
export function RequestForCustomerPage() {
  const viewer = useViewer();
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

function RequestForCustomerForm() {
  const navigate = useNavigate();
  const [reviewOpen, setReviewOpen] = useState(false);
  const [send, { loading }] = useMutation(requestSmartAccountForCustomerMutation);
  const form = useForm({
    resolver: zodResolver(requestForCustomerSchema),
    mode: "onTouched",
    defaultValues: requestForCustomerDefaults,
  });
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

  const flow = useRequestFlow({
    form,
    identifier,
    defaultIdentifier,
    approverEmail: customerEmail,
    flow: "CUSTOMER",
    proceed: () => setReviewOpen(true),
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
      const { data } = await send({ variables: { input } }).finally(() => setReviewOpen(false));
      if (!data) return;
      const account = data.requestSmartAccountForCustomer.smartAccount;
      // The requester reads the approvers while the account is provisional; if the server ever
      // withholds them, the addresses just entered are the same people.
      const approvers = account.approvers ?? input.customerEmails;
      notifySuccess(
        "Smart Account Request Complete",
        `A provisional Smart Account “${account.name}” has been created. An email has been sent to ${approvers.join(", ")} with instructions on how to activate it.`,
      );
      await navigate("/directory");
    },
    fields: FIELDS,
    failureTitle: "Could not send the request",
  });
  const { check, checking, formError } = flow;

  /** "Send Request" on the page: check everything, then the Review Request dialog. */
  const review = handleSubmit(async () => {
    flow.setFormError(null);
    if (await flow.checkIdentifier()) setReviewOpen(true);
  });

  const values = watch();

  return (
    <>
      <Header />
      <Paper withBorder radius="sm" p="lg">
        <form noValidate onSubmit={(event) => void review(event)}>
          <Stack gap="md">
            {formError ? (
              <Alert color="red" variant="light" role="alert">
                {formError}
              </Alert>
            ) : null}
            <Title order={2} fz="h3">
              Identify the Account Name and Customer
            </Title>
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
              <Button component={Link} to="/directory" variant="default">
                Cancel
              </Button>
              <Button type="submit">Send Request</Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Modal
        opened={reviewOpen}
        onClose={() => setReviewOpen(false)}
        title="Review Request"
        size="lg"
      >
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
            <Button variant="default" onClick={() => setReviewOpen(false)}>
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
    </>
  );
}
