import { useQuery } from "@apollo/client/react";
import {
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Title,
} from "@mantine/core";
import type { AccountRole, SmartAccountDetailQuery } from "@sam/graphql-types";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { CompanyAddress } from "@/components/ui/CompanyAddress";
import { DetailList } from "@/components/ui/DetailList";
import { ErrorState } from "@/components/ui/ErrorState";
import { NextStep } from "@/components/ui/NextStep";
import { PageHeader } from "@/components/ui/PageHeader";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { useViewer } from "@/hooks/viewer-context";
import { formatDate, formatDateTime } from "@/lib/format";
import { describeError, hasErrorCode } from "@/lib/graphql-errors";
import { holdsAccountRole } from "@/lib/roles";
import { smartAccountDetailQuery } from "../api/smart-account";
import { AccessAutomationSection } from "./AccessAutomationSection";
import { EditDetailsDialog } from "./EditDetailsDialog";
import { NominationsSection } from "./NominationsSection";
import { UsersSection } from "./UsersSection";
import { VirtualAccountsSection } from "./VirtualAccountsSection";
import { TableScroll } from "@/components/ui/TableScroll";

type Account = SmartAccountDetailQuery["smartAccount"];

const roleWords: Record<AccountRole, string> = {
  ADMINISTRATOR: "Administrator",
  APPROVER: "Approver",
  USER: "User",
  VIEWER: "Viewer",
};

const statusWords: Record<string, string> = {
  PENDING_DOMAIN_APPROVAL: "Pending Domain Approval",
  PENDING_CUSTOMER_ACCEPTANCE: "Pending Customer Acceptance",
  PENDING_CUSTOMER_ADDRESS: "Pending Customer Address",
  ACTIVE: "Active",
  DECLINED_BY_CUSTOMER: "Declined by Customer",
  LAPSED: "Lapsed",
  CANCELLED: "Cancelled",
};

function Header({ name }: { name?: string }) {
  return (
    <PageHeader
      title={name ?? "Smart Account"}
      breadcrumbs={[
        { label: "Smart Account Manager", to: "/directory" },
        { label: "Directory", to: "/directory" },
        { label: name ?? "Smart Account" },
      ]}
    />
  );
}

/** One Smart Account: details, where it stands, its people, virtual accounts and history. */
export function SmartAccountPage() {
  const { id = "" } = useParams();
  const { data, error, loading, refetch } = useQuery(smartAccountDetailQuery, {
    variables: { id },
    fetchPolicy: "cache-and-network",
  });

  if (error && !data) {
    return (
      <>
        <Header />
        {hasErrorCode(error, "NOT_FOUND") ? (
          <ErrorState
            title="No such Smart Account"
            message="It does not exist, or you are not one of the people who may see it."
          />
        ) : (
          <ErrorState
            title="Could not load the Smart Account"
            message={describeError(error)}
            onRetry={() => void refetch()}
          />
        )}
      </>
    );
  }
  if (!data) {
    return (
      <>
        <Header />
        {loading ? <Loader aria-label="Loading the Smart Account" /> : null}
      </>
    );
  }
  return <AccountView account={data.smartAccount} onChanged={() => void refetch()} />;
}

