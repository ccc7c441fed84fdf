import { Avatar } from "@mantine/core";
import type { ViewerFieldsFragment } from "@sam/graphql-types";
import { MenuButton, type MenuEntry } from "@/components/ui/MenuButton";
import { env } from "@/env";
import { useSignOut } from "@/features/auth/hooks/use-sign-out";

export function UserMenu({ viewer }: { viewer: ViewerFieldsFragment }) {
  const { signOut, signingOut } = useSignOut();
  const items: MenuEntry[] = [
    { kind: "label", label: viewer.email },
    { kind: "link", label: "API tokens", to: "/api-tokens" },
    ...(env.DEV ? [{ kind: "link", label: "Mailbox", to: "/mailbox" } as const] : []),
    { kind: "divider" },
    { kind: "action", label: "Sign out", danger: true, onSelect: () => void signOut() },
  ];

  return (
    <MenuButton
      items={items}
      buttonProps={{
        variant: "subtle",
        color: "gray",
        loading: signingOut,
        leftSection: <Avatar name={viewer.name} color="initials" size="sm" aria-hidden />,
      }}
    >
      {viewer.name}
    </MenuButton>
  );
}
