import { Alert, Button, Group, Loader, Stack, Text } from "@mantine/core";
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

/** What the check says, as one state: the first that applies decides the words and the colour. */
export type DomainCheckState = "checking" | "invalid" | "refused" | "review" | "existing" | "clear";

export function domainCheckState(check: DomainCheck | null, checking: boolean): DomainCheckState {
  if (checking || !check) return "checking";
  if (!check.valid) return "invalid";
  if (check.refusals.length > 0) return "refused";
  if (check.reviewRequired) return "review";
  if (check.existingAccounts.length > 0) return "existing";
  return "clear";
}

/**
 * What the server makes of the identifier, live under it as the person edits it, for the request
 * it will be sent with: one message per state, never a contradiction — what the request would
 * refuse is said instead of anything about review, and green only when Send would go through.
 */
export function DomainCheckSummary({ check, checking, onViewExisting }: DomainCheckSummaryProps) {
  const state = domainCheckState(check, checking);
  if (state === "checking") {
    return checking ? (
      <Group gap="xs" role="status" aria-label="Checking the identifier">
        <Loader size="xs" />
        <Text fz="sm" c="dimmed">
          Checking the identifier…
        </Text>
      </Group>
    ) : null;
  }
  const c = check!;
  if (state === "invalid") {
    return (
      <Alert color="red" variant="light" p="xs" role="status" aria-live="polite">
        <Text fz="sm">{c.message ?? "This is not a valid domain identifier."}</Text>
      </Alert>
    );
  }
  const existing = c.existingAccounts.length;
  const existingLine =
    existing > 0 ? (
      <Group gap="xs" wrap="wrap">
        <Text fz="sm">
          {existing === 1
            ? `A Smart Account already exists under ${c.topLevelDomain}.`
            : `${existing} Smart Accounts already exist under ${c.topLevelDomain}.`}
        </Text>
        {onViewExisting ? (
          <Button size="compact-xs" variant="light" onClick={onViewExisting}>
            View Existing Smart Accounts
          </Button>
        ) : null}
      </Group>
    ) : null;

  if (state === "refused") {
    const held = c.refusals.some((r) => r.code === "IDENTIFIER_HELD");
    return (
      <Alert
        color="red"
        variant="light"
        p="xs"
        role="status"
        aria-live="polite"
        aria-label="Identifier check"
        data-state="refused"
      >
        <Stack gap={4}>
          {c.refusals.map((refusal) => (
            <Text key={refusal.code} fz="sm" fw={600}>
              {refusal.message}
            </Text>
          ))}
          <Text fz="sm">
            {held
              ? "Choose another identifier, such as a prefix on the domain, or ask for access to the account that holds it."
              : "Choose another identifier to send the request."}
          </Text>
          {existingLine}
        </Stack>
      </Alert>
    );
  }

  return (
    <Alert
      color={state === "clear" ? "green" : "yellow"}
      variant="light"
      p="xs"
      role="status"
      aria-live="polite"
      aria-label="Identifier check"
      data-state={state}
    >
      <Stack gap={4}>
        <Text fz="sm">
          {state === "review"
            ? `${c.identifier} needs review by a domain approver: ${c.reviewReasons
                .map((reason) => reviewReasonWords[reason])
                .join(
                  " and ",
                )}. This takes additional approval time; a contact phone number is required.`
            : `${c.identifier} needs no domain review: it is the approver's own email domain.`}
        </Text>
        {existingLine}
      </Stack>
    </Alert>
  );
}
