import { Anchor, AppShell, Group } from "@mantine/core";
import { Link } from "react-router";
import { PageOutlet } from "../RouteError";

/** The frame of the pages reachable without signing in. */
export function PublicLayout() {
  return (
    <AppShell header={{ height: 56 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Anchor component={Link} to="/sign-in" fw={700} fz="lg" c="inherit" underline="never">
            Smart Account Manager
          </Anchor>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <PageOutlet />
      </AppShell.Main>
    </AppShell>
  );
}
