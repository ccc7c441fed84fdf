import { Text } from "@mantine/core";

type NextStepProps = {
  nextStep: { action: string; actors: readonly string[] };
};

/** What has to happen next, and who has to do it (the server's words). */
export function NextStep({ nextStep }: NextStepProps) {
  return (
    <Text fz="sm" component="span">
      {nextStep.action}
      {nextStep.actors.length > 0 ? (
        <Text component="span" fz="sm" c="dimmed">
          {" "}
          Who: {nextStep.actors.join(", ")}
        </Text>
      ) : null}
    </Text>
  );
}
