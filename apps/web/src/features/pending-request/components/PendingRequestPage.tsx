import { useQuery } from "@apollo/client/react";
import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import type { SmartAccountFieldsFragment } from "@sam/graphql-types";
import { useState, type ReactNode } from "react";
import { Link, useLocation, useNavigate, useParams, useSearchParams } from "react-router";
import { CompanyAddress } from "@/components/ui/CompanyAddress";
import { DetailList } from "@/components/ui/DetailList";
import { ErrorState } from "@/components/ui/ErrorState";
import { NextStep } from "@/components/ui/NextStep";
import { PageHeader } from "@/components/ui/PageHeader";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { useViewer } from "@/hooks/viewer-context";
import { formatDate, formatDateTime } from "@/lib/format";
import { readsDetails, type WithDetails } from "@/lib/account-details";
import { describeError, errorCode } from "@/lib/graphql-errors";
import { approvalRequestQuery, pendingRequestQuery } from "../api/pending-request";
import { ApproveDialog } from "./ApproveDialog";
import { CompanyAddressForm } from "./CompanyAddressForm";
import { DenyDialog } from "./DenyDialog";
import { ForwardDialog } from "./ForwardDialog";

const channelWords = {
  CUSTOMER_SELF: "By the requester, with the authority for their company",
  CUSTOMER_SOMEONE_ELSE: "For authorization by the approvers named",
  PARTNER_FOR_CUSTOMER: "By a partner, for a customer",
} as const;

type Outcome =
  | { kind: "approved"; told: string[] }
  | { kind: "denied"; told: string[] }
  | { kind: "forwarded"; to: string; told: string[] }
  | { kind: "address"; told: string[] };

function useRequest(id: string, token: string | null) {
  const byToken = useQuery(approvalRequestQuery, {
    variables: { token: token ?? "" },
    skip: token === null,
  });
  const byId = useQuery(pendingRequestQuery, { variables: { id }, skip: token !== null });
  if (token !== null) {
    return {
      account: byToken.data?.approvalRequest ?? null,
      loading: byToken.loading,
      error: byToken.error,
      refetch: () => void byToken.refetch(),
    };
  }
  return {
    account: byId.data?.smartAccount ?? null,
    loading: byId.loading,
    error: byId.error,
    refetch: () => void byId.refetch(),
  };
}

function Header({ name }: { name?: string }) {
  return (
    <PageHeader
      title="Pending Request"
      description={name ? `The request for the Smart Account “${name}”.` : undefined}
      breadcrumbs={[
        { label: "Smart Account Manager", to: "/directory" },
        { label: "Requests", to: "/requests" },
        { label: "Pending Request" },
      ]}
    />
  );
}

/** The approver's page, reached from the emailed link (`?token=`) or from Requests. */
export function PendingRequestPage() {
  const { id = "" } = useParams();
  const [searchParams] = useSearchParams();
  const token = searchParams.get("token");
  const viewer = useViewer();
  const location = useLocation();
  const { account, loading, error, refetch } = useRequest(id, token);

  if (error && !account) {
    const here = `${location.pathname}${location.search}`;
    const code = errorCode(error);
    return (
      <>
        <Header />
        {code === "CONFLICT" ? (
          <LinkProblem title="This link can no longer be used" message={error.message}>
            <Text fz="sm">
              A link is spent when the request is decided or forwarded, and expires with the
              request&apos;s lapse date. If you can still see the request, it is on its page.
            </Text>
            <Group>
              <Button component={Link} to={`/smart-accounts/${id}`}>
                Open the Smart Account
              </Button>
              <Button component={Link} to="/requests" variant="default">
                Your requests
              </Button>
            </Group>
          </LinkProblem>
        ) : code === "FORBIDDEN" ? (
          <LinkProblem title="This link was sent to another email address" message={error.message}>
            <Text fz="sm">
              You are signed in as <strong>{viewer.email}</strong>
              {viewer.emailVerified ? "" : ", which is not verified yet"}. Approval links work only
              for the person they were sent to, signed in with that verified address.
            </Text>
            <Group>
              <Button component={Link} to={`/sign-in?next=${encodeURIComponent(here)}`}>
                Sign in with another address
              </Button>
              <Button
                component={Link}
                to={`/register?next=${encodeURIComponent(here)}`}
                variant="default"
              >
                Register that address
              </Button>
            </Group>
          </LinkProblem>
        ) : code === "NOT_FOUND" ? (
          <LinkProblem
            title={token ? "This approval link is not valid" : "No such request"}
            message={error.message}
          >
            <Text fz="sm">
              Check that the whole link was copied from the email, or find the request in Requests.
            </Text>
            <Group>
              <Button component={Link} to="/requests">
                Your requests
              </Button>
            </Group>
          </LinkProblem>
        ) : (
          <ErrorState
            title="Could not load the request"
            message={describeError(error)}
            onRetry={refetch}
          />
        )}
      </>
    );
  }

  if (!account) {
    return (
      <>
        <Header />
        {loading ? <Loader aria-label="Loading the request" /> : null}
      </>
    );
  }

  return <PendingRequest account={account} />;
}

