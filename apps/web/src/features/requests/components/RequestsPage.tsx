import { useMutation, useQuery } from "@apollo/client/react";
import {
  Badge,
  Button,
  EmptyState,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import type { SmartAccountFieldsFragment } from "@sam/graphql-types";
import { useState } from "react";
import { Link } from "react-router";
import { CreateSmartAccountMenu } from "@/components/actions/CreateSmartAccountMenu";
import { CopyId } from "@/components/table/CopyId";
import { SortableHeader } from "@/components/table/SortableHeader";
import { denseTable } from "@/components/table/dense";
import { TruncatedText } from "@/components/table/TruncatedText";
import { useSortParam } from "@/components/table/use-sort-param";
import { ErrorState } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { Withheld } from "@/components/ui/Withheld";
import { formatDate } from "@/lib/format";
import { describeError, hasErrorCode } from "@/lib/graphql-errors";
import { notifyError, notifySuccess, notifyWarning } from "@/lib/notify";
import {
  myRequestsQuery,
  pendingApprovalsQuery,
  resendApprovalEmailMutation,
} from "../api/requests";
import { CancelRequestDialog } from "./CancelRequestDialog";
import { DnsChallengeDialog } from "./DnsChallengeDialog";
import { ResubmitDomainDialog } from "./ResubmitDomainDialog";
import { TableScroll } from "@/components/ui/TableScroll";
import { PartnerRequestsOverview } from "./PartnerRequestsOverview";

const PAGE_SIZE = 100;

const CANCELLABLE = new Set(["PENDING_DOMAIN_APPROVAL", "PENDING_CUSTOMER_ACCEPTANCE"]);

export function RequestsPage() {
  return (
    <>
      <PageHeader
        title="Requests"
        description="Follow the Smart Account requests you made, and the ones waiting for your approval."
        breadcrumbs={[{ label: "Smart Account Manager", to: "/directory" }, { label: "Requests" }]}
        actions={<CreateSmartAccountMenu />}
      />
      <Stack gap="xl">
        <WaitingForYou />
        <YourRequests />
        <PartnerRequestsOverview />
      </Stack>
    </>
  );
}

const SORT_COLUMNS = ["requested"] as const;

function YourRequests() {
  const [sort, setSort] = useSortParam(SORT_COLUMNS);
  const order = sort?.direction === "asc" ? "OLDEST_FIRST" : "NEWEST_FIRST";
  const { data, previousData, error, loading, refetch } = useQuery(myRequestsQuery, {
    variables: { first: PAGE_SIZE, order },
    fetchPolicy: "cache-and-network",
  });
  const shown = data ?? previousData;
  const [cancelling, setCancelling] = useState<SmartAccountFieldsFragment | null>(null);
  const [resubmitting, setResubmitting] = useState<SmartAccountFieldsFragment | null>(null);
  const [verifying, setVerifying] = useState<SmartAccountFieldsFragment | null>(null);
  const [resend] = useMutation(resendApprovalEmailMutation);
  const [resendingId, setResendingId] = useState<string | null>(null);
  const accounts = shown?.myRequests.edges.map((edge) => edge.node) ?? [];
  const orderWords = order === "OLDEST_FIRST" ? "oldest first" : "newest first";

  const resendEmail = async (account: SmartAccountFieldsFragment) => {
    setResendingId(account.id);
    try {
      await resend({ variables: { input: { smartAccountId: account.id } } });
      notifySuccess(
        "Approval email sent again",
        `Emailed: ${account.approvers?.join(", ") ?? "the account's approvers"}.`,
      );
    } catch (error) {
      if (hasErrorCode(error, "RATE_LIMITED")) {
        notifyWarning(
          "Approval email not sent",
          "The approval email can be resent at most 3 times a day. Try again tomorrow.",
        );
      } else {
        notifyError("Could not resend the approval email", error);
      }
    } finally {
      setResendingId(null);
    }
  };

  return (
    <section aria-labelledby="your-requests">
      <Title order={2} fz="h4" mb="sm" id="your-requests">
        Your requests
      </Title>
      {error && !shown ? (
        <ErrorState
          title="Could not load your requests"
          message={describeError(error)}
          onRetry={() => void refetch()}
        />
      ) : loading && !shown ? (
        <Loader aria-label="Loading your requests" />
      ) : accounts.length === 0 ? (
        <Paper withBorder radius="sm" p="xl">
          <EmptyState
            title="No requests yet"
            description="The Smart Accounts you request appear here until they are active."
          />
        </Paper>
      ) : (
        <Paper withBorder radius="sm">
          <TableScroll minWidth={1000} label={`The Smart Accounts you requested, ${orderWords}`}>
            <Table
              stickyHeader
              striped
              highlightOnHover
              verticalSpacing={4}
              fz="sm"
              className={denseTable}
            >
              <Table.Caption>The Smart Accounts you requested, {orderWords}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Account Name</Table.Th>
                  <Table.Th scope="col">Account ID</Table.Th>
                  <Table.Th scope="col">Account Domain Identifier</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Next step</Table.Th>
                  <SortableHeader
                    label="Requested"
                    column="requested"
                    sort={sort ?? { column: "requested", direction: "desc" }}
                    onSort={setSort}
                  />
                  <Table.Th scope="col">Lapses</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {accounts.map((account) => {
                  const domain = account.domain;
                  const rejected =
                    account.status === "PENDING_DOMAIN_APPROVAL" && domain?.status === "REJECTED";
                  const dns =
                    account.status === "PENDING_DOMAIN_APPROVAL" &&
                    domain?.status === "PENDING_APPROVAL" &&
                    domain.dnsChallenge;
                  const next = account.nextStep
                    ? `${account.nextStep.action}${account.nextStep.actors.length ? ` Who: ${account.nextStep.actors.join(", ")}` : ""}`
                    : null;
                  return (
                    <Table.Tr key={account.id}>
                      <Table.Th scope="row" fw={500}>
                        <TruncatedText
                          text={account.name}
                          to={`/smart-accounts/${account.id}`}
                          maxWidth={220}
                        />
                      </Table.Th>
                      <Table.Td>
                        <CopyId id={account.id} />
                      </Table.Td>
                      <Table.Td>
                        <TruncatedText text={account.domainIdentifier} maxWidth={200} />
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <StatusBadge status={account.status} />
                          {rejected ? (
                            <Badge color="red" variant="light" radius="sm">
                              Domain Rejected
                            </Badge>
                          ) : null}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        {rejected ? (
                          <TruncatedText
                            text={`Rejected${domain?.decisionReason ? `: ${domain.decisionReason}` : ""}`}
                            maxWidth={260}
                          />
                        ) : next ? (
                          <TruncatedText text={next} maxWidth={260} />
                        ) : (
                          <Withheld />
                        )}
                      </Table.Td>
                      <Table.Td>
                        {account.createdAt ? formatDate(account.createdAt) : <Withheld />}
                      </Table.Td>
                      <Table.Td>{account.lapseAt ? formatDate(account.lapseAt) : "—"}</Table.Td>
                      <Table.Td>
                        <Group gap={4} justify="flex-end" wrap="nowrap">
                          {rejected ? (
                            <Button
                              size="compact-sm"
                              variant="light"
                              onClick={() => setResubmitting(account)}
                              aria-label={`Resubmit identifier of ${account.name}`}
                            >
                              Resubmit identifier
                            </Button>
                          ) : null}
                          {dns ? (
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              onClick={() => setVerifying(account)}
                              aria-label={`Verify ${account.domainIdentifier} by DNS`}
                            >
                              Verify by DNS
                            </Button>
                          ) : null}
                          {account.status === "PENDING_CUSTOMER_ACCEPTANCE" ? (
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              loading={resendingId === account.id}
                              onClick={() => void resendEmail(account)}
                              aria-label={`Resend approval email for ${account.name}`}
                            >
                              Resend email
                            </Button>
                          ) : null}
                          {CANCELLABLE.has(account.status) ? (
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              color="red"
                              onClick={() => setCancelling(account)}
                              aria-label={`Cancel request ${account.name}`}
                            >
                              Cancel
                            </Button>
                          ) : null}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </TableScroll>
          {shown && shown.myRequests.totalCount > accounts.length ? (
            <Text fz="sm" c="dimmed" p="sm">
              Showing the {order === "OLDEST_FIRST" ? "oldest" : "newest"} {accounts.length} of{" "}
              {shown.myRequests.totalCount} requests.
            </Text>
          ) : null}
        </Paper>
      )}
      <CancelRequestDialog account={cancelling} onClose={() => setCancelling(null)} />
      <ResubmitDomainDialog account={resubmitting} onClose={() => setResubmitting(null)} />
      <DnsChallengeDialog account={verifying} onClose={() => setVerifying(null)} />
    </section>
  );
}

function WaitingForYou() {
  const { data, error, loading, refetch } = useQuery(pendingApprovalsQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: "cache-and-network",
  });
  const accounts = data?.pendingApprovals.edges.map((edge) => edge.node) ?? [];

  return (
    <section aria-labelledby="waiting-for-you">
      <Title order={2} fz="h4" mb="sm" id="waiting-for-you">
        Waiting for your approval
      </Title>
      {error && !data ? (
        <ErrorState
          title="Could not load the requests waiting for you"
          message={describeError(error)}
          onRetry={() => void refetch()}
        />
      ) : loading && !data ? (
        <Loader aria-label="Loading the requests waiting for you" />
      ) : accounts.length === 0 ? (
        <Text fz="sm" c="dimmed">
          Nothing is waiting for your approval.
        </Text>
      ) : (
        <Paper withBorder radius="sm">
          <TableScroll minWidth={900} label="Requests you may approve, deny or forward">
            <Table
              stickyHeader
              striped
              highlightOnHover
              verticalSpacing={4}
              fz="sm"
              className={denseTable}
            >
              <Table.Caption>Requests you may approve, deny or forward</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Account Name</Table.Th>
                  <Table.Th scope="col">Account Domain Identifier</Table.Th>
                  <Table.Th scope="col">Requested by</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Lapses</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {accounts.map((account) => (
                  <Table.Tr key={account.id}>
                    <Table.Th scope="row" fw={500}>
                      <TruncatedText text={account.name} maxWidth={240} />
                    </Table.Th>
                    <Table.Td>
                      <TruncatedText text={account.domainIdentifier} maxWidth={200} />
                    </Table.Td>
                    <Table.Td>
                      {account.requester ? (
                        <TruncatedText
                          text={`${account.requester.name} (${account.requester.email})`}
                          maxWidth={260}
                        />
                      ) : (
                        <Withheld />
                      )}
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={account.status} />
                    </Table.Td>
                    <Table.Td>{account.lapseAt ? formatDate(account.lapseAt) : "—"}</Table.Td>
                    <Table.Td ta="right">
                      <Button
                        component={Link}
                        to={`/pending-requests/${account.id}`}
                        size="compact-sm"
                        aria-label={`Review the request for ${account.name}`}
                      >
                        Review
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </Paper>
      )}
    </section>
  );
}
