import { Button, Group, Modal, Stack, Text } from "@mantine/core";

type LeaveRequestDialogProps = {
  opened: boolean;
  onStay: () => void;
  onLeave: () => void;
};

/** Asked before a person leaves a request they have started and not sent. */
export function LeaveRequestDialog({ opened, onStay, onLeave }: LeaveRequestDialogProps) {
  return (
    <Modal opened={opened} onClose={onStay} title="Leave this request?">
      <Stack gap="md">
        <Text fz="sm">
          You have not sent this Smart Account request. If you leave now, what you entered is
          discarded.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onStay} data-autofocus>
            Stay on the request
          </Button>
          <Button color="red" onClick={onLeave}>
            Discard and leave
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
