import { useMutation } from "@apollo/client/react";
import { ReasonDialog } from "@/components/forms/ReasonDialog";
import { notifySuccess } from "@/lib/notify";
import { rejectDomainMutation } from "../api/domain-approvals";

export type ReviewToReject = { id: string; identifier: string; accountName: string };

type RejectDomainDialogProps = {
  review: ReviewToReject | null;
  onClose: () => void;
  onRejected: () => void;
};

export function RejectDomainDialog({ review, onClose, onRejected }: RejectDomainDialogProps) {
  const [reject, { loading }] = useMutation(rejectDomainMutation);

  return (
    <ReasonDialog
      opened={review !== null}
      title="Reject Domain Identifier"
      description={
        review ? (
          <>
            Reject <strong>{review.identifier}</strong> for “{review.accountName}”. The requester is
            told, with your reason, and may submit another identifier.
          </>
        ) : null
      }
      submitLabel="Reject"
      reasonRequired="Give the reason for rejecting"
      failureTitle="Could not reject the identifier"
      loading={loading}
      onClose={onClose}
      onSubmit={async (reason) => {
        if (!review) return;
        await reject({ variables: { input: { domainId: review.id, reason } } });
        notifySuccess(
          "Identifier rejected",
          `${review.identifier} was rejected; the requester may submit another identifier.`,
        );
        onRejected();
      }}
    />
  );
}
