import { useQuery } from "@apollo/client/react";
import { NavLink, Skeleton, Stack, Text, TextInput } from "@mantine/core";
import { useDeferredValue, useState } from "react";
import { Link } from "react-router";
import { smartAccountSwitcherQuery } from "../api/shell";
import { ErrorState } from "@/components/ui/ErrorState";
import { describeError } from "@/lib/graphql-errors";

const PAGE = 50;

type SmartAccountSwitcherProps = {
  id: string;
  /** Escape in the panel: close it (focus goes back to its button). */
  onClose: () => void;
  /** After an account is chosen (its page opens). */
  onChoose: () => void;
  /** The account heading the navigation now, marked in the list. */
  currentId: string | null;
};

/**
 * Moves between the Smart Accounts the person holds a role in: choosing one opens its page,
 * which makes it the account the navigation is headed by (and remembers it). A panel that
 * opens under the navigation's heading; its code loads when first opened.
 */
export function SmartAccountSwitcher({
  id,
  onClose,
  onChoose,
  currentId,
}: SmartAccountSwitcherProps) {
  const [search, setSearch] = useState("");
  const namePrefix = useDeferredValue(search.trim());
  const { data, error, loading, refetch } = useQuery(smartAccountSwitcherQuery, {
    variables: { first: PAGE, filter: namePrefix ? { namePrefix } : null },
  });
  const edges = data?.directory.edges ?? [];
  // The directory lists accounts with a role first: the rest are not the person's to switch to.
  const accounts = edges
    .filter((edge) => edge.node.reason === "HAS_ROLE")
    .map((edge) => edge.node.smartAccount);
  const more = Boolean(data?.directory.pageInfo.hasNextPage) && accounts.length === edges.length;

  return (
    <Stack
      id={id}
      gap="xs"
      mt="xs"
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.preventDefault();
        onClose();
      }}
    >
      <TextInput
        size="xs"
        label="Find your Smart Account"
        placeholder="Start of its name"
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        // The panel opens on a click of its button: the person means to use it now.
        autoFocus
      />
      {error && !data ? (
        <ErrorState
          title="Could not load your Smart Accounts"
          message={describeError(error)}
          onRetry={() => void refetch()}
        />
      ) : loading && !data ? (
        <Stack gap={4} role="status" aria-label="Loading your Smart Accounts">
          <Skeleton h={28} />
          <Skeleton h={28} />
        </Stack>
      ) : accounts.length === 0 ? (
        <Text fz="xs" c="dimmed">
          {namePrefix
            ? `No account you hold a role in starts with “${namePrefix}”.`
            : "You hold no role in any Smart Account yet."}
        </Text>
      ) : (
        <ul aria-label="Your Smart Accounts" style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {accounts.map((account) => (
            <li key={account.id}>
              <NavLink
                component={Link}
                to={`/smart-accounts/${account.id}`}
                label={account.name}
                active={account.id === currentId}
                aria-current={account.id === currentId ? "true" : undefined}
                onClick={onChoose}
              />
            </li>
          ))}
        </ul>
      )}
      {more ? (
        <Text fz="xs" c="dimmed">
          Only the first {PAGE} are listed: type the start of a name to find the others.
        </Text>
      ) : null}
    </Stack>
  );
}
