import { useQuery } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  Anchor,
  Button,
  EmptyState,
  Group,
  Loader,
  MultiSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import type { AccountEventKind, AuditLogFilterInput, AuditLogQuery } from "@sam/graphql-types";
import { useEffect, useMemo, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { Link, useSearchParams } from "react-router";
import { CsvDownloadButton, exportHref } from "@/components/table/CsvDownloadButton";
import { denseTable } from "@/components/table/dense";
import { TruncatedText } from "@/components/table/TruncatedText";
import { ErrorState } from "@/components/ui/ErrorState";
import { NotForYou } from "@/components/ui/NotForYou";
import { PageHeader } from "@/components/ui/PageHeader";
import { TableScroll } from "@/components/ui/TableScroll";
import { useViewer } from "@/hooks/viewer-context";
import { applyServerFieldErrors } from "@/lib/form-errors";
import { formatDateTime } from "@/lib/format";
import { describeError, hasErrorCode } from "@/lib/graphql-errors";
import { eventTitle, eventWords, statusWords } from "@/lib/history-words";
import { notifyError } from "@/lib/notify";
import { auditLogQuery } from "../api/audit-log";
import {
  auditLogFilterSchema,
  type AuditLogFilterValues,
} from "../schemas/audit-log-filter.schema";

const PAGE_SIZE = 50;
const TABLE_LABEL = "Audit log, newest first";
const FIELDS = ["actorEmail", "types", "accountId", "from", "to"] as const;

type Entry = AuditLogQuery["auditLog"]["edges"][number]["node"];

const typeOptions = Object.entries(eventWords).map(([value, label]) => ({ value, label }));

function Header() {
  return (
    <PageHeader
      title="Audit Log"
      description="Every change to every Smart Account, newest first."
      breadcrumbs={[{ label: "Smart Account Manager", to: "/directory" }, { label: "Audit Log" }]}
    />
  );
}

export function AuditLogPage() {
  const viewer = useViewer();
  if (!viewer.isStaff) {
    return (
      <>
        <Header />
        <NotForYou
          title="For staff only"
          description="Only operator staff read the audit log of every account. An account's own history is on its page, for its administrators and approvers."
        />
      </>
    );
  }
  return <AuditLog />;
}

/** The filters as the address holds them: each one a query parameter, types comma-separated. */
function filtersOf(params: URLSearchParams): AuditLogFilterValues {
  return {
    actorEmail: params.get("actorEmail") ?? "",
    types: (params.get("types") ?? "").split(",").filter(Boolean),
    accountId: params.get("accountId") ?? "",
    from: params.get("from") ?? "",
    to: params.get("to") ?? "",
  };
}

/** From the first day's start to the end of the last day, in UTC. */
function dayStart(day: string): string {
  return `${day}T00:00:00.000Z`;
}

function dayAfter(day: string): string {
  const date = new Date(dayStart(day));
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString();
}

/** What the auditLog query and the export routes are asked; the same for both. */
function queryFilter(values: AuditLogFilterValues) {
  return {
    actorEmail: values.actorEmail || null,
    types: values.types.length ? (values.types as AccountEventKind[]) : null,
    accountId: values.accountId || null,
    from: values.from ? dayStart(values.from) : null,
    to: values.to ? dayAfter(values.to) : null,
  } satisfies AuditLogFilterInput;
}

function AuditLog() {
  const [params, setParams] = useSearchParams();
  const applied = useMemo(() => filtersOf(params), [params]);
  const filter = useMemo(() => queryFilter(applied), [applied]);
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, error, loading, refetch, fetchMore } = useQuery(auditLogQuery, {
    variables: { filter, first: PAGE_SIZE },
    fetchPolicy: "cache-and-network",
  });
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<AuditLogFilterValues>({
    resolver: zodResolver(auditLogFilterSchema),
    defaultValues: applied,
  });

  // The address is the truth: Back, Forward and a shared link put its filters in the form.
  useEffect(() => reset(applied), [applied, reset]);

  // A filter the server refuses is shown next to its field, like the form's own checks.
  const badInput = error && hasErrorCode(error, "BAD_USER_INPUT");
  useEffect(() => {
    if (!error || !hasErrorCode(error, "BAD_USER_INPUT")) return;
    applyServerFieldErrors(
      error,
      setError,
      FIELDS,
      Object.fromEntries(FIELDS.map((field) => [`filter.${field}`, field])),
    );
  }, [error, setError]);

  const onSubmit = handleSubmit((values) => {
    const next = new URLSearchParams();
    const parsed = auditLogFilterSchema.parse(values);
    if (parsed.actorEmail) next.set("actorEmail", parsed.actorEmail);
    if (parsed.types.length) next.set("types", parsed.types.join(","));
    if (parsed.accountId) next.set("accountId", parsed.accountId);
    if (parsed.from) next.set("from", parsed.from);
    if (parsed.to) next.set("to", parsed.to);
    setParams(next);
  });

  const connection = data?.auditLog;
  const entries = connection?.edges.map((edge) => edge.node) ?? [];
  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          auditLog: {
            ...fetchMoreResult.auditLog,
            edges: [...(previous.auditLog?.edges ?? []), ...fetchMoreResult.auditLog.edges],
          },
        }),
      });
    } catch (loadError) {
      notifyError("Could not load more of the audit log", loadError);
    } finally {
      setLoadingMore(false);
    }
  };

  const exportParams = {
    actorEmail: filter.actorEmail,
    types: filter.types?.join(","),
    accountId: filter.accountId,
    from: filter.from,
    to: filter.to,
  };

  return (
    <>
      <Header />
      <Stack gap="md">
        <Paper withBorder radius="sm" p="md">
          <form
            onSubmit={(event) => void onSubmit(event)}
            noValidate
            aria-label="Filter the audit log"
          >
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm">
              <TextInput
                label="Actor email"
                type="email"
                autoComplete="off"
                error={errors.actorEmail?.message}
                {...register("actorEmail")}
              />
              <Controller
                control={control}
                name="types"
                render={({ field }) => (
                  <MultiSelect
                    label="Event types"
                    placeholder={field.value.length ? undefined : "Every type"}
                    data={typeOptions}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    searchable
                    clearable
                    error={errors.types?.message}
                  />
                )}
              />
              <TextInput
                label="Smart Account ID"
                autoComplete="off"
                error={errors.accountId?.message}
                {...register("accountId")}
              />
              <TextInput
                label="From (UTC)"
                type="date"
                error={errors.from?.message}
                {...register("from")}
              />
              <TextInput
                label="To (UTC)"
                type="date"
                error={errors.to?.message}
                {...register("to")}
              />
            </SimpleGrid>
            <Group justify="space-between" mt="sm" gap="xs">
              <Group gap="xs">
                <Button type="submit" size="xs">
                  Apply filters
                </Button>
                <Button
                  type="button"
                  variant="subtle"
                  size="xs"
                  onClick={() => setParams(new URLSearchParams())}
                >
                  Clear
                </Button>
              </Group>
              <Group gap="xs">
                <CsvDownloadButton
                  href={exportHref("/export/audit.csv", exportParams)}
                  of="the audit log"
                />
                <CsvDownloadButton
                  href={exportHref("/export/audit.ndjson", exportParams)}
                  of="the audit log"
                  format="NDJSON"
                />
              </Group>
            </Group>
          </form>
        </Paper>
        {error && !data ? (
          badInput ? (
            <Text fz="sm" c="red" role="alert">
              {describeError(error)}
            </Text>
          ) : (
            <ErrorState
              title="Could not load the audit log"
              message={describeError(error)}
              onRetry={() => void refetch()}
            />
          )
        ) : loading && !data ? (
          <Loader aria-label="Loading the audit log" />
        ) : entries.length === 0 ? (
          <Paper withBorder radius="sm" p="xl">
            <EmptyState
              title="No entries"
              description="Nothing in the history of any account matches these filters."
            />
          </Paper>
        ) : (
          <Paper withBorder radius="sm">
            <Text fz="sm" c="dimmed" px="md" pt="sm">
              {connection!.totalCount}
              {connection!.totalCountIsCapped ? " or more" : ""}{" "}
              {connection!.totalCount === 1 ? "entry" : "entries"}
            </Text>
            <AuditLogTable entries={entries} />
            {connection!.pageInfo.hasNextPage ? (
              <Group justify="flex-end" p="md">
                <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
                  Load more
                </Button>
              </Group>
            ) : null}
          </Paper>
        )}
      </Stack>
    </>
  );
}

