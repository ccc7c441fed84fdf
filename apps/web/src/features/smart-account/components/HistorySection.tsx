import { Paper, Text, Timeline, Title } from "@mantine/core";
import type { SmartAccountDetailQuery } from "@sam/graphql-types";
import { formatDateTime } from "@/lib/format";

type History = SmartAccountDetailQuery["smartAccount"]["history"];
type AccountEvent = NonNullable<History>[number];

const statusWords: Record<string, string> = {
  PENDING_DOMAIN_APPROVAL: "Pending Domain Approval",
  PENDING_CUSTOMER_ACCEPTANCE: "Pending Customer Acceptance",
  PENDING_CUSTOMER_ADDRESS: "Pending Customer Address",
  ACTIVE: "Active",
  DECLINED_BY_CUSTOMER: "Declined by Customer",
  LAPSED: "Lapsed",
  CANCELLED: "Cancelled",
};

/** Each kind of event in words; a kind added later reads as its own name until it is here. */
const eventWords: Record<string, string> = {
  REQUESTED: "Requested",
  APPROVAL_EMAIL_RESENT: "Approval email sent again",
  CANCELLED: "Cancelled",
  DOMAIN_APPROVED: "Identifier approved",
  DOMAIN_REJECTED: "Identifier rejected",
  DOMAIN_RESUBMITTED: "Identifier resubmitted",
  APPROVED: "Approved",
  DENIED: "Denied",
  FORWARDED: "Forwarded",
  ADDRESS_PROVIDED: "Company address given",
  LAPSE_REMINDER_SENT: "Lapse reminder sent",
  DECISION_REMINDER_SENT: "Approvers reminded to decide",
  LAPSED: "Lapsed",
  CREATORS_NOMINATED: "Creators nominated",
  NOMINATION_RESENT: "Nomination sent again",
  NOMINATION_ACCEPTED: "Nomination accepted",
  NOMINATION_REJECTED: "Nomination rejected",
  ACCESS_REQUESTED: "Access requested",
  ACCESS_APPROVED: "Access granted",
  ACCESS_DECLINED: "Access declined",
  ACCESS_CANCELLED: "Access request cancelled",
  ACCESS_REMINDER_SENT: "Access request reminder sent",
  USER_ROLES_CHANGED: "Roles changed",
  VIRTUAL_ACCOUNTS_CHANGED: "Virtual accounts changed",
  DETAILS_UPDATED: "Details updated",
  AUTOMATION_CHANGED: "Access automation changed",
};

export const HISTORY_LABEL = "Account history, newest first";

export function eventTitle(type: string): string {
  return eventWords[type] ?? type.replace(/_/g, " ").toLowerCase();
}

/** Every event of the account, or why this person does not see them (`history` is null). */
export function HistorySection({ history }: { history: History }) {
  return (
    <Paper withBorder radius="sm" component="section" aria-labelledby="history-title">
      <Title order={2} fz="h4" p="md" pb={0} id="history-title">
        History
      </Title>
      {history ? (
        <HistoryTimeline events={history} />
      ) : (
        <Text fz="sm" c="dimmed" p="md">
          Only the account&apos;s administrators and approvers see its history.
        </Text>
      )}
    </Paper>
  );
}

function statusChange(event: AccountEvent): string | null {
  if (!event.statusAfter || event.statusAfter === event.statusBefore) return null;
  const after = statusWords[event.statusAfter] ?? event.statusAfter;
  return event.statusBefore
    ? `${statusWords[event.statusBefore] ?? event.statusBefore} → ${after}`
    : after;
}

/**
 * A vertical timeline, newest first: a list (each event one item) so screen readers say how
 * many there are; the bullet marks status changes and is decoration only.
 */
function HistoryTimeline({ events }: { events: NonNullable<History> }) {
  const newestFirst = [...events].reverse();
  if (newestFirst.length === 0) {
    return (
      <Text fz="sm" c="dimmed" p="md">
        Nothing has happened yet.
      </Text>
    );
  }
  return (
    <Timeline
      role="list"
      aria-label={HISTORY_LABEL}
      bulletSize={14}
      lineWidth={2}
      active={-1}
      p="md"
      pl="lg"
    >
      {newestFirst.map((event) => {
        const change = statusChange(event);
        return (
          <Timeline.Item
            key={event.id}
            role="listitem"
            title={eventTitle(event.type)}
            color={change ? "blue" : "gray"}
            lineVariant="solid"
          >
            <Text fz="xs" c="dimmed">
              <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
              {" · "}
              {event.actorEmail ?? "System"}
            </Text>
            {change ? (
              <Text fz="sm" fw={500}>
                {change}
              </Text>
            ) : null}
            {event.detail ? (
              <Text fz="sm" style={{ overflowWrap: "anywhere" }}>
                {event.detail}
              </Text>
            ) : null}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
