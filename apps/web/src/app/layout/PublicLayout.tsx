import { Anchor, AppShell, Group } from "@mantine/core";
import { Link } from "react-router";
import { PageOutlet } from "../RouteError";
import classes from "./shell.module.css";
import { MAIN_ID, SkipLink } from "./SkipLink";

/** The frame of the pages reachable without signing in. */
export function PublicLayout() {
  return (
    <>
      <SkipLink />
      <AppShell header={{ height: 56 }} padding="lg">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between">
            <Anchor
              component={Link}
              to="/sign-in"
              fw={700}
              fz="lg"
              c="inherit"
              underline="never"
              className={classes.product}
            >
              Smart Account Manager
            </Anchor>
          </Group>
        </AppShell.Header>
        <AppShell.Main id={MAIN_ID} tabIndex={-1} className={classes.main}>
          <PageOutlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
