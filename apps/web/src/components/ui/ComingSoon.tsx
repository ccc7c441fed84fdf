import { EmptyState, Paper } from "@mantine/core";
import type { ReactNode } from "react";

type ComingSoonProps = {
  /** What the page will do once it is built, in the words the person knows it by. */
  description: ReactNode;
  children?: ReactNode;
};

/** The empty state of a page whose content arrives in a later release. */
export function ComingSoon({ description, children }: ComingSoonProps) {
  return (
    <Paper withBorder p="xl" radius="sm">
      <EmptyState title="Coming in a later release" description={description}>
        {children}
      </EmptyState>
    </Paper>
  );
}
