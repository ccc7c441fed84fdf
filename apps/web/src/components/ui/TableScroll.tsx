import { Box } from "@mantine/core";
import type { ReactNode } from "react";

type TableScrollProps = {
  /** The table keeps this width and scrolls sideways on narrower screens. */
  minWidth: number;
  /** Long tables scroll within this height, under a sticky header. */
  maxHeight?: string;
  /** Names the scrolling region for screen readers; the table's caption reads well here. */
  label: string;
  children: ReactNode;
};

/**
 * A table's scrolling box: the browser's own scrolling (no scrollbar library on the first
 * page), reachable by keyboard so people who cannot use a mouse can scroll it too. Positioned,
 * so that absolutely placed content inside (visually hidden header words, tips) scrolls with it
 * instead of widening the page on a phone.
 */
export function TableScroll({ minWidth, maxHeight, label, children }: TableScrollProps) {
  return (
    <Box
      role="region"
      aria-label={label}
      tabIndex={0}
      style={{ position: "relative", overflow: "auto", maxHeight }}
    >
      <Box miw={minWidth}>{children}</Box>
    </Box>
  );
}
