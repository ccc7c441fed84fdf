import { useQuery } from "@apollo/client/react";
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  NativeSelect,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import type {
  DirectoryAccountFieldsFragment,
  DirectoryOrder,
  DirectoryReason,
  SmartAccountStatus,
} from "@sam/graphql-types";
import { Fragment, useDeferredValue, useEffect, useMemo, useState } from "react";
import { CopyId } from "@/components/table/CopyId";
import { CsvDownloadButton, exportHref } from "@/components/table/CsvDownloadButton";
import { SortableHeader } from "@/components/table/SortableHeader";
import { denseTable } from "@/components/table/dense";
import { TruncatedText } from "@/components/table/TruncatedText";
import { useSortParam, type Sort } from "@/components/table/use-sort-param";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { describeError } from "@/lib/graphql-errors";
import { roleWords } from "@/lib/roles";
import { virtualAccountTree } from "@/lib/virtual-account-tree";
import { directoryQuery } from "../api/directory";
import { TableScroll } from "@/components/ui/TableScroll";

export const PAGE_SIZE = 50;

const reasonWords: Record<DirectoryReason, string> = {
  HAS_ROLE: "You hold a role",
  ACCESS_REQUESTED: "Access requested",
  REQUESTED_BY_YOU: "You asked to create it",
  ON_YOUR_DOMAIN: "On your email domain",
};

// A native select: every browser's own keyboard and screen-reader behaviour, and no
// listbox library on the page people land on.
const statusOptions: { value: SmartAccountStatus | ""; label: string }[] = [
  { value: "", label: "Any status" },
  { value: "ACTIVE", label: "Active" },
  { value: "PENDING_DOMAIN_APPROVAL", label: "Pending Domain Approval" },
  { value: "PENDING_CUSTOMER_ACCEPTANCE", label: "Pending Customer Acceptance" },
  { value: "PENDING_CUSTOMER_ADDRESS", label: "Pending Customer Address" },
  { value: "DECLINED_BY_CUSTOMER", label: "Declined by Customer" },
  { value: "LAPSED", label: "Lapsed" },
  { value: "CANCELLED", label: "Cancelled" },
];

const SORT_COLUMNS = ["name", "status"] as const;
type SortColumn = (typeof SORT_COLUMNS)[number];

/** The server's order for a header sort; no sort is the directory's own (relevance) order. */
function orderOf(sort: Sort<SortColumn> | null): DirectoryOrder {
  if (!sort) return "RELEVANCE";
  return `${sort.column === "name" ? "NAME" : "STATUS"}_${sort.direction === "asc" ? "ASC" : "DESC"}`;
}

type DirectoryTableProps = {
  onRequestAccess: (account: DirectoryAccountFieldsFragment) => void;
  /** Once, when the first page (or the failure to read it) is on screen. */
  onFirstPageShown?: () => void;
};

