import { Text } from "@mantine/core";

/**
 * In place of a value the server withheld (`null` because the account policy does not let this
 * person read it), so a cell says so rather than looking empty or broken.
 */
export function Withheld() {
  return (
    <Text fz="sm" c="dimmed" component="span">
      Not shown to you
    </Text>
  );
}