function statusChange(entry: Entry): string {
  const { statusBefore, statusAfter } = entry.payload;
  if (!statusAfter || statusAfter === statusBefore) return "—";
  const after = statusWords[statusAfter] ?? statusAfter;
  return statusBefore ? `${statusWords[statusBefore] ?? statusBefore} → ${after}` : after;
}

function AuditLogTable({ entries }: { entries: readonly Entry[] }) {
  return (
    <TableScroll minWidth={960} label={TABLE_LABEL}>
      <Table stickyHeader striped verticalSpacing={4} fz="sm" className={denseTable}>
        <Table.Caption>{TABLE_LABEL}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">Event</Table.Th>
            <Table.Th scope="col">Smart Account</Table.Th>
            <Table.Th scope="col">Actor</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Detail</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>
                <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
              </Table.Td>
              <Table.Th scope="row" fw={500}>
                {eventTitle(entry.type)}
              </Table.Th>
              <Table.Td>
                <Anchor component={Link} to={`/smart-accounts/${entry.accountId}`} fz="sm">
                  <TruncatedText text={entry.account.name} maxWidth={200} />
                </Anchor>
              </Table.Td>
              <Table.Td>
                <TruncatedText text={entry.actor?.email ?? "System"} maxWidth={220} />
              </Table.Td>
              <Table.Td>{statusChange(entry)}</Table.Td>
              <Table.Td>
                <TruncatedText text={entry.payload.detail ?? ""} maxWidth={280} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
