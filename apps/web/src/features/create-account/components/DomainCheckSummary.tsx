import { Alert, Button, Group, Loader, Text } from "@mantine/core";
import type { DomainReviewReason } from "@sam/graphql-types";
import type { DomainCheck } from "../hooks/use-domain-check";

export const reviewReasonWords: Record<DomainReviewReason, string> = {
  NOT_APPROVER_HOST: "it is not the host of the approver's email address",
  CONSUMER_DOMAIN: "it is a consumer mail domain",
  NON_LATIN_SCRIPT: "it is written in a script other than Latin",
  CONFUSABLE_WITH_EXISTING: "it looks like the identifier of an existing account",
};

type DomainCheckSummaryProps = {
  check: DomainCheck | null;
  checking: boolean;
  onViewExisting?: () => void;
};

/** What the server makes of the identifier: live, under the identifier as the person edits it. */
export function DomainCheckSummary({ check, checking, onViewExisting }: DomainCheckSummaryProps) {
  if (checking && !check) {
    return (
      <Group gap="xs" role="status" aria-label="Checking the identifier">
        <Loader size="xs" />
        <Text fz="sm" c="dimmed">
          Checking the identifier…
        </Text>
      </Group>
    );
  }
  if (!check) return null;
  if (!check.valid) {
    return (
      <Alert color="red" variant="light" p="xs" role="status" aria-live="polite">
        <Text fz="sm">{check.message ?? "This is not a valid domain identifier."}</Text>
      </Alert>
    );
  }
  const existing = check.existingAccounts.length;
  return (
    <Alert
      color={check.reviewRequired || existing > 0 ? "yellow" : "green"}
      variant="light"
      p="xs"
      role="status"
      aria-live="polite"
      aria-label="Identifier check"
    >
      <Text fz="sm">
        {check.reviewRequired
          ? `${check.identifier} needs review by a domain approver: ${check.reviewReasons
              .map((reason) => reviewReasonWords[reason])
              .join(
                " and ",
              )}. This takes additional approval time; a contact phone number is required.`
          : `${check.identifier} needs no domain review: it is the approver's own email domain.`}
      </Text>
      {!check.identifierAvailable ? (
        <Text fz="sm" fw={600} mt={4}>
          {check.identifier} is already held by a Smart Account; choose another identifier.
        </Text>
      ) : null}
      {existing > 0 ? (
        <Group gap="xs" mt={4}>
          <Text fz="sm">
            {existing === 1
              ? `A Smart Account already exists under ${check.topLevelDomain}.`
              : `${existing} Smart Accounts already exist under ${check.topLevelDomain}.`}
          </Text>
          {onViewExisting ? (
            <Button size="compact-xs" variant="light" onClick={onViewExisting}>
              View Existing Smart Accounts
            </Button>
          ) : null}
        </Group>
      ) : null}
    </Alert>
  );
}