function AccountView({ account, onChanged }: { account: Account; onChanged: () => void }) {
  const viewer = useViewer();
  const [editingDetails, setEditingDetails] = useState(false);
  const isAdministrator = holdsAccountRole(account.myRoles, "ADMINISTRATOR");
  const canSeeUsers = holdsAccountRole(account.myRoles, "ADMINISTRATOR", "APPROVER");
  const decidable =
    account.approvers.includes(viewer.email) &&
    (account.status === "PENDING_CUSTOMER_ACCEPTANCE" ||
      account.status === "PENDING_CUSTOMER_ADDRESS");
  const vaName = new Map(account.virtualAccounts.map((va) => [va.id, va.name]));

  return (
    <>
      <PageHeader
        title={account.name}
        description={account.domainIdentifier}
        breadcrumbs={[
          { label: "Smart Account Manager", to: "/directory" },
          { label: "Directory", to: "/directory" },
          { label: account.name },
        ]}
        actions={
          decidable || canSeeUsers ? (
            <Group gap="sm">
              {canSeeUsers ? (
                <Button variant="default" onClick={() => setEditingDetails(true)}>
                  Edit details
                </Button>
              ) : null}
              {decidable ? (
                <Button component={Link} to={`/pending-requests/${account.id}`}>
                  Review the request
                </Button>
              ) : null}
            </Group>
          ) : undefined
        }
      />
      {canSeeUsers ? (
        <EditDetailsDialog
          account={account}
          opened={editingDetails}
          onClose={() => setEditingDetails(false)}
          onDone={() => {
            setEditingDetails(false);
            onChanged();
          }}
        />
      ) : null}
      <Stack gap="lg">
        <Paper withBorder radius="sm" p="lg">
          <Stack gap="md">
            <Group justify="space-between">
              <Title order={2} fz="h4">
                Account details
              </Title>
              <StatusBadge status={account.status} />
            </Group>
            <DetailList
              cols={3}
              items={[
                { label: "Account Name", value: account.name },
                { label: "Account ID", value: account.id },
                { label: "Account Domain Identifier", value: account.domainIdentifier },
                { label: "Top-level Domain Name", value: account.topLevelDomain },
                {
                  label: "Visibility",
                  value: account.visibility === "RESTRICTED" ? "Restricted" : "Unrestricted",
                },
                {
                  label: "Requested by",
                  value: `${account.requester.name} (${account.requester.email})`,
                },
                { label: "Requested", value: formatDateTime(account.createdAt) },
                {
                  label: "Activated",
                  value: account.activatedAt ? formatDateTime(account.activatedAt) : "—",
                },
                { label: "Lapses on", value: account.lapseAt ? formatDate(account.lapseAt) : "—" },
              ]}
            />
          </Stack>
        </Paper>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper withBorder radius="sm" p="lg">
            <Stack gap="sm">
              <Title order={2} fz="h4">
                Where it stands
              </Title>
              <DetailList
                cols={1}
                items={[
                  { label: "Status", value: <StatusBadge status={account.status} /> },
                  { label: "Next step", value: <NextStep nextStep={account.nextStep} /> },
                  ...(account.domain
                    ? [
                        {
                          label: "Domain review",
                          value: `${account.domain.identifier}: ${account.domain.status.replace(/_/g, " ").toLowerCase()}${account.domain.decisionReason ? ` (${account.domain.decisionReason})` : ""}`,
                        },
                      ]
                    : []),
                  ...(account.declineReason
                    ? [{ label: "Reason for denying", value: account.declineReason }]
                    : []),
                ]}
              />
            </Stack>
          </Paper>
          <Paper withBorder radius="sm" p="lg">
            <Stack gap="sm">
              <Title order={2} fz="h4">
                Company and people
              </Title>
              <DetailList
                cols={1}
                items={[
                  {
                    label: "Company Information",
                    value: <CompanyAddress company={account.company} />,
                  },
                  { label: "Approvers", value: account.approvers.join(", ") || "—" },
                  {
                    label: "Your roles",
                    value: account.myRoles.length ? (
                      <Group gap={4} component="span">
                        {account.myRoles.map((grant) => (
                          <Badge
                            key={`${grant.role}-${grant.virtualAccountId ?? ""}`}
                            variant="outline"
                            radius="sm"
                          >
                            {roleWords[grant.role]}
                            {grant.virtualAccountId
                              ? ` of ${vaName.get(grant.virtualAccountId) ?? "a virtual account"}`
                              : ""}
                          </Badge>
                        ))}
                      </Group>
                    ) : (
                      "None"
                    ),
                  },
                ]}
              />
            </Stack>
          </Paper>
        </SimpleGrid>
        <VirtualAccountsSection
          account={account}
          canManage={isAdministrator}
          onChanged={onChanged}
        />
        {canSeeUsers ? <UsersSection account={account} onChanged={onChanged} /> : null}
        {canSeeUsers ? (
          <NominationsSection account={account} canResendAny={isAdministrator} />
        ) : null}
        {isAdministrator ? (
          <AccessAutomationSection account={account} onChanged={onChanged} />
        ) : null}
        <Paper withBorder radius="sm">
          <Title order={2} fz="h4" p="md" pb={0}>
            History
          </Title>
          <TableScroll minWidth={800} label="Every event of the account, oldest first">
            <Table stickyHeader striped verticalSpacing="xs" fz="sm">
              <Table.Caption>Every event of the account, oldest first</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">When</Table.Th>
                  <Table.Th scope="col">Event</Table.Th>
                  <Table.Th scope="col">By</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Details</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {account.history.map((event) => (
                  <Table.Tr key={event.id}>
                    <Table.Td>{formatDateTime(event.createdAt)}</Table.Td>
                    <Table.Td>{event.type.replace(/_/g, " ").toLowerCase()}</Table.Td>
                    <Table.Td>{event.actorEmail ?? "System"}</Table.Td>
                    <Table.Td>
                      {event.statusAfter && event.statusAfter !== event.statusBefore
                        ? `${event.statusBefore ? `${statusWords[event.statusBefore]} → ` : ""}${statusWords[event.statusAfter]}`
                        : "—"}
                    </Table.Td>
                    <Table.Td>{event.detail ?? ""}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </Paper>
      </Stack>
    </>
  );
}