function LinkProblem({
  title,
  message,
  children,
}: {
  title: string;
  message: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="sm" p="lg" role="alert">
      <Stack gap="md">
        <Title order={2} fz="h3">
          {title}
        </Title>
        <Text>{message}</Text>
        {children}
      </Stack>
    </Paper>
  );
}

function PendingRequest({ account }: { account: SmartAccountFieldsFragment }) {
  const viewer = useViewer();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<"approve" | "deny" | "forward" | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // Null when the policy shows this person only the account's card: then they are no approver.
  const approvers = account.approvers ?? [];
  const isApprover = approvers.includes(viewer.email);
  const canDecide = isApprover && account.status === "PENDING_CUSTOMER_ACCEPTANCE";
  const needsAddress = isApprover && account.status === "PENDING_CUSTOMER_ADDRESS";
  const requester = account.requester ? [account.requester.email] : [];
  const otherApprovers = approvers.filter((email) => email !== viewer.email);

  return (
    <>
      <Header name={account.name} />
      <Stack gap="lg">
        {outcome ? <OutcomeAlert outcome={outcome} account={account} /> : null}
        <Paper withBorder radius="sm" p="lg">
          {readsDetails(account) ? (
            <RequestDetails account={account} />
          ) : (
            <RequestCard account={account} />
          )}
        </Paper>
        {canDecide ? (
          <Group justify="flex-end" role="group" aria-label="Decision">
            <Button variant="default" onClick={() => void navigate("/requests")}>
              Cancel
            </Button>
            <Button variant="default" onClick={() => setDialog("forward")}>
              Forward
            </Button>
            <Button color="red" variant="outline" onClick={() => setDialog("deny")}>
              Deny Request
            </Button>
            <Button color="green" onClick={() => setDialog("approve")}>
              Approve and Create the Account
            </Button>
          </Group>
        ) : needsAddress ? (
          <CompanyAddressForm
            account={account}
            onProvided={() => setOutcome({ kind: "address", told: requester })}
          />
        ) : !outcome && account.status === "PENDING_CUSTOMER_ACCEPTANCE" ? (
          <Alert color="blue" variant="light">
            Only its approvers{account.approvers ? ` (${account.approvers.join(", ")})` : ""} may
            decide this request.
          </Alert>
        ) : null}
        <Group>
          <Anchor component={Link} to={`/smart-accounts/${account.id}`} fz="sm">
            Open the Smart Account page
          </Anchor>
        </Group>
      </Stack>
      {canDecide ? (
        <>
          <ApproveDialog
            account={account}
            viewerEmail={viewer.email}
            opened={dialog === "approve"}
            onClose={() => setDialog(null)}
            onApproved={() => {
              setDialog(null);
              setOutcome({ kind: "approved", told: [...requester, ...otherApprovers] });
            }}
          />
          <DenyDialog
            account={account}
            opened={dialog === "deny"}
            onClose={() => setDialog(null)}
            onDenied={() => {
              setDialog(null);
              setOutcome({ kind: "denied", told: requester });
            }}
          />
          <ForwardDialog
            account={account}
            opened={dialog === "forward"}
            onClose={() => setDialog(null)}
            onForwarded={(to) => {
              setDialog(null);
              setOutcome({ kind: "forwarded", to, told: requester });
            }}
          />
        </>
      ) : null}
    </>
  );
}

