import { AppShell, NavLink, Text } from "@mantine/core";
import type { ViewerFieldsFragment } from "@sam/graphql-types";
import { NavLink as RouterNavLink, useMatch } from "react-router";
import { env } from "@/env";

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

type SideNavProps = {
  viewer: ViewerFieldsFragment;
  /** Called after a link is followed, so the mobile drawer can close. */
  onNavigate: () => void;
};

export function SideNav({ viewer, onNavigate }: SideNavProps) {
  return (
    <>
      <AppShell.Section p="md" pb="sm">
        <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
          Smart Account
        </Text>
        <Text fw={600} fz="sm">
          No Smart Account selected
        </Text>
      </AppShell.Section>
      <AppShell.Section grow px="xs" style={{ overflowY: "auto" }}>
        <NavItem to="/directory" label="Directory" onNavigate={onNavigate} />
        <NavItem to="/requests" label="Requests" onNavigate={onNavigate} />
        <NavItem to="/access-requests" label="Access Requests" onNavigate={onNavigate} />
        {/* A courtesy only: the server refuses domain approvals to anyone but staff. */}
        {viewer.isStaff ? (
          <NavItem to="/domain-approvals" label="Domain Approvals" onNavigate={onNavigate} />
        ) : null}
        {viewer.isStaff ? (
          <NavItem to="/overview" label="Overview" onNavigate={onNavigate} />
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
