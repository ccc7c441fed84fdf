import { Anchor, Group, Stack, Text } from "@mantine/core";
import type { DomainCheck } from "../hooks/use-domain-check";
import { DomainCheckSummary } from "./DomainCheckSummary";

type AccountIdentifierFieldProps = {
  identifier: string;
  contactPhone: string;
  note?: string;
  check: DomainCheck | null;
  checking: boolean;
  errors: readonly (string | undefined)[];
  onEdit: () => void;
  onViewExisting: () => void;
};

/** "Account Domain Identifier: ccoesup.com Edit", with the live check under it. */
export function AccountIdentifierField({
  identifier,
  contactPhone,
  note,
  check,
  checking,
  errors,
  onEdit,
  onViewExisting,
}: AccountIdentifierFieldProps) {
  // A refusal the live check shows is said once, there, and not again as the field's error.
  const shown = new Set(
    identifier && check?.identifier ? check.refusals.map((refusal) => refusal.message) : [],
  );
  const messages = errors.filter(
    (message): message is string => Boolean(message) && !shown.has(message!),
  );
  return (
    <Stack gap={6} role="group" aria-labelledby="account-domain-identifier-label">
      <Text fz="sm" fw={500} id="account-domain-identifier-label">
        Account Domain Identifier{" "}
        <Text component="span" c="red" aria-hidden>
          *
        </Text>
      </Text>
      <Text fz="xs" c="dimmed">
        The Account Domain Identifier will be used to uniquely identify the account. The default is
        based on the email address of the person specified to authorize activation of the account.
      </Text>
      <Group gap="sm">
        <Text fw={600} data-testid="account-domain-identifier">
          {identifier || "—"}
        </Text>
        <Anchor component="button" type="button" fz="sm" onClick={onEdit}>
          Edit
        </Anchor>
      </Group>
      {contactPhone ? (
        <Text fz="xs" c="dimmed">
          Contact Phone Number: {contactPhone}
        </Text>
      ) : null}
      {note ? (
        <Text fz="xs" c="dimmed">
          Note to the domain approver: {note}
        </Text>
      ) : null}
      {messages.map((message) => (
        <Text key={message} fz="sm" c="red" role="alert">
          {message}
        </Text>
      ))}
      {identifier ? (
        <DomainCheckSummary check={check} checking={checking} onViewExisting={onViewExisting} />
      ) : null}
    </Stack>
  );
}
