import { EmptyState, Paper } from "@mantine/core";
import type { ReactNode } from "react";

type NotForYouProps = {
  title: string;
  /** Why the page is not for this person, and where to go instead. */
  description: ReactNode;
  children?: ReactNode;
};

/** A page meant for other people (partners, staff); the server enforces it, this explains it. */
export function NotForYou({ title, description, children }: NotForYouProps) {
  return (
    <Paper withBorder p="xl" radius="sm">
      <EmptyState title={title} description={description}>
        {children}
      </EmptyState>
    </Paper>
  );
}
