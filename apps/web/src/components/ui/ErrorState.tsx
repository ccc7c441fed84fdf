import { Box, Button, Group, Text } from "@mantine/core";
import type { ReactNode } from "react";
import classes from "./ErrorState.module.css";

type ErrorStateProps = {
  title: string;
  message: ReactNode;
  onRetry?: () => void;
  /** "warning" for a state that is not an error of the server's, such as being offline. */
  tone?: "error" | "warning";
  /** The title is the page's own heading (level 1) when nothing else on the page could load. */
  asPageTitle?: boolean;
};

/**
 * A banner at the top of the page area: what failed and a way to try again. The console around
 * it (top bar, navigation) keeps working.
 */
export function ErrorState({
  title,
  message,
  onRetry,
  tone = "error",
  asPageTitle = false,
}: ErrorStateProps) {
  return (
    <Box className={classes.banner} data-tone={tone} role="alert" mb="md">
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <div>
          <Text fw={600} fz="sm" component={asPageTitle ? "h1" : "p"} m={0}>
            {title}
          </Text>
          <Text fz="sm">{message}</Text>
        </div>
        {onRetry ? (
          <Button size="compact-sm" variant="default" onClick={onRetry}>
            Try again
          </Button>
        ) : null}
      </Group>
    </Box>
  );
}
