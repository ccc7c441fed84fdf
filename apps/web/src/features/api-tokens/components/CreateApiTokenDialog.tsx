import { Modal } from "@mantine/core";
import { useState } from "react";
import { CreateApiTokenForm } from "./CreateApiTokenForm";
import { TokenSecret } from "./TokenSecret";

type CreateApiTokenDialogProps = {
  opened: boolean;
  onClose: () => void;
};

export function CreateApiTokenDialog({ opened, onClose }: CreateApiTokenDialogProps) {
  const [secret, setSecret] = useState<string | null>(null);

  const close = () => {
    // Forget the secret with the dialog: it is shown once, never again.
    setSecret(null);
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={secret ? "Your new API token" : "Create API token"}
      // Closing by a stray click outside would lose a secret that cannot be shown again.
      closeOnClickOutside={secret === null}
    >
      {secret ? (
        <TokenSecret secret={secret} onDone={close} />
      ) : (
        <CreateApiTokenForm onCreated={(result) => setSecret(result.secret)} onCancel={close} />
      )}
    </Modal>
  );
}
