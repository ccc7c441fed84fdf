import { Alert, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { SmartAccountFieldsFragment } from "@sam/graphql-types";
import { Link } from "react-router";
import { DetailList } from "@/components/ui/DetailList";
import { NextStep } from "@/components/ui/NextStep";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { formatDate } from "@/lib/format";

function summary(account: SmartAccountFieldsFragment): string {
  const approvers =
    account.approvers?.map((email) => `“${email}”`).join(", ") ?? "the account's approvers";
  switch (account.status) {
    case "ACTIVE":
      return `The Smart Account “${account.name}” is active. You are its administrator and approver; its DEFAULT virtual account is ready.`;
    case "PENDING_DOMAIN_APPROVAL":
      return `A provisional Smart Account has been created for “${account.name}”. Its Account Domain Identifier ${account.domainIdentifier} needs approval by a domain approver, who may contact you at ${account.domain?.contactPhone ?? "the phone number you gave"}. Once it is approved, ${approvers} will be emailed with instructions on how to activate the Smart Account.`;
    default:
      return `A provisional Smart Account has been created for “${account.name}”. An email has been sent to ${approvers} with instructions on how to activate their company's Smart Account. You will receive an email confirmation once the Smart Account is activated.`;
  }
}

/** "Smart Account Request Complete": what was created, who was emailed, what happens next. */
export function RequestCompleteView({ account }: { account: SmartAccountFieldsFragment }) {
  return (
    <Paper withBorder radius="sm" p="lg">
      <Stack gap="md">
        <Title order={2} fz="h3">
          Smart Account Request Complete
        </Title>
        <Alert color={account.status === "ACTIVE" ? "green" : "blue"} variant="light" role="status">
          {summary(account)}
        </Alert>
        <DetailList
          items={[
            { label: "Account Name", value: account.name },
            { label: "Account Domain Identifier", value: account.domainIdentifier },
            { label: "Account ID", value: account.id },
            { label: "Status", value: <StatusBadge status={account.status} /> },
            ...(account.approvers
              ? [{ label: "Approvers", value: account.approvers.join(", ") || "—" }]
              : []),
            ...(account.nextStep
              ? [{ label: "Next step", value: <NextStep nextStep={account.nextStep} /> }]
              : []),
            ...(account.lapseAt
              ? [{ label: "Lapses on", value: formatDate(account.lapseAt) }]
              : []),
          ]}
        />
        <Text fz="sm" c="dimmed">
          You will also receive a confirmation by email.
          {account.status === "ACTIVE"
            ? ""
            : " Orders can be assigned to a provisional Smart Account, but the items purchased cannot be used until it is activated."}
        </Text>
        <Group>
          <Button component={Link} to={`/smart-accounts/${account.id}`}>
            Open the account
          </Button>
          <Button component={Link} to="/requests" variant="default">
            Follow your requests
          </Button>
          <Button component={Link} to="/directory" variant="subtle">
            Back to the directory
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
