import { useMutation, useQuery } from "@apollo/client/react";
import {
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import type { AccountNominationsQuery, SmartAccountDetailQuery } from "@sam/graphql-types";
import { useState } from "react";
import { ErrorState } from "@/components/ui/ErrorState";
import { TableScroll } from "@/components/ui/TableScroll";
import { formatDate } from "@/lib/format";
import { describeError } from "@/lib/graphql-errors";
import { nominationKindWords, nominationStatusAppearance } from "@/lib/nominations";
import { notifyError, notifySuccess } from "@/lib/notify";
import { accountNominationsQuery, resendNominationMutation } from "../api/smart-account";

type Account = SmartAccountDetailQuery["smartAccount"];
type Nomination = AccountNominationsQuery["accountNominations"]["edges"][number]["node"];

const PAGE_SIZE = 20;

/** What the server lets be sent again: a pending nomination that already went out. */
const canResend = (nomination: Nomination) =>
  nomination.status === "PENDING" && nomination.sentAt !== null && nomination.kind !== "APPROVER";

type Props = { account: Account; canResendAny: boolean };

/**
 * The people proposed for the account and where each stands. Administrators email a pending
 * nomination again when the nominee lost it (three times a day at most, the server says).
 */
export function NominationsSection({ account, canResendAny }: Props) {
  const { data, error, loading, refetch, fetchMore } = useQuery(accountNominationsQuery, {
    variables: { smartAccountId: account.id, first: PAGE_SIZE },
    fetchPolicy: "cache-and-network",
  });
  const [resend] = useMutation(resendNominationMutation);
  const [resending, setResending] = useState<string | null>(null);
  const connection = data?.accountNominations;

  const onResend = async (nomination: Nomination) => {
    setResending(nomination.id);
    try {
      await resend({ variables: { input: { nominationId: nomination.id } } });
      notifySuccess("Nomination sent again", `${nomination.email} has a new email.`);
    } catch (failure) {
      notifyError("Could not send the nomination again", failure);
    } finally {
      setResending(null);
    }
  };

  return (
    <Paper withBorder radius="sm" component="section" aria-labelledby="nominations-title">
      <Group justify="space-between" p="md" pb={0}>
        <Title order={2} fz="h4" id="nominations-title">
          Nominations
        </Title>
        {connection ? (
          <Text fz="sm" c="dimmed">
            {connection.totalCount} in all
          </Text>
        ) : null}
      </Group>
      {error && !data ? (
        <ErrorState
          title="Could not load the nominations"
          message={describeError(error)}
          onRetry={() => void refetch()}
        />
      ) : !connection ? (
        loading ? (
          <Loader m="md" aria-label="Loading the nominations" />
        ) : null
      ) : connection.edges.length === 0 ? (
        <Text fz="sm" c="dimmed" p="md">
          Nobody has been nominated for this account.
        </Text>
      ) : (
        <>
          <TableScroll minWidth={720} label={`Nominations for ${account.name}, newest first`}>
            <Table striped verticalSpacing="xs" fz="sm">
              <Table.Caption>Nominations for {account.name}, newest first</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Email</Table.Th>
                  <Table.Th scope="col">For</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Emailed</Table.Th>
                  <Table.Th scope="col">Expires</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {connection.edges.map(({ node }) => (
                  <Table.Tr key={node.id}>
                    <Table.Td>{node.email}</Table.Td>
                    <Table.Td>{nominationKindWords[node.kind]}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={nominationStatusAppearance[node.status].color}>
                        {nominationStatusAppearance[node.status].label}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {node.sentAt ? formatDate(node.sentAt) : "When the account is active"}
                    </Table.Td>
                    <Table.Td>{node.expiresAt ? formatDate(node.expiresAt) : "—"}</Table.Td>
                    <Table.Td>
                      {canResendAny && canResend(node) ? (
                        <Button
                          size="compact-sm"
                          variant="default"
                          loading={resending === node.id}
                          aria-label={`Send the nomination of ${node.email} again`}
                          onClick={() => void onResend(node)}
                        >
                          Resend
                        </Button>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          {connection.pageInfo.hasNextPage ? (
            <Group p="md" pt="xs">
              <Button
                size="compact-sm"
                variant="default"
                onClick={() =>
                  void fetchMore({
                    variables: { after: connection.pageInfo.endCursor },
                    updateQuery: (previous, { fetchMoreResult }) => ({
                      accountNominations: {
                        ...fetchMoreResult.accountNominations,
                        edges: [
                          ...(previous.accountNominations?.edges ?? []),
                          ...fetchMoreResult.accountNominations.edges,
                        ],
                      },
                    }),
                  })
                }
              >
                Show more
              </Button>
            </Group>
          ) : null}
        </>
      )}
    </Paper>
  );
}
