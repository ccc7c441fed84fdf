import { Badge } from "@mantine/core";
import type { MailboxEmail } from "../api/mailbox";

const colors = { PENDING: "yellow", SENT: "green", FAILED: "red" } as const;
const labels = { PENDING: "Pending", SENT: "Sent", FAILED: "Failed" } as const;

export function EmailStatusBadge({ status }: { status: MailboxEmail["status"] }) {
  return (
    <Badge size="xs" variant="light" color={colors[status]}>
      {labels[status]}
    </Badge>
  );
}
