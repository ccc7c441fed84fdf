import { useMutation } from "@apollo/client/react";
import type { AccessRequestFieldsFragment } from "@sam/graphql-types";
import { ReasonDialog } from "@/components/forms/ReasonDialog";
import { notifySuccess } from "@/lib/notify";
import { declineAccessRequestMutation } from "../api/access-requests";

type Props = {
  request: AccessRequestFieldsFragment | null;
  onClose: () => void;
  onDone: () => void;
};

export function DeclineAccessRequestDialog({ request, onClose, onDone }: Props) {
  const [decline, { loading }] = useMutation(declineAccessRequestMutation);

  return (
    <ReasonDialog
      opened={request !== null}
      title="Decline Access Request"
      description={
        request ? (
          <>
            Decline the request of <strong>{request.email}</strong> for access to “
            {request.smartAccountName}”. They are told, with your reason.
          </>
        ) : null
      }
      submitLabel="Decline"
      reasonRequired="Give the reason for declining"
      failureTitle="Could not decline the request"
      loading={loading}
      onClose={onClose}
      onSubmit={async (reason) => {
        if (!request) return;
        await decline({ variables: { input: { accessRequestId: request.id, reason } } });
        notifySuccess("Access request declined", `${request.email} is told, with your reason.`);
        onDone();
      }}
    />
  );
}
