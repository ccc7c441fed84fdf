import { useMutation, useQuery } from "@apollo/client/react";
import { Badge, Button, Group, Loader, Paper, Select, Stack, Text, Title } from "@mantine/core";
import type { AccessRequestFieldsFragment, AccessRequestOrder } from "@sam/graphql-types";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { CsvDownloadButton, exportHref } from "@/components/table/CsvDownloadButton";
import { useSortParam, type Sort } from "@/components/table/use-sort-param";
import { PageHeader } from "@/components/ui/PageHeader";
import { describeError } from "@/lib/graphql-errors";
import { notifyError, notifySuccess } from "@/lib/notify";
import { holdsAccountRole } from "@/lib/roles";
import {
  accessRequestsQuery,
  administeredAccountsQuery,
  cancelAccessRequestMutation,
} from "../api/access-requests";
import { ApproveAccessRequestDialog } from "./ApproveAccessRequestDialog";
import { AccessRequestsTable, LoadMore } from "./AccessRequestsTable";
import { DeclineAccessRequestDialog } from "./DeclineAccessRequestDialog";

const PAGE_SIZE = 20;

export function AccessRequestsPage() {
  return (
    <>
      <PageHeader
        title="Access Requests"
        breadcrumbs={[
          { label: "Smart Account Manager", to: "/directory" },
          { label: "Access Requests" },
        ]}
      />
      <Stack gap="lg">
        <AdministeredRequests />
        <MyAccessRequests />
      </Stack>
    </>
  );
}

const SORT_COLUMNS = ["requested"] as const;

/** No sort is the server's pending-first order; the Requested header sorts by date. */
function orderOf(sort: Sort<"requested"> | null): AccessRequestOrder {
  if (!sort) return "PENDING_FIRST";
  return sort.direction === "asc" ? "OLDEST_FIRST" : "NEWEST_FIRST";
}

function usePagedRequests(variables: {
  smartAccountId?: string | null;
  status?: "PENDING" | null;
  order?: AccessRequestOrder;
  skip?: boolean;
}) {
  const [loadingMore, setLoadingMore] = useState(false);
  const query = useQuery(accessRequestsQuery, {
    variables: {
      smartAccountId: variables.smartAccountId ?? null,
      status: variables.status ?? null,
      order: variables.order ?? "PENDING_FIRST",
      first: PAGE_SIZE,
    },
    skip: variables.skip,
    fetchPolicy: "cache-and-network",
  });
  const connection = query.data?.accessRequests;
  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await query.fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          accessRequests: {
            ...fetchMoreResult.accessRequests,
            edges: [
              ...(previous.accessRequests?.edges ?? []),
              ...fetchMoreResult.accessRequests.edges,
            ],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };
  return { ...query, connection, loadMore, loadingMore };
}

