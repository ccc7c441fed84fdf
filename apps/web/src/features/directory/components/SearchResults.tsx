import { useQuery } from "@apollo/client/react";
import { Button, Group, Loader, Paper, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import type { AccountToRequest } from "@/components/access/RequestAccessDialog";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { describeError } from "@/lib/graphql-errors";
import { searchSmartAccountsQuery } from "../api/directory";
import { TableScroll } from "@/components/ui/TableScroll";

const PAGE_SIZE = 20;

type SearchResultsProps = {
  query: string;
  onRequestAccess: (account: AccountToRequest) => void;
  onClear: () => void;
};

/** Any Smart Account by name prefix or identifier, ordered by name. */
export function SearchResults({ query, onRequestAccess, onClear }: SearchResultsProps) {
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, error, refetch, fetchMore } = useQuery(searchSmartAccountsQuery, {
    variables: { query, first: PAGE_SIZE },
    fetchPolicy: "cache-and-network",
  });
  const connection = data?.searchSmartAccounts;
  const rows = connection?.edges ?? [];

  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          searchSmartAccounts: {
            ...fetchMoreResult.searchSmartAccounts,
            edges: [
              ...(previous.searchSmartAccounts?.edges ?? []),
              ...fetchMoreResult.searchSmartAccounts.edges,
            ],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  const count = connection
    ? connection.totalCountIsCapped
      ? "1000+ accounts"
      : `${connection.totalCount.toLocaleString("en")} ${connection.totalCount === 1 ? "account" : "accounts"}`
    : null;

  return (
    <Paper withBorder radius="sm" component="section" aria-labelledby="search-results">
      <Group justify="space-between" p="md" pb="xs" align="flex-start">
        <div>
          <Title order={2} fz="h4" id="search-results">
            Search results for “{query}”
          </Title>
          <Text fz="sm" c="dimmed">
            By name prefix or account domain identifier. Restricted accounts are found only by their
            exact full name or identifier.
          </Text>
          {count ? (
            <Text fz="sm" aria-live="polite">
              {count}
            </Text>
          ) : null}
        </div>
        <Button variant="default" size="compact-sm" onClick={onClear}>
          Clear search
        </Button>
      </Group>
      {error && !data ? (
        <Group p="md" pt={0}>
          <Text fz="sm" c="red" role="alert">
            Could not search. {describeError(error)}
          </Text>
          <Button size="compact-sm" variant="default" onClick={() => void refetch()}>
            Try again
          </Button>
        </Group>
      ) : !data ? (
        <Loader size="sm" m="md" aria-label="Searching" />
      ) : rows.length === 0 ? (
        <Text fz="sm" c="dimmed" p="md" pt={0}>
          No Smart Account matches “{query}”.
        </Text>
      ) : (
        <>
          <TableScroll
            minWidth={800}
            maxHeight="50vh"
            label="Smart Accounts matching the search, by name"
          >
            <Table stickyHeader striped verticalSpacing={4} fz="sm">
              <Table.Caption>Smart Accounts matching the search, by name</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Account Name</Table.Th>
                  <Table.Th scope="col">Account Domain Identifier</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Admin Contacts</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map(({ node: account }) => (
                  <Table.Tr key={account.id}>
                    <Table.Th scope="row" fw={500}>
                      {account.myRoles.length ? (
                        <Link to={`/smart-accounts/${account.id}`}>{account.name}</Link>
                      ) : (
                        account.name
                      )}
                    </Table.Th>
                    <Table.Td>{account.domainIdentifier}</Table.Td>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>
                      <StatusBadge status={account.status} />
                    </Table.Td>
                    <Table.Td>{account.administrators.join(", ") || "—"}</Table.Td>
                    <Table.Td>
                      {account.status === "ACTIVE" ? (
                        <Button
                          size="compact-xs"
                          variant="light"
                          onClick={() => onRequestAccess(account)}
                          aria-label={`Request access to ${account.name}`}
                        >
                          Request access
                        </Button>
                      ) : (
                        <Text fz="xs" c="dimmed">
                          Not active yet
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          {connection?.pageInfo.hasNextPage ? (
            <Group justify="flex-end" p="md">
              <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
                More results
              </Button>
            </Group>
          ) : null}
        </>
      )}
    </Paper>
  );
}
