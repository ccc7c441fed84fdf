import { Avatar, Button, Menu, Text } from "@mantine/core";
import type { ViewerFieldsFragment } from "@sam/graphql-types";
import { Link } from "react-router";
import { env } from "@/env";
import { useSignOut } from "@/features/auth/hooks/use-sign-out";

export function UserMenu({ viewer }: { viewer: ViewerFieldsFragment }) {
  const { signOut, signingOut } = useSignOut();

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          loading={signingOut}
          leftSection={<Avatar name={viewer.name} color="initials" size="sm" aria-hidden />}
        >
          {viewer.name}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text fz="xs" truncate>
            {viewer.email}
          </Text>
        </Menu.Label>
        <Menu.Item component={Link} to="/api-tokens">
          API tokens
        </Menu.Item>
        {env.DEV ? (
          <Menu.Item component={Link} to="/mailbox">
            Mailbox
          </Menu.Item>
        ) : null}
        <Menu.Divider />
        <Menu.Item color="red" onClick={() => void signOut()}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
