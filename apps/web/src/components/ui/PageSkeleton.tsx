import { Skeleton, Stack } from "@mantine/core";

/**
 * What the page area shows while a page's code or data loads: the outline of a page (title,
 * a line of text, rows), inside the console that stays standing around it.
 */
export function PageSkeleton({ label }: { label: string }) {
  return (
    <Stack gap="sm" role="status" aria-label={label} aria-busy="true">
      <Skeleton h={14} w={180} />
      <Skeleton h={28} w="min(360px, 80%)" mb="xs" />
      <Skeleton h={16} w="min(520px, 100%)" mb="md" />
      {[0, 1, 2, 3, 4].map((row) => (
        <Skeleton key={row} h={36} />
      ))}
    </Stack>
  );
}
