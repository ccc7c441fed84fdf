import { Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { SmartAccountDetailQuery } from "@sam/graphql-types";
import { DetailList, type Detail } from "@/components/ui/DetailList";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { readsDetails } from "@/lib/account-details";
import { formatDate, formatDateTime } from "@/lib/format";
import { roleWords } from "@/lib/roles";

type Account = SmartAccountDetailQuery["smartAccount"];

type Props = { account: Account; virtualAccountNames: ReadonlyMap<string, string> };

/**
 * The account's card, which anyone who may see the account reads, and when and by whom it was
 * requested for those who read its details.
 */
export function AccountDetailsPanel({ account, virtualAccountNames }: Props) {
  const card: Detail[] = [
    { label: "Account Name", value: account.name },
    { label: "Account ID", value: account.id },
    { label: "Account Domain Identifier", value: account.domainIdentifier },
    { label: "Top-level Domain Name", value: account.topLevelDomain },
    {
      label: "Visibility",
      value: account.visibility === "RESTRICTED" ? "Restricted" : "Unrestricted",
    },
    { label: "Administrators", value: account.administrators.join(", ") || "—" },
    { label: "Your roles", value: <YourRoles account={account} names={virtualAccountNames} /> },
  ];
  const requested: Detail[] = readsDetails(account)
    ? [
        {
          label: "Requested by",
          value: `${account.requester.name} (${account.requester.email})`,
        },
        { label: "Requested", value: formatDateTime(account.createdAt) },
        {
          label: "Activated",
          value: account.activatedAt ? formatDateTime(account.activatedAt) : "—",
        },
        { label: "Lapses on", value: account.lapseAt ? formatDate(account.lapseAt) : "—" },
      ]
    : [];

  return (
    <Paper withBorder radius="sm" p="lg">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} fz="h4">
            Account details
          </Title>
          <StatusBadge status={account.status} />
        </Group>
        <DetailList cols={3} items={[...card, ...requested]} />
      </Stack>
    </Paper>
  );
}

function YourRoles({ account, names }: { account: Account; names: ReadonlyMap<string, string> }) {
  if (account.myRoles.length === 0) return <>None</>;
  return (
    <Group gap={4} component="span">
      {account.myRoles.map((grant) => (
        <Badge key={`${grant.role}-${grant.virtualAccountId ?? ""}`} variant="outline" radius="sm">
          {roleWords[grant.role]}
          {grant.virtualAccountId
            ? ` of ${names.get(grant.virtualAccountId) ?? "a virtual account"}`
            : ""}
        </Badge>
      ))}
    </Group>
  );
}

/** Said instead of the details to someone who reads only the card. */
export function CardOnlyNote({ requestable }: { requestable: boolean }) {
  return (
    <Text fz="sm" c="dimmed">
      {requestable
        ? "You see this account's card. Its details, virtual accounts and history are for the people holding roles on it: request access to become one of them."
        : "You see this account's card. Its details, virtual accounts and history are for its requester, its approvers and the people holding roles on it."}
    </Text>
  );
}
