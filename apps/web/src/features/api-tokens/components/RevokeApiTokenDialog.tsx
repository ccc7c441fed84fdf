import { useMutation } from "@apollo/client/react";
import { Button, Code, Group, Modal, Stack, Text } from "@mantine/core";
import type { ApiTokenFieldsFragment } from "@sam/graphql-types";
import { notifyError, notifySuccess } from "@/lib/notify";
import { revokeApiTokenMutation } from "../api/api-tokens";

type RevokeApiTokenDialogProps = {
  /** The token to revoke; the dialog is open while there is one. */
  token: ApiTokenFieldsFragment | null;
  onClose: () => void;
};

export function RevokeApiTokenDialog({ token, onClose }: RevokeApiTokenDialogProps) {
  const [revoke, { loading }] = useMutation(revokeApiTokenMutation);

  const confirm = async () => {
    if (!token) return;
    try {
      await revoke({ variables: { input: { id: token.id } } });
      notifySuccess("API token revoked", `“${token.name}” no longer works.`);
      onClose();
    } catch (error) {
      notifyError("Could not revoke the token", error);
    }
  };

  return (
    <Modal opened={token !== null} onClose={onClose} title="Revoke API token">
      {token ? (
        <Stack gap="md">
          <Text>
            Programs using <strong>{token.name}</strong> (<Code>{token.prefix}…</Code>) will stop
            working at once. This cannot be undone.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              Cancel
            </Button>
            <Button color="red" loading={loading} onClick={() => void confirm()}>
              Revoke token
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
