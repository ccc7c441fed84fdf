import { SimpleGrid, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";

export type Detail = { label: string; value: ReactNode };

/** Label and value pairs, read by screen readers as a description list. */
export function DetailList({ items, cols = 2 }: { items: readonly Detail[]; cols?: number }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: cols }} spacing="md" verticalSpacing="sm" m={0}>
      {items.map((item) => (
        <Stack key={item.label} gap={2}>
          <Text component="dt" fz="xs" c="dimmed" tt="uppercase" fw={600}>
            {item.label}
          </Text>
          <Text component="dd" fz="sm" m={0}>
            {item.value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
