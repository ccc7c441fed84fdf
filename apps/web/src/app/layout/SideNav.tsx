import { Anchor, AppShell, Button, NavLink, Skeleton, Text } from "@mantine/core";
import type { ViewerFieldsFragment } from "@sam/graphql-types";
import { useId, useRef, useState } from "react";
import { Link, NavLink as RouterNavLink, useMatch } from "react-router";
import { env } from "@/env";
import classes from "./shell.module.css";
import { SmartAccountSwitcher } from "./SmartAccountSwitcher";
import { useCurrentSmartAccount } from "./use-current-smart-account";

type NavItemProps = {
  to: string;
  label: string;
  onNavigate: () => void;
};

function NavItem({ to, label, onNavigate }: NavItemProps) {
  const active = useMatch({ path: to, end: false }) !== null;
  return (
    <NavLink component={RouterNavLink} to={to} label={label} active={active} onClick={onNavigate} />
  );
}

/** The navigation's heading: the current Smart Account, and the way to another. */
function CurrentSmartAccountHeading({
  viewer,
  onNavigate,
}: {
  viewer: ViewerFieldsFragment | null;
  onNavigate: () => void;
}) {
  const { account, loading } = useCurrentSmartAccount(viewer?.id ?? null);
  const [switcherOpened, setSwitcherOpened] = useState(false);
  const switcherId = useId();
  const switchButton = useRef<HTMLButtonElement>(null);

  return (
    <AppShell.Section p="md" pb="sm">
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
        Smart Account
      </Text>
      {!viewer || loading ? (
        <Skeleton h={20} my={2} w="70%" />
      ) : account ? (
        <Anchor
          component={Link}
          to={`/smart-accounts/${account.id}`}
          fw={600}
          fz="sm"
          c="inherit"
          display="block"
          className={classes.product}
          title={account.name}
          onClick={onNavigate}
        >
          {account.name}
        </Anchor>
      ) : (
        <Text fw={600} fz="sm">
          No Smart Account selected
        </Text>
      )}
      {viewer ? (
        <Button
          ref={switchButton}
          variant="subtle"
          size="compact-sm"
          mt={4}
          ml={-6}
          aria-expanded={switcherOpened}
          aria-controls={switcherOpened ? switcherId : undefined}
          onClick={() => setSwitcherOpened((opened) => !opened)}
        >
          Switch Smart Account
        </Button>
      ) : null}
      {switcherOpened ? (
        <SmartAccountSwitcher
          id={switcherId}
          onClose={() => {
            setSwitcherOpened(false);
            switchButton.current?.focus();
          }}
          onChoose={() => {
            setSwitcherOpened(false);
            onNavigate();
          }}
          currentId={account?.id ?? null}
        />
      ) : null}
    </AppShell.Section>
  );
}

type SideNavProps = {
  /** Null while the session loads or cannot be read: the sections stand, the rest waits. */
  viewer: ViewerFieldsFragment | null;
  /** Called after a link is followed, so the mobile drawer can close. */
  onNavigate: () => void;
};

export function SideNav({ viewer, onNavigate }: SideNavProps) {
  return (
    <>
      <CurrentSmartAccountHeading viewer={viewer} onNavigate={onNavigate} />
      <AppShell.Section grow px="xs" style={{ overflowY: "auto" }}>
        <NavItem to="/directory" label="Directory" onNavigate={onNavigate} />
        <NavItem to="/requests" label="Requests" onNavigate={onNavigate} />
        <NavItem to="/access-requests" label="Access Requests" onNavigate={onNavigate} />
        {/* A courtesy only: the server refuses domain approvals to anyone but staff. */}
        {viewer?.isStaff ? (
          <>
            <NavItem to="/domain-approvals" label="Domain Approvals" onNavigate={onNavigate} />
            <NavItem to="/overview" label="Overview" onNavigate={onNavigate} />
            <NavItem to="/audit-log" label="Audit Log" onNavigate={onNavigate} />
          </>
        ) : null}
        <NavItem to="/nominations" label="My Nominations" onNavigate={onNavigate} />
        {env.DEV ? (
          <>
            <Text fz="xs" c="dimmed" tt="uppercase" fw={600} px="sm" pt="md" pb={4}>
              Development
            </Text>
            <NavItem to="/mailbox" label="Mailbox" onNavigate={onNavigate} />
            <NavItem to="/explorer" label="GraphQL Explorer" onNavigate={onNavigate} />
          </>
        ) : null}
      </AppShell.Section>
    </>
  );
}
