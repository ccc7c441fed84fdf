import type { MantineColor } from "@mantine/core";
import type { NominationKind, NominationStatus } from "@sam/graphql-types";

/** What a nomination proposes, in the words of the console. */
export const nominationKindWords: Record<NominationKind, string> = {
  ADMINISTRATOR: "Administrator",
  USER: "User",
  CREATOR: "Additional creator (approver)",
  APPROVER: "Approver (forwarded)",
};

export const nominationStatusAppearance: Record<
  NominationStatus,
  { color: MantineColor; label: string }
> = {
  PENDING: { color: "yellow", label: "Pending" },
  ACCEPTED: { color: "green", label: "Accepted" },
  REJECTED: { color: "red", label: "Rejected" },
  WITHDRAWN: { color: "gray", label: "Withdrawn" },
  EXPIRED: { color: "gray", label: "Expired" },
};