function RequestDetails({ account }: { account: WithDetails<SmartAccountFieldsFragment> }) {
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2} fz="h3">
            {account.name}
          </Title>
          <Text fz="sm" c="dimmed">
            Requested by {account.requester.name} ({account.requester.email}) on{" "}
            {formatDateTime(account.createdAt)}
          </Text>
        </Stack>
        <StatusBadge status={account.status} />
      </Group>
      <DetailList
        items={[
          { label: "Account Domain Identifier", value: account.domainIdentifier },
          { label: "Top-level Domain Name", value: account.topLevelDomain },
          { label: "Account ID", value: account.id },
          { label: "How it was requested", value: channelWords[account.channel] },
          { label: "Approvers", value: account.approvers.join(", ") || "—" },
          {
            label: "Lapses on",
            value: account.lapseAt ? formatDate(account.lapseAt) : "—",
          },
          { label: "Next step", value: <NextStep nextStep={account.nextStep} /> },
          {
            label: "Company Information",
            value: <CompanyAddress company={account.company} />,
          },
          ...(account.messageToApprovers
            ? [{ label: "Message to Approver", value: account.messageToApprovers }]
            : []),
          ...(account.declineReason
            ? [{ label: "Reason for denying", value: account.declineReason }]
            : []),
        ]}
      />
    </Stack>
  );
}

/** What someone outside the request sees: the account's card, and why there is no more. */
function RequestCard({ account }: { account: SmartAccountFieldsFragment }) {
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Title order={2} fz="h3">
          {account.name}
        </Title>
        <StatusBadge status={account.status} />
      </Group>
      <DetailList
        items={[
          { label: "Account Domain Identifier", value: account.domainIdentifier },
          { label: "Top-level Domain Name", value: account.topLevelDomain },
          { label: "Account ID", value: account.id },
        ]}
      />
      <Text fz="sm" c="dimmed">
        Only the requester, the approvers and the people holding roles on the account see the
        details of its request.
      </Text>
    </Stack>
  );
}

function unique(emails: readonly string[]): string {
  // Empty only if the server withheld the requester from the person who decided.
  return [...new Set(emails)].join(", ") || "The requester";
}

function OutcomeAlert({
  outcome,
  account,
}: {
  outcome: Outcome;
  account: SmartAccountFieldsFragment;
}) {
  switch (outcome.kind) {
    case "approved":
      return (
        <Alert color="green" variant="light" role="status" title="Request approved">
          {account.status === "ACTIVE"
            ? `You approved and created “${account.name}”. It is active, with its DEFAULT virtual account, and you are its administrator.`
            : `You approved “${account.name}”. It becomes active once the company address is given below.`}{" "}
          Emailed: {unique(outcome.told)}.
        </Alert>
      );
    case "denied":
      return (
        <Alert color="red" variant="light" role="status" title="Request denied">
          You denied the request for “{account.name}”. {unique(outcome.told)} was told, with your
          reason.
          {account.lapseAt
            ? ` Additional creators may still be nominated until ${formatDate(account.lapseAt)}, when it lapses.`
            : ""}
        </Alert>
      );
    case "forwarded":
      return (
        <Alert color="blue" variant="light" role="status" title="Request forwarded">
          You forwarded the request to {outcome.to}, who was emailed a link to decide; your own link
          no longer works. {unique(outcome.told)} was told.
        </Alert>
      );
    case "address":
      return (
        <Alert color="green" variant="light" role="status" title="Smart Account active">
          “{account.name}” is active. Emailed: {unique(outcome.told)}.
        </Alert>
      );
  }
}
