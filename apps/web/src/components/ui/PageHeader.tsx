import { Anchor, Breadcrumbs, Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";

export type Breadcrumb = {
  label: string;
  /** Where the crumb leads; the current page has none. */
  to?: string;
};

type PageHeaderProps = {
  title: string;
  breadcrumbs: readonly Breadcrumb[];
  description?: ReactNode;
  /** The page's primary action, shown at the top right. */
  actions?: ReactNode;
};

export function PageHeader({ title, breadcrumbs, description, actions }: PageHeaderProps) {
  return (
    <Stack gap="xs" mb="lg">
      <nav aria-label="Breadcrumb">
        <Breadcrumbs separatorMargin={6} fz="sm" style={{ flexWrap: "wrap" }}>
          {breadcrumbs.map((crumb) =>
            crumb.to ? (
              <Anchor key={crumb.label} component={Link} to={crumb.to} fz="sm">
                {crumb.label}
              </Anchor>
            ) : (
              <Text key={crumb.label} fz="sm" c="dimmed" aria-current="page">
                {/* Breadcrumbs drop the crumb's own style: a long name wraps inside it instead. */}
                <span style={{ whiteSpace: "normal", overflowWrap: "anywhere" }}>
                  {crumb.label}
                </span>
              </Text>
            ),
          )}
        </Breadcrumbs>
      </nav>
      {/* On a narrow screen the actions move under the title rather than off the screen. */}
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} miw={0} style={{ flex: "1 1 16rem" }}>
          <Title order={1} fz="h2">
            {title}
          </Title>
          {description ? (
            <Text c="dimmed" fz="sm">
              {description}
            </Text>
          ) : null}
        </Stack>
        {actions ? <Group gap="sm">{actions}</Group> : null}
      </Group>
    </Stack>
  );
}
