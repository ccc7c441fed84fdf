import { useMutation } from "@apollo/client/react";
import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import type { SmartAccountFieldsFragment } from "@sam/graphql-types";
import { notifyError, notifySuccess } from "@/lib/notify";
import { cancelSmartAccountMutation } from "../api/requests";

type CancelRequestDialogProps = {
  account: SmartAccountFieldsFragment | null;
  onClose: () => void;
};

export function CancelRequestDialog({ account, onClose }: CancelRequestDialogProps) {
  const [cancel, { loading }] = useMutation(cancelSmartAccountMutation);

  const confirm = async () => {
    if (!account) return;
    try {
      await cancel({ variables: { input: { smartAccountId: account.id } } });
      notifySuccess(
        "Request cancelled",
        `“${account.name}” is cancelled and ${account.domainIdentifier} is free again. The approvers were told.`,
      );
      onClose();
    } catch (error) {
      notifyError("Could not cancel the request", error);
    }
  };

  return (
    <Modal opened={account !== null} onClose={onClose} title="Cancel Request">
      {account ? (
        <Stack gap="md">
          <Text>
            Cancel the request for <strong>{account.name}</strong> ({account.domainIdentifier})? The
            provisional account is closed, its approvers are told, and this cannot be undone.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              Keep the request
            </Button>
            <Button color="red" loading={loading} onClick={() => void confirm()}>
              Cancel Request
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
