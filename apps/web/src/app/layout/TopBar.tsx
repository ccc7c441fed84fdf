import { Anchor, Box, Burger, Group, TextInput } from "@mantine/core";
import type { ViewerFieldsFragment } from "@sam/graphql-types";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import classes from "./shell.module.css";
import { UserMenu } from "./UserMenu";

type TopBarProps = {
  /** Null while the session loads or cannot be read: the bar stands, without the user's menu. */
  viewer: ViewerFieldsFragment | null;
  navOpened: boolean;
  onToggleNav: () => void;
};

export function TopBar({ viewer, navOpened, onToggleNav }: TopBarProps) {
  const navigate = useNavigate();
  const [search, setSearch] = useState("");

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label="Toggle navigation"
        />
        <Anchor
          component={Link}
          to="/directory"
          fw={700}
          // A size smaller on a phone: the whole name keeps its line beside the menu button.
          fz={{ base: "md", xs: "lg" }}
          c="inherit"
          underline="never"
          className={classes.product}
        >
          Smart Account Manager
        </Anchor>
      </Group>
      {/* Hidden on a phone (the directory has its own search), so the product name keeps its line. */}
      <Box
        component="form"
        visibleFrom="xs"
        role="search"
        style={{ flex: 1, maxWidth: 480 }}
        onSubmit={(event) => {
          event.preventDefault();
          const query = search.trim();
          // The directory owns searching; the top bar only hands it the words.
          void navigate(query ? `/directory?search=${encodeURIComponent(query)}` : "/directory");
        }}
      >
        <TextInput
          type="search"
          aria-label="Search Smart Accounts"
          placeholder="Search Smart Accounts by name or domain"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
      </Box>
      {viewer ? <UserMenu viewer={viewer} /> : null}
    </Group>
  );
}
