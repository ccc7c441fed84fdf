import { Avatar, useMantineColorScheme, type MantineColorScheme } from "@mantine/core";
import type { ViewerFieldsFragment } from "@sam/graphql-types";
import { MenuButton, type MenuEntry } from "@/components/ui/MenuButton";
import { env } from "@/env";
import { useSignOut } from "@/features/auth/hooks/use-sign-out";
import classes from "./shell.module.css";

const schemes: { value: MantineColorScheme; label: string }[] = [
  { value: "auto", label: "Match the system" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
];

export function UserMenu({ viewer }: { viewer: ViewerFieldsFragment }) {
  const { signOut, signingOut } = useSignOut();
  // Remembered in localStorage by Mantine's colour scheme manager.
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const items: MenuEntry[] = [
    { kind: "label", label: viewer.email },
    { kind: "link", label: "API tokens", to: "/api-tokens" },
    ...(env.DEV ? [{ kind: "link", label: "Mailbox", to: "/mailbox" } as const] : []),
    { kind: "divider" },
    { kind: "label", label: "Theme" },
    ...schemes.map(({ value, label }): MenuEntry => ({
      kind: "radio",
      label,
      checked: colorScheme === value,
      onSelect: () => setColorScheme(value),
    })),
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
      <span className={classes.userName}>{viewer.name}</span>
    </MenuButton>
  );
}