/** "Your Smart and Virtual Account access", in the server's order, a page at a time. */
export function DirectoryTable({ onRequestAccess, onFirstPageShown }: DirectoryTableProps) {
  const [status, setStatus] = useState<SmartAccountStatus | null>(null);
  const [prefix, setPrefix] = useState("");
  const [namePrefix] = useDebouncedValue(prefix.trim(), 300);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  // One page on screen at a time, however long the directory: the cursor each page starts
  // after, so Previous goes back without counting offsets (keyset paging end to end).
  const [pageStarts, setPageStarts] = useState<readonly (string | null)[]>([null]);

  const [sort, setSort] = useSortParam(SORT_COLUMNS);
  const order = orderOf(sort);
  const filter = status || namePrefix ? { status, namePrefix: namePrefix || null } : null;
  const filterKey = JSON.stringify([filter, order]);
  const [pagedFilter, setPagedFilter] = useState(filterKey);
  if (pagedFilter !== filterKey) {
    // A new filter starts again at its first page.
    setPagedFilter(filterKey);
    setPageStarts([null]);
  }
  const after = pageStarts[pageStarts.length - 1];
  const { data, error, loading, refetch } = useQuery(directoryQuery, {
    variables: { first: PAGE_SIZE, filter, after, order },
    fetchPolicy: "cache-and-network",
  });
  // While the next page loads, the page on screen stays, with its own row numbers. A page
  // arriving is drawn as a transition (React yields to the browser between rows) rather than in
  // one long task.
  const requestedFirstRow = (pageStarts.length - 1) * PAGE_SIZE + 1;
  const fresh = useMemo(
    () => (data ? { directory: data.directory, firstRow: requestedFirstRow } : null),
    [data, requestedFirstRow],
  );
  const [held, setHeld] = useState(fresh);
  if (fresh && fresh !== held) setHeld(fresh);
  const shown = useDeferredValue(fresh ?? held);
  const connection = shown?.directory;
  const rows = connection?.edges ?? [];
  const firstRow = shown?.firstRow ?? 1;
  const settled = connection !== undefined || (error !== undefined && !data);
  useEffect(() => {
    if (settled) onFirstPageShown?.();
  }, [settled, onFirstPageShown]);

  const toggle = (id: string) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Paper withBorder radius="sm" component="section" aria-labelledby="directory-table">
      <Group justify="space-between" p="md" pb="xs" align="flex-end">
        <div>
          <Title order={2} fz="h4" id="directory-table">
            Your Smart and Virtual Account access
          </Title>
          <Text fz="sm" c="dimmed" aria-live="polite">
            {connection
              ? `${connection.totalCount.toLocaleString("en")} ${connection.totalCount === 1 ? "account" : "accounts"}`
              : "\u00a0"}
          </Text>
        </div>
        <Group gap="sm" align="flex-end">
          <CsvDownloadButton
            of="your directory"
            href={exportHref("/export/directory.csv", {
              status,
              namePrefix: namePrefix || null,
              order: order === "RELEVANCE" ? null : order,
            })}
          />
          <TextInput
            label="Name starts with"
            size="xs"
            value={prefix}
            onChange={(event) => setPrefix(event.currentTarget.value)}
          />
          <NativeSelect
            label="Status"
            size="xs"
            data={statusOptions}
            value={status ?? ""}
            onChange={(event) =>
              setStatus((event.currentTarget.value || null) as SmartAccountStatus | null)
            }
          />
        </Group>
      </Group>
      {error && !data ? (
        <Group p="md" pt={0}>
          <Text fz="sm" c="red" role="alert">
            Could not load your directory. {describeError(error)}
          </Text>
          <Button size="compact-sm" variant="default" onClick={() => void refetch()}>
            Try again
          </Button>
        </Group>
      ) : !connection ? (
        <Loader size="sm" m="md" aria-label="Loading your directory" />
      ) : rows.length === 0 ? (
        <Text fz="sm" c="dimmed" p="md" pt={0}>
          {filter
            ? "No account in your directory matches these filters."
            : "No Smart Account yet: search for your company's account to request access, or use Create Smart Account."}
        </Text>
      ) : (
        <>
          <TableScroll
            minWidth={1000}
            maxHeight="70vh"
            label="Smart Accounts you can reach, in the directory's order"
          >
            <Table stickyHeader striped verticalSpacing={4} fz="sm" className={denseTable}>
              <Table.Caption>Smart Accounts you can reach, in the directory's order</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <SortableHeader label="Name" column="name" sort={sort} onSort={setSort} />
                  <Table.Th scope="col">Account ID</Table.Th>
                  <Table.Th scope="col">Account Domain Identifier</Table.Th>
                  <SortableHeader label="Status" column="status" sort={sort} onSort={setSort} />
                  <Table.Th scope="col">Visibility</Table.Th>
                  <Table.Th scope="col">Admin Contacts</Table.Th>
                  <Table.Th scope="col">Your Roles</Table.Th>
                  <Table.Th scope="col">Why listed</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map(({ node: { reason, smartAccount: account } }) => (
                  <DirectoryRow
                    key={account.id}
                    account={account}
                    reason={reason}
                    expanded={expanded.has(account.id)}
                    onToggle={() => toggle(account.id)}
                    onRequestAccess={() => onRequestAccess(account)}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <Group justify="space-between" p="md">
            <Text fz="sm" c="dimmed" aria-live="polite">
              {rows.length
                ? `Rows ${firstRow.toLocaleString("en")}–${(firstRow + rows.length - 1).toLocaleString("en")} of ${connection?.totalCount.toLocaleString("en")}`
                : null}
            </Text>
            <Group gap="xs">
              <Button
                variant="default"
                disabled={pageStarts.length === 1}
                onClick={() => setPageStarts((starts) => starts.slice(0, -1))}
              >
                Previous page
              </Button>
              <Button
                variant="default"
                disabled={!connection?.pageInfo.hasNextPage}
                loading={loading && data === undefined}
                onClick={() => {
                  const next = connection?.pageInfo.endCursor;
                  if (next) setPageStarts((starts) => [...starts, next]);
                }}
              >
                Next page
              </Button>
            </Group>
          </Group>
        </>
      )}
    </Paper>
  );
}

type DirectoryRowProps = {
  account: DirectoryAccountFieldsFragment;
  reason: DirectoryReason;
  expanded: boolean;
  onToggle: () => void;
  onRequestAccess: () => void;
};

function DirectoryRow({ account, reason, expanded, onToggle, onRequestAccess }: DirectoryRowProps) {
  // Null when the account's policy shows this person only its card: nothing to expand.
  const virtualAccounts = account.virtualAccounts ?? [];
  const vaName = new Map(virtualAccounts.map((va) => [va.id, va.name]));
  const tree = expanded ? virtualAccountTree(virtualAccounts) : [];
  const hasVirtualAccounts = virtualAccounts.length > 0;
  return (
    <Fragment>
      <Table.Tr>
        <Table.Th scope="row" fw={500}>
          <Group gap={4} wrap="nowrap">
            {hasVirtualAccounts ? (
              <ActionIcon
                variant="subtle"
                size="sm"
                aria-expanded={expanded}
                aria-label={`${expanded ? "Hide" : "Show"} the virtual accounts of ${account.name}`}
                onClick={onToggle}
              >
                <span aria-hidden>{expanded ? "▾" : "▸"}</span>
              </ActionIcon>
            ) : (
              <span style={{ width: 22, display: "inline-block" }} />
            )}
            <TruncatedText
              text={account.name}
              to={`/smart-accounts/${account.id}`}
              maxWidth={240}
            />
          </Group>
        </Table.Th>
        <Table.Td>
          <CopyId id={account.id} />
        </Table.Td>
        <Table.Td>
          <TruncatedText text={account.domainIdentifier} maxWidth={170} />
        </Table.Td>
        <Table.Td>
          <StatusBadge status={account.status} />
        </Table.Td>
        <Table.Td>{account.visibility === "RESTRICTED" ? "Restricted" : "Unrestricted"}</Table.Td>
        <Table.Td>
          <TruncatedText text={account.administrators.join(", ") || "—"} maxWidth={170} />
        </Table.Td>
        <Table.Td>
          <TruncatedText
            maxWidth={130}
            text={
              account.myRoles.length
                ? account.myRoles
                    .map(
                      (grant) =>
                        `${roleWords[grant.role]}${grant.virtualAccountId ? ` (${vaName.get(grant.virtualAccountId) ?? "a virtual account"})` : ""}`,
                    )
                    .join(", ")
                : "—"
            }
          />
        </Table.Td>
        <Table.Td>
          <TruncatedText text={reasonWords[reason]} maxWidth={120} />
        </Table.Td>
        <Table.Td>
          {account.status === "ACTIVE" && account.myRoles.length === 0 ? (
            <Button
              size="compact-xs"
              variant="light"
              onClick={onRequestAccess}
              aria-label={`Request access to ${account.name}`}
            >
              Request access
            </Button>
          ) : null}
        </Table.Td>
      </Table.Tr>
      {tree.map(({ node, depth }) => (
        <Table.Tr key={node.id} data-virtual-account>
          <Table.Td colSpan={9} pl={40 + depth * 20}>
            <Text fz="sm" component="span">
              ↳ {node.name}
            </Text>
            {node.isDefault ? (
              <Badge ml="xs" size="xs" variant="light" radius="sm">
                Default
              </Badge>
            ) : null}
          </Table.Td>
        </Table.Tr>
      ))}
    </Fragment>
  );
}
