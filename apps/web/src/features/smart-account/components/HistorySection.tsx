import { Group, Paper, Text, Timeline, Title } from "@mantine/core";
import type { SmartAccountDetailQuery } from "@sam/graphql-types";
import { CsvDownloadButton } from "@/components/table/CsvDownloadButton";
import { formatDateTime } from "@/lib/format";
import { eventTitle, statusWords } from "@/lib/history-words";

type History = SmartAccountDetailQuery["smartAccount"]["history"];
type AccountEvent = NonNullable<History>[number];

export const HISTORY_LABEL = "Account history, newest first";

/**
 * Every event of the account, or why this person does not see them (`history` is null). Those
 * who read it may download it whole, oldest first, as CSV or NDJSON.
 */
export function HistorySection({ accountId, history }: { accountId: string; history: History }) {
  const exportPath = `/export/accounts/${encodeURIComponent(accountId)}/history`;
  return (
    <Paper withBorder radius="sm" component="section" aria-labelledby="history-title">
      <Group justify="space-between" p="md" pb={0} gap="xs">
        <Title order={2} fz="h4" id="history-title">
          History
        </Title>
        {history ? (
          <Group gap="xs">
            <CsvDownloadButton href={`${exportPath}.csv`} of="the account's history" />
            <CsvDownloadButton
              href={`${exportPath}.ndjson`}
              of="the account's history"
              format="NDJSON"
            />
          </Group>
        ) : null}
      </Group>
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
