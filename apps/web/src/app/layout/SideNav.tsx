import {
  Anchor,
  AppShell,
  Badge,
  Button,
  NavLink,
  Skeleton,
  Text,
  VisuallyHidden,
} from "@mantine/core";
import type { ViewerFieldsFragment } from "@sam/graphql-types";
import { useId, useRef, useState } from "react";
import { Link, NavLink as RouterNavLink, useMatch } from "react-router";
import { env } from "@/env";
import classes from "./shell.module.css";
import { SmartAccountSwitcher } from "./SmartAccountSwitcher";
import { useCurrentSmartAccount } from "./use-current-smart-account";
import { usePendingCounts } from "./use-pending-counts";

type NavItemProps = {
  to: string;
  label: string;
  onNavigate: () => void;
  /** How many items wait there for the person (shown when above zero). */
  count?: number | null;
  /** What the count is, for screen readers ("waiting for your approval"). */
  countLabel?: string;
};

function NavItem({ to, label, onNavigate, count, countLabel }: NavItemProps) {
  const active = useMatch({ path: to, end: false }) !== null;
  return (
    <NavLink
      component={RouterNavLink}
      to={to}
      label={label}
      active={active}
      onClick={onNavigate}
      rightSection={
        count ? (
          <Badge
            size="sm"
            variant="filled"
            circle={count < 10}
            data-testid={`count-${to.slice(1)}`}
          >
            {count}
            <VisuallyHidden> {countLabel}</VisuallyHidden>
          </Badge>
        ) : null
      }
    />
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
  const counts = usePendingCounts(viewer !== null);
  return (
    <>
      <CurrentSmartAccountHeading viewer={viewer} onNavigate={onNavigate} />
      <AppShell.Section grow px="xs" style={{ overflowY: "auto" }}>
        <NavItem to="/directory" label="Directory" onNavigate={onNavigate} />
        <NavItem
          to="/requests"
          label="Requests"
          onNavigate={onNavigate}
          count={counts?.approvals}
          countLabel="waiting for your approval"
        />
        <NavItem
          to="/access-requests"
          label="Access Requests"
          onNavigate={onNavigate}
          count={counts?.accessRequests}
          countLabel="waiting for your decision"
        />
        {/* A courtesy only: the server refuses domain approvals to anyone but staff. */}
        {viewer?.isStaff ? (
          <>
            <NavItem
              to="/domain-approvals"
              label="Domain Approvals"
              onNavigate={onNavigate}
              count={counts?.domainReviews}
              countLabel="waiting for review"
            />
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