/** Requests to the accounts the person administers, pending first, to decide. */
function AdministeredRequests() {
  const [searchParams, setSearchParams] = useSearchParams();
  const accounts = useQuery(administeredAccountsQuery, {
    variables: { first: 100 },
    fetchPolicy: "cache-and-network",
  });
  const administered =
    accounts.data?.directory.edges
      .map((edge) => edge.node.smartAccount)
      .filter((account) => holdsAccountRole(account.myRoles, "ADMINISTRATOR")) ?? [];
  const fromLink = searchParams.get("account");
  const accountId = fromLink ?? administered[0]?.id ?? null;
  const account = administered.find((candidate) => candidate.id === accountId);

  const [sort, setSort] = useSortParam(SORT_COLUMNS, "sort");
  const order = orderOf(sort);
  const requests = usePagedRequests({ smartAccountId: accountId, order, skip: !accountId });
  const pending = usePagedRequests({
    smartAccountId: accountId,
    status: "PENDING",
    skip: !accountId,
  });
  const [declining, setDeclining] = useState<AccessRequestFieldsFragment | null>(null);
  const [approving, setApproving] = useState<AccessRequestFieldsFragment | null>(null);
  const vaName = new Map(account?.virtualAccounts?.map((va) => [va.id, va.name]) ?? []);

  const refresh = () => {
    setDeclining(null);
    setApproving(null);
    void requests.refetch();
    void pending.refetch();
  };

  const pendingCount = pending.connection?.totalCount ?? 0;
  const rows = requests.connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <Paper withBorder radius="sm" component="section" aria-labelledby="administered-requests">
      <Group justify="space-between" p="md" pb="xs" align="flex-end">
        <Group gap="xs">
          <Title order={2} fz="h4" id="administered-requests">
            Requests to accounts you administer
          </Title>
          {accountId && pending.connection ? (
            <Badge color={pendingCount ? "yellow" : "gray"} radius="sm" aria-live="polite">
              {pendingCount} pending
            </Badge>
          ) : null}
        </Group>
        {administered.length > 0 || accountId ? (
          <Group gap="sm" align="flex-end">
            {accountId ? (
              <CsvDownloadButton
                of="the account's access requests"
                href={exportHref("/export/access-requests.csv", {
                  smartAccountId: accountId,
                  order: order === "PENDING_FIRST" ? null : order,
                })}
              />
            ) : null}
            {administered.length > 0 ? (
              <Select
                label="Smart Account"
                size="xs"
                allowDeselect={false}
                data={administered.map((candidate) => ({
                  value: candidate.id,
                  label: `${candidate.name} (${candidate.domainIdentifier})`,
                }))}
                value={account ? accountId : null}
                placeholder={accountId && !account ? "The account from your link" : undefined}
                onChange={(value) => value && setSearchParams({ account: value })}
              />
            ) : null}
          </Group>
        ) : null}
      </Group>
      {accounts.error && !accounts.data ? (
        <Text fz="sm" c="red" role="alert" p="md" pt={0}>
          Could not load the accounts you administer. {describeError(accounts.error)}
        </Text>
      ) : !accounts.data && !fromLink ? (
        <Loader size="sm" m="md" aria-label="Loading the accounts you administer" />
      ) : !accountId ? (
        <Text fz="sm" c="dimmed" p="md" pt={0}>
          You administer no active Smart Account, so no access requests wait for you.
        </Text>
      ) : requests.error && !requests.data ? (
        <Group p="md" pt={0}>
          <Text fz="sm" c="red" role="alert">
            Could not load the access requests. {describeError(requests.error)}
          </Text>
          <Button size="compact-sm" variant="default" onClick={() => void requests.refetch()}>
            Try again
          </Button>
        </Group>
      ) : !requests.data ? (
        <Loader size="sm" m="md" aria-label="Loading the access requests" />
      ) : rows.length === 0 ? (
        <Text fz="sm" c="dimmed" p="md" pt={0}>
          Nobody has asked for access to this account yet.
        </Text>
      ) : (
        <>
          <AccessRequestsTable
            caption={`Access requests to the account, ${order === "PENDING_FIRST" ? "pending first" : order === "NEWEST_FIRST" ? "newest first" : "oldest first"}`}
            requests={rows}
            sort={{ value: sort, onSort: setSort }}
            virtualAccountName={(id) => vaName.get(id) ?? "a virtual account"}
            actions={(request) =>
              request.status === "PENDING" ? (
                <>
                  <Button
                    size="compact-xs"
                    variant="default"
                    color="red"
                    aria-label={`Decline the request of ${request.email}`}
                    onClick={() => setDeclining(request)}
                  >
                    Decline
                  </Button>
                  <Button
                    size="compact-xs"
                    aria-label={`Approve the request of ${request.email}…`}
                    onClick={() => setApproving(request)}
                  >
                    Approve…
                  </Button>
                </>
              ) : null
            }
          />
          {requests.connection?.pageInfo.hasNextPage ? (
            <LoadMore onClick={() => void requests.loadMore()} loading={requests.loadingMore} />
          ) : null}
        </>
      )}
      <DeclineAccessRequestDialog
        request={declining}
        onClose={() => setDeclining(null)}
        onDone={refresh}
      />
      <ApproveAccessRequestDialog
        request={approving}
        virtualAccounts={account?.virtualAccounts ?? []}
        onClose={() => setApproving(null)}
        onDone={refresh}
      />
    </Paper>
  );
}

/** The requests the person made, with a way to take back a pending one. */
function MyAccessRequests() {
  const [sort, setSort] = useSortParam(SORT_COLUMNS, "mine");
  const order = orderOf(sort);
  const requests = usePagedRequests({ order });
  const [cancel, { loading }] = useMutation(cancelAccessRequestMutation);
  const rows = requests.connection?.edges.map((edge) => edge.node) ?? [];

  const onCancel = async (request: AccessRequestFieldsFragment) => {
    try {
      await cancel({ variables: { input: { accessRequestId: request.id } } });
      notifySuccess("Access request cancelled", `Your request for “${request.smartAccountName}”.`);
      void requests.refetch();
    } catch (error) {
      notifyError("Could not cancel the request", error);
    }
  };

  return (
    <Paper withBorder radius="sm" component="section" aria-labelledby="my-access-requests">
      <Group justify="space-between" p="md" pb="xs" align="flex-end">
        <Title order={2} fz="h4" id="my-access-requests">
          My access requests
        </Title>
        <CsvDownloadButton
          of="your access requests"
          href={exportHref("/export/access-requests.csv", {
            order: order === "PENDING_FIRST" ? null : order,
          })}
        />
      </Group>
      {requests.error && !requests.data ? (
        <Group p="md" pt={0}>
          <Text fz="sm" c="red" role="alert">
            Could not load your access requests. {describeError(requests.error)}
          </Text>
          <Button size="compact-sm" variant="default" onClick={() => void requests.refetch()}>
            Try again
          </Button>
        </Group>
      ) : !requests.data ? (
        <Loader size="sm" m="md" aria-label="Loading your access requests" />
      ) : rows.length === 0 ? (
        <Text fz="sm" c="dimmed" p="md" pt={0}>
          You have not asked for access to a Smart Account. Search for one in the top bar.
        </Text>
      ) : (
        <>
          <AccessRequestsTable
            caption="Access requests you made"
            requests={rows}
            showAccount
            sort={{ value: sort, onSort: setSort }}
            actions={(request) =>
              request.status === "PENDING" ? (
                <Button
                  size="compact-xs"
                  variant="default"
                  loading={loading}
                  aria-label={`Cancel the request for ${request.email} to ${request.smartAccountName}`}
                  onClick={() => void onCancel(request)}
                >
                  Cancel
                </Button>
              ) : null
            }
          />
          {requests.connection?.pageInfo.hasNextPage ? (
            <LoadMore onClick={() => void requests.loadMore()} loading={requests.loadingMore} />
          ) : null}
        </>
      )}
    </Paper>
  );
}
