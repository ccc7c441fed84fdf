import { useLazyQuery, useMutation, useQuery } from "@apollo/client/react";
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import type {
  BulkPreviewRowState,
  BulkRequestJobQuery,
  BulkRequestPreviewQuery,
  BulkRequestRowState,
} from "@sam/graphql-types";
import { useEffect, useId, useState, type ChangeEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { denseTable } from "@/components/table/dense";
import { ErrorState } from "@/components/ui/ErrorState";
import { NotForYou } from "@/components/ui/NotForYou";
import { PageHeader } from "@/components/ui/PageHeader";
import { TableScroll } from "@/components/ui/TableScroll";
import { useViewer } from "@/hooks/viewer-context";
import { describeError, hasErrorCode, inputFieldErrors } from "@/lib/graphql-errors";
import {
  bulkRequestJobQuery,
  bulkRequestPreviewQuery,
  requestSmartAccountsInBulkMutation,
} from "../api/bulk-request";

const BULK = "/directory/request/bulk";
const TEMPLATE = "/bulk-request-template.csv";
/** How often a running job is asked for its progress. */
const POLL_MS = 1000;

type PreviewRow = BulkRequestPreviewQuery["bulkRequestPreview"]["rows"][number];
type ResultRow = NonNullable<BulkRequestJobQuery["bulkRequestJob"]>["rows"][number];

const previewWords: Record<BulkPreviewRowState, { label: string; color: string }> = {
  READY: { label: "Ready", color: "green" },
  MEETS_EXISTING_ACCOUNTS: { label: "Meets existing accounts", color: "yellow" },
  ALREADY_REQUESTED: { label: "Already requested", color: "gray" },
  REPEATS_ROW: { label: "Repeats a row", color: "red" },
  ERROR: { label: "Error", color: "red" },
};

const resultWords: Record<BulkRequestRowState, { label: string; color: string }> = {
  PENDING: { label: "Waiting", color: "gray" },
  CREATED: { label: "Requested", color: "green" },
  ALREADY_REQUESTED: { label: "Already requested", color: "gray" },
  FAILED: { label: "Failed", color: "red" },
};

function Header() {
  return (
    <PageHeader
      title="Request for many customers"
      description="Upload a CSV file of customers: every row is checked as a single request would be, and nothing is created until you say so."
      breadcrumbs={[
        { label: "Smart Account Manager", to: "/directory" },
        { label: "Directory", to: "/directory" },
        { label: "Request for a customer", to: "/directory/request/customer" },
        { label: "Request for many customers" },
      ]}
    />
  );
}

/** CLC at volume: a partner's file of customers, its preview, and the job that requests them. */
export function BulkRequestPage() {
  const viewer = useViewer();
  const { jobId } = useParams();
  if (viewer.organisationType !== "PARTNER" && !(jobId && viewer.isStaff)) {
    return (
      <>
        <Header />
        <NotForYou
          title="For partners only"
          description="Only partners request Smart Accounts for their customers, one at a time or from a file."
        >
          <Group justify="center">
            <Button component={Link} to="/directory">
              Back to the directory
            </Button>
          </Group>
        </NotForYou>
      </>
    );
  }
  return (
    <>
      <Header />
      {jobId ? <JobProgress id={jobId} /> : <Upload />}
    </>
  );
}

function Upload() {
  const navigate = useNavigate();
  const inputId = useId();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [acknowledge, setAcknowledge] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [preview, { data, loading, error }] = useLazyQuery(bulkRequestPreviewQuery, {
    fetchPolicy: "no-cache",
  });
  const [submit, submitting] = useMutation(requestSmartAccountsInBulkMutation);

  const check = async (text: string, ack: boolean) => {
    setFileError(null);
    const result = await preview({
      variables: { input: { csv: text, acknowledgeExistingAccounts: ack } },
    }).catch((e: unknown) => ({ error: e, data: undefined }));
    const field = inputFieldErrors(result.error)[0];
    if (field) setFileError(field.message);
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    const text = await chosen.text();
    setFile({ name: chosen.name, text });
    await check(text, acknowledge);
  };

  const create = async () => {
    if (!file) return;
    const result = await submit({
      variables: { input: { csv: file.text, acknowledgeExistingAccounts: acknowledge } },
    }).catch((e: unknown) => ({ error: e, data: undefined }));
    const job = result.data?.requestSmartAccountsInBulk.job;
    if (job) void navigate(`${BULK}/${job.id}`);
    else setFileError(inputFieldErrors(result.error)[0]?.message ?? describeError(result.error));
  };

  const summary = data?.bulkRequestPreview;
  const creatable = summary
    ? summary.readyCount + (acknowledge ? summary.meetsExistingCount : 0)
    : 0;

  return (
    <Stack gap="md">
      <Paper withBorder radius="sm" p="lg">
        <Stack gap="sm">
          <Title order={2} fz="h3">
            Your file
          </Title>
          <Text fz="sm">
            Up to 500 rows, one customer each: account name, identifier (by default the first
            customer email&apos;s domain), customer emails, user emails, contact phone (needed when
            the identifier is reviewed) and notes to the customers.{" "}
            <Anchor href={TEMPLATE} download="bulk-request-template.csv">
              Download the template CSV
            </Anchor>
          </Text>
          <label htmlFor={inputId}>
            <Text component="span" fz="sm" fw={500}>
              CSV file
            </Text>
          </label>
          <input
            id={inputId}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={fileError ? `${inputId}-error` : undefined}
            onChange={(event) => void choose(event)}
            style={{ maxWidth: "100%" }}
          />
          {fileError ? (
            <Text id={`${inputId}-error`} c="red.8" fz="sm" role="alert">
              {fileError}
            </Text>
          ) : null}
          <Checkbox
            label="Also request the rows that meet accounts already on their domain"
            checked={acknowledge}
            onChange={(event) => {
              setAcknowledge(event.currentTarget.checked);
              if (file) void check(file.text, event.currentTarget.checked);
            }}
          />
        </Stack>
      </Paper>
      {error && !fileError ? (
        <ErrorState
          title="The file could not be checked"
          message={describeError(error)}
          onRetry={file ? () => void check(file.text, acknowledge) : undefined}
        />
      ) : null}
      {loading ? (
        <Text role="status" fz="sm">
          Checking every row…
        </Text>
      ) : null}
      {summary && !loading && file ? (
        <Paper withBorder radius="sm" p="lg">
          <Stack gap="sm">
            <Title order={2} fz="h3">
              Preview of {file.name}
            </Title>
            <Text fz="sm" role="status">
              {summary.readyCount} ready, {summary.meetsExistingCount} meeting existing accounts,{" "}
              {summary.alreadyRequestedCount} already requested, {summary.errorCount} in error.
            </Text>
            <PreviewTable rows={summary.rows} />
            <Group justify="flex-end">
              <Button variant="default" component={Link} to="/directory/request/customer">
                Cancel
              </Button>
              <Button
                disabled={creatable === 0}
                loading={submitting.loading}
                onClick={() => void create()}
              >
                {`Create ${creatable} ${creatable === 1 ? "account" : "accounts"}`}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}

function StateBadge({ label, color }: { label: string; color: string }) {
  return (
    <Badge color={color} variant="light" style={{ whiteSpace: "nowrap" }}>
      {label}
    </Badge>
  );
}

function previewDetail(row: PreviewRow): string {
  if (row.state === "MEETS_EXISTING_ACCOUNTS") {
    return `On its domain: ${row.existingAccounts
      .map((a) => `${a.name} (${a.domainIdentifier})`)
      .join(", ")}`;
  }
  if (row.state === "ALREADY_REQUESTED") return "You requested it before: no new account.";
  return row.errors.map((e) => `${e.field}: ${e.message}`).join(" ");
}

function PreviewTable({ rows }: { rows: readonly PreviewRow[] }) {
  const label = "Rows of the file, as they would be requested";
  return (
    <TableScroll minWidth={860} maxHeight="60vh" label={label}>
      <Table stickyHeader striped verticalSpacing={4} fz="sm" className={denseTable}>
        <Table.Caption>{label}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Row</Table.Th>
            <Table.Th scope="col">Account name</Table.Th>
            <Table.Th scope="col">Identifier</Table.Th>
            <Table.Th scope="col">Customer emails</Table.Th>
            <Table.Th scope="col">State</Table.Th>
            <Table.Th scope="col">Details</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.rowNumber}>
              <Table.Td>{row.rowNumber}</Table.Td>
              <Table.Td>{row.name || "—"}</Table.Td>
              <Table.Td>{row.identifier ?? "—"}</Table.Td>
              <Table.Td>{row.customerEmails.join(", ") || "—"}</Table.Td>
              <Table.Td>
                <StateBadge {...previewWords[row.state]} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: "normal" }}>
                {row.state === "REPEATS_ROW" ? `Repeats row ${row.repeatsRow}. ` : ""}
                {previewDetail(row)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function JobProgress({ id }: { id: string }) {
  const { data, error, refetch, stopPolling } = useQuery(bulkRequestJobQuery, {
    variables: { id },
    pollInterval: POLL_MS,
    notifyOnNetworkStatusChange: false,
  });
  const job = data?.bulkRequestJob;
  const finished = job?.status === "DONE";
  // Followed until every row has its result; a job is never reopened.
  useEffect(() => {
    if (finished) stopPolling();
  }, [finished, stopPolling]);
  if (error && !job) {
    return (
      <ErrorState
        title={
          hasErrorCode(error, "NOT_FOUND")
            ? "No such bulk request"
            : "The bulk request could not be loaded"
        }
        message={
          hasErrorCode(error, "NOT_FOUND")
            ? "It does not exist, or it is not yours."
            : describeError(error)
        }
        onRetry={hasErrorCode(error, "NOT_FOUND") ? undefined : () => void refetch()}
      />
    );
  }
  if (!job) {
    return (
      <Text role="status" fz="sm">
        Loading the bulk request…
      </Text>
    );
  }
  const percent = job.totalRows ? Math.round((job.processedRows / job.totalRows) * 100) : 100;
  const done = job.status === "DONE";
  return (
    <Stack gap="md">
      <Paper withBorder radius="sm" p="lg">
        <Stack gap="sm">
          <Title order={2} fz="h3">
            {done ? "Done" : "Requesting the accounts"}
          </Title>
          <Progress value={percent} size="lg" aria-label="Rows requested" />
          <Text fz="sm" role="status">
            {job.processedRows} of {job.totalRows} rows: {job.createdCount} requested,{" "}
            {job.alreadyRequestedCount} already requested, {job.failedCount} failed.
          </Text>
          {job.waitingReason ? (
            <Alert color="yellow" variant="light">
              {job.waitingReason}
            </Alert>
          ) : null}
          <Group>
            <Button component={Link} to="/requests" variant="default">
              Your requests
            </Button>
            <Button component={Link} to={BULK} variant="default">
              Upload another file
            </Button>
          </Group>
        </Stack>
      </Paper>
      <ResultTable rows={job.rows} />
    </Stack>
  );
}

function ResultTable({ rows }: { rows: readonly ResultRow[] }) {
  const label = "Result of each row";
  return (
    <TableScroll minWidth={860} maxHeight="60vh" label={label}>
      <Table stickyHeader striped verticalSpacing={4} fz="sm" className={denseTable}>
        <Table.Caption>{label}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Row</Table.Th>
            <Table.Th scope="col">Account name</Table.Th>
            <Table.Th scope="col">Identifier</Table.Th>
            <Table.Th scope="col">Result</Table.Th>
            <Table.Th scope="col">Details</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.rowNumber}>
              <Table.Td>{row.rowNumber}</Table.Td>
              <Table.Td>{row.name || "—"}</Table.Td>
              <Table.Td>{row.domainIdentifier ?? "The first customer email's domain"}</Table.Td>
              <Table.Td>
                <StateBadge {...resultWords[row.state]} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: "normal" }}>
                {row.smartAccountId ? (
                  <Anchor component={Link} to={`/smart-accounts/${row.smartAccountId}`} fz="sm">
                    Open the account
                  </Anchor>
                ) : (
                  [row.field, row.message].filter(Boolean).join(": ")
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
