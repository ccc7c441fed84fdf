import { Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

type AuthCardProps = {
  title: string;
  description?: ReactNode;
  children: ReactNode;
};

/** The frame of the pages a person sees before signing in. */
export function AuthCard({ title, description, children }: AuthCardProps) {
  return (
    <Paper withBorder radius="sm" p="xl" w="100%" maw={480} mx="auto">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} fz="h2">
            {title}
          </Title>
          {description ? <Text c="dimmed">{description}</Text> : null}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}
