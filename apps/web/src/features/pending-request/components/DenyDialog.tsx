import { useMutation } from "@apollo/client/react";
import type { SmartAccountFieldsFragment } from "@sam/graphql-types";
import { ReasonDialog } from "@/components/forms/ReasonDialog";
import { notifySuccess } from "@/lib/notify";
import { denySmartAccountMutation } from "../api/pending-request";

type DenyDialogProps = {
  account: SmartAccountFieldsFragment;
  opened: boolean;
  onClose: () => void;
  onDenied: () => void;
};

export function DenyDialog({ account, opened, onClose, onDenied }: DenyDialogProps) {
  const [deny, { loading }] = useMutation(denySmartAccountMutation);

  return (
    <ReasonDialog
      opened={opened}
      title="Deny Request"
      description={
        <>
          Deny the Smart Account “{account.name}”. The requester is told, with your reason.
          Additional creators may still be nominated until the request lapses.
        </>
      }
      submitLabel="Deny Request"
      reasonRequired="Give the reason for denying"
      failureTitle="Could not deny the request"
      loading={loading}
      onClose={onClose}
      onSubmit={async (reason) => {
        await deny({ variables: { input: { smartAccountId: account.id, reason } } });
        notifySuccess(
          "Request denied",
          `${account.requester?.email ?? "The requester"} was told, with your reason.`,
        );
        onDenied();
      }}
    />
  );
}
