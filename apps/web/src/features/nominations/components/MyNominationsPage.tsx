import { useMutation, useQuery } from "@apollo/client/react";
import {
  Anchor,
  Badge,
  Button,
  EmptyState,
  Group,
  Loader,
  Paper,
  Table,
  Text,
  VisuallyHidden,
} from "@mantine/core";
import type { NominationFieldsFragment, NominationKind } from "@sam/graphql-types";
import { useState } from "react";
import { Link } from "react-router";
import { ErrorState } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { formatDate } from "@/lib/format";
import { describeError } from "@/lib/graphql-errors";
import { notifyError, notifySuccess } from "@/lib/notify";
import {
  acceptNominationMutation,
  myNominationsQuery,
  rejectNominationMutation,
} from "../api/nominations";
import { TableScroll } from "@/components/ui/TableScroll";
import { TruncatedText } from "@/components/table/TruncatedText";
import { nominationKindWords, nominationStatusAppearance } from "@/lib/nominations";

const PAGE_SIZE = 100;

const acceptedWords: Record<NominationKind, string> = {
  ADMINISTRATOR: "You become an administrator once the account is active.",
  USER: "You become a user once the account is active.",
  CREATOR: "You are now one of its approvers: the request is waiting for your decision.",
  APPROVER: "You are its approver.",
};

export function MyNominationsPage() {
  const { data, error, loading, refetch } = useQuery(myNominationsQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: "cache-and-network",
  });
  const [accept] = useMutation(acceptNominationMutation);
  const [reject] = useMutation(rejectNominationMutation);
  const [busy, setBusy] = useState<string | null>(null);
  const nominations = data?.myNominations.edges.map((edge) => edge.node) ?? [];

  const decide = async (nomination: NominationFieldsFragment, accepting: boolean) => {
    setBusy(`${nomination.id}:${accepting ? "accept" : "reject"}`);
    const input = { nominationId: nomination.id };
    try {
      if (accepting) {
        await accept({ variables: { input } });
        notifySuccess("Nomination accepted", acceptedWords[nomination.kind]);
      } else {
        await reject({ variables: { input } });
        notifySuccess("Nomination rejected", "Whoever nominated you is not asked again.");
      }
    } catch (error) {
      notifyError(`Could not ${accepting ? "accept" : "reject"} the nomination`, error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <PageHeader
        title="My Nominations"
        description="What others proposed you for: administrator, user, additional creator or approver of a Smart Account."
        breadcrumbs={[
          { label: "Smart Account Manager", to: "/directory" },
          { label: "My Nominations" },
        ]}
      />
      {error && !data ? (
        <ErrorState
          title="Could not load your nominations"
          message={describeError(error)}
          onRetry={() => void refetch()}
        />
      ) : loading && !data ? (
        <Loader aria-label="Loading your nominations" />
      ) : nominations.length === 0 ? (
        <Paper withBorder radius="sm" p="xl">
          <EmptyState
            title="No nominations"
            description="When someone nominates your verified email for a Smart Account, it appears here."
          />
        </Paper>
      ) : (
        <Paper withBorder radius="sm">
          <TableScroll minWidth={900} label="Nominations sent to your email, newest first">
            <Table stickyHeader striped highlightOnHover verticalSpacing="xs" fz="sm">
              <Table.Caption>Nominations sent to your email, newest first</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Nominated as</Table.Th>
                  <Table.Th scope="col">Smart Account</Table.Th>
                  <Table.Th scope="col">Message</Table.Th>
                  <Table.Th scope="col">Nominated</Table.Th>
                  <Table.Th scope="col">Expires</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {nominations.map((nomination) => {
                  const appearance = nominationStatusAppearance[nomination.status];
                  const label = nominationKindWords[nomination.kind];
                  return (
                    <Table.Tr key={nomination.id}>
                      <Table.Th scope="row" fw={500}>
                        {label}
                      </Table.Th>
                      <Table.Td>
                        <Anchor
                          component={Link}
                          to={`/smart-accounts/${nomination.smartAccountId}`}
                          fz="sm"
                        >
                          {nomination.smartAccount.name}
                        </Anchor>
                        <Text fz="xs" c="dimmed" component="div">
                          {nomination.smartAccount.domainIdentifier}
                        </Text>
                        <StatusBadge status={nomination.smartAccount.status} />
                      </Table.Td>
                      <Table.Td>
                        <TruncatedText text={nomination.message ?? ""} maxWidth={280} />
                      </Table.Td>
                      <Table.Td>{formatDate(nomination.createdAt)}</Table.Td>
                      <Table.Td>
                        {nomination.expiresAt ? formatDate(nomination.expiresAt) : "—"}
                      </Table.Td>
                      <Table.Td>
                        <Badge color={appearance.color} variant="light" radius="sm">
                          {appearance.label}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {nomination.status === "PENDING" ? (
                          <Group gap={4} justify="flex-end" wrap="nowrap">
                            <Button
                              size="compact-sm"
                              loading={busy === `${nomination.id}:accept`}
                              disabled={busy !== null}
                              onClick={() => void decide(nomination, true)}
                              aria-label={`Accept nomination as ${label}`}
                            >
                              Accept
                            </Button>
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              color="red"
                              loading={busy === `${nomination.id}:reject`}
                              disabled={busy !== null}
                              onClick={() => void decide(nomination, false)}
                              aria-label={`Reject nomination as ${label}`}
                            >
                              Reject
                            </Button>
                          </Group>
                        ) : (
                          <Text fz="xs" c="dimmed">
                            {nomination.decidedAt ? formatDate(nomination.decidedAt) : ""}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </Paper>
      )}
    </>
  );
}
