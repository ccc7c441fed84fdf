import { useMutation, useQuery } from "@apollo/client/react";
import {
  Anchor,
  Badge,
  Button,
  EmptyState,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from "@mantine/core";
import type { DomainReviewReason, DomainStatus } from "@sam/graphql-types";
import { useState } from "react";
import { Link } from "react-router";
import { NotForYou } from "@/components/ui/NotForYou";
import { ErrorState } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { useViewer } from "@/hooks/viewer-context";
import { formatDateTime } from "@/lib/format";
import { describeError } from "@/lib/graphql-errors";
import { notifyError, notifySuccess } from "@/lib/notify";
import { approveDomainMutation, domainApprovalsQuery } from "../api/domain-approvals";
import { RejectDomainDialog, type ReviewToReject } from "./RejectDomainDialog";
import { TableScroll } from "@/components/ui/TableScroll";
import { TruncatedText } from "@/components/table/TruncatedText";

const PAGE_SIZE = 100;

const reasonWords: Record<DomainReviewReason, string> = {
  NOT_APPROVER_HOST: "Not the approver's email host",
  CONSUMER_DOMAIN: "Consumer mail domain",
  NON_LATIN_SCRIPT: "Written in a non-Latin script",
  CONFUSABLE_WITH_EXISTING: "Looks like an existing account's identifier",
};

const statusOptions: { value: DomainStatus; label: string }[] = [
  { value: "PENDING_APPROVAL", label: "Pending" },
  { value: "APPROVED", label: "Approved" },
  { value: "REJECTED", label: "Rejected" },
];

function Header() {
  return (
    <PageHeader
      title="Domain Approvals"
      description="Account Domain Identifiers that need review, oldest first."
      breadcrumbs={[
        { label: "Smart Account Manager", to: "/directory" },
        { label: "Domain Approvals" },
      ]}
    />
  );
}

export function DomainApprovalsPage() {
  const viewer = useViewer();
  if (!viewer.isStaff) {
    return (
      <>
        <Header />
        <NotForYou
          title="For domain approvers only"
          description="Only operator staff (domain approvers) review Account Domain Identifiers. Your own requests waiting for a review are on the Requests page."
        >
          <Group justify="center">
            <Button component={Link} to="/requests" variant="default">
              Your requests
            </Button>
          </Group>
        </NotForYou>
      </>
    );
  }
  return <DomainApprovalsQueue />;
}

function DomainApprovalsQueue() {
  const [status, setStatus] = useState<DomainStatus>("PENDING_APPROVAL");
  const { data, error, loading, refetch } = useQuery(domainApprovalsQuery, {
    variables: { status, first: PAGE_SIZE },
    fetchPolicy: "cache-and-network",
  });
  const [approve] = useMutation(approveDomainMutation);
  const [approvingId, setApprovingId] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<ReviewToReject | null>(null);
  const reviews = data?.domainApprovals.edges.map((edge) => edge.node) ?? [];

  const approveReview = async (id: string, identifier: string) => {
    setApprovingId(id);
    try {
      const { data: result } = await approve({ variables: { input: { domainId: id } } });
      notifySuccess(
        "Identifier approved",
        `${identifier} is approved; ${result?.approveDomain.domain.smartAccount.name ?? "the account"}'s approvers are asked to accept it.`,
      );
      await refetch();
    } catch (error) {
      notifyError("Could not approve the identifier", error);
    } finally {
      setApprovingId(null);
    }
  };

  return (
    <>
      <Header />
      <Stack gap="md">
        <SegmentedControl
          aria-label="Which reviews to list"
          w="fit-content"
          value={status}
          onChange={(value) => setStatus(value as DomainStatus)}
          data={statusOptions}
        />
        {error && !data ? (
          <ErrorState
            title="Could not load the domain approvals"
            message={describeError(error)}
            onRetry={() => void refetch()}
          />
        ) : loading && !data ? (
          <Loader aria-label="Loading the domain approvals" />
        ) : reviews.length === 0 ? (
          <Paper withBorder radius="sm" p="xl">
            <EmptyState
              title={status === "PENDING_APPROVAL" ? "Nothing to review" : "None"}
              description={
                status === "PENDING_APPROVAL"
                  ? "No Account Domain Identifier is waiting for review."
                  : "No review was decided this way yet."
              }
            />
          </Paper>
        ) : (
          <Paper withBorder radius="sm">
            <TableScroll minWidth={1000} label="Domain identifier reviews, oldest first">
              <Table stickyHeader striped highlightOnHover verticalSpacing="xs" fz="sm">
                <Table.Caption>Domain identifier reviews, oldest first</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Account Domain Identifier</Table.Th>
                    <Table.Th scope="col">Smart Account</Table.Th>
                    <Table.Th scope="col">Why it needs review</Table.Th>
                    <Table.Th scope="col">Contact Phone</Table.Th>
                    <Table.Th scope="col">Note</Table.Th>
                    <Table.Th scope="col">Requested</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {reviews.map((review) => (
                    <Table.Tr key={review.id}>
                      <Table.Th scope="row" fw={500}>
                        <TruncatedText text={review.identifier} maxWidth={220} />
                      </Table.Th>
                      <Table.Td>
                        <Anchor
                          component={Link}
                          to={`/smart-accounts/${review.smartAccount.id}`}
                          fz="sm"
                        >
                          {review.smartAccount.name}
                        </Anchor>
                        <Requester person={review.smartAccount.requester} />
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {review.reviewReasons.map((reason) => (
                            <Badge key={reason} color="yellow" variant="light" radius="sm">
                              {reasonWords[reason]}
                            </Badge>
                          ))}
                        </Group>
                      </Table.Td>
                      <Table.Td>{review.contactPhone}</Table.Td>
                      <Table.Td>
                        <TruncatedText text={review.note ?? ""} maxWidth={240} />
                      </Table.Td>
                      <Table.Td>{formatDateTime(review.createdAt)}</Table.Td>
                      <Table.Td>
                        {review.status === "PENDING_APPROVAL" ? (
                          <Group gap={4} justify="flex-end" wrap="nowrap">
                            <Button
                              size="compact-sm"
                              color="green"
                              loading={approvingId === review.id}
                              onClick={() => void approveReview(review.id, review.identifier)}
                              aria-label={`Approve ${review.identifier}`}
                            >
                              Approve
                            </Button>
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              color="red"
                              onClick={() =>
                                setRejecting({
                                  id: review.id,
                                  identifier: review.identifier,
                                  accountName: review.smartAccount.name,
                                })
                              }
                              aria-label={`Reject ${review.identifier}`}
                            >
                              Reject
                            </Button>
                          </Group>
                        ) : (
                          <Text fz="xs" c="dimmed">
                            {review.decisionReason ?? ""}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          </Paper>
        )}
      </Stack>
      <RejectDomainDialog
        review={rejecting}
        onClose={() => setRejecting(null)}
        onRejected={() => {
          setRejecting(null);
          void refetch();
        }}
      />
    </>
  );
}

/** Who asked for the account; staff always read it, so there is nothing to say without it. */
function Requester({ person }: { person: { name: string; email: string } | null }) {
  if (!person) return null;
  return (
    <Text fz="xs" c="dimmed">
      {person.name} ({person.email})
    </Text>
  );
}
