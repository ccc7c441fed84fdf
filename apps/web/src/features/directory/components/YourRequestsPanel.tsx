import { useQuery } from "@apollo/client/react";
import { Anchor, Button, Group, Loader, Paper, Table, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { denseTable } from "@/components/table/dense";
import { TruncatedText } from "@/components/table/TruncatedText";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { Withheld } from "@/components/ui/Withheld";
import { formatDate } from "@/lib/format";
import { describeError } from "@/lib/graphql-errors";
import { yourRequestsQuery } from "../api/directory";
import { TableScroll } from "@/components/ui/TableScroll";

const SHOWN = 10;

/** The accounts the user asked to create, newest first (the directory's third group). */
export function YourRequestsPanel() {
  const { data, error, loading, refetch } = useQuery(yourRequestsQuery, {
    variables: { first: SHOWN },
    fetchPolicy: "cache-and-network",
  });
  const accounts = data?.myRequests.edges.map((edge) => edge.node) ?? [];

  return (
    <Paper withBorder radius="sm" component="section" aria-labelledby="your-requests-panel">
      <Group justify="space-between" p="md" pb="xs">
        <Title order={2} fz="h4" id="your-requests-panel">
          Your requests
        </Title>
        <Anchor component={Link} to="/requests" fz="sm">
          All your requests
        </Anchor>
      </Group>
      {error && !data ? (
        <Group p="md" pt={0}>
          <Text fz="sm" c="red" role="alert">
            Could not load your requests. {describeError(error)}
          </Text>
          <Button size="compact-sm" variant="default" onClick={() => void refetch()}>
            Try again
          </Button>
        </Group>
      ) : loading && !data ? (
        <Loader size="sm" m="md" aria-label="Loading your requests" />
      ) : accounts.length === 0 ? (
        <Text fz="sm" c="dimmed" p="md" pt={0}>
          You have not requested a Smart Account yet. Use Create Smart Account to request one.
        </Text>
      ) : (
        <TableScroll minWidth={800} label="Smart Accounts you asked to create, newest first">
          <Table
            stickyHeader
            striped
            highlightOnHover
            verticalSpacing={4}
            fz="sm"
            className={denseTable}
          >
            <Table.Caption>Smart Accounts you asked to create, newest first</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Account Name</Table.Th>
                <Table.Th scope="col">Account Domain Identifier</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Next step</Table.Th>
                <Table.Th scope="col">Requested</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {accounts.map((account) => (
                <Table.Tr key={account.id}>
                  <Table.Th scope="row" fw={500}>
                    <TruncatedText
                      text={account.name}
                      to={`/smart-accounts/${account.id}`}
                      maxWidth={280}
                    />
                  </Table.Th>
                  <Table.Td>
                    <TruncatedText text={account.domainIdentifier} maxWidth={220} />
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={account.status} />
                  </Table.Td>
                  <Table.Td>
                    {account.nextStep ? (
                      <TruncatedText
                        maxWidth={320}
                        text={`${account.nextStep.action}${account.nextStep.actors.length ? ` Who: ${account.nextStep.actors.join(", ")}` : ""}`}
                      />
                    ) : (
                      <Withheld />
                    )}
                  </Table.Td>
                  <Table.Td>
                    {account.createdAt ? formatDate(account.createdAt) : <Withheld />}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Paper>
  );
}
