import { useApolloClient, useMutation } from "@apollo/client/react";
import { useCallback } from "react";
import { useNavigate } from "react-router";
import { hasErrorCode } from "@/lib/graphql-errors";
import { notifyError, notifySuccess } from "@/lib/notify";
import { signOutMutation } from "../api/sign-in";

export function useSignOut(): { signOut: () => Promise<void>; signingOut: boolean } {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOutMutate, { loading }] = useMutation(signOutMutation);

  const signOut = useCallback(async () => {
    try {
      await signOutMutate();
    } catch (error) {
      // A session that already ended is what signing out wanted; anything else means the
      // session may still be alive, so stay and say so.
      if (!hasErrorCode(error, "UNAUTHENTICATED")) {
        notifyError("Could not sign out", error);
        return;
      }
    }
    await navigate("/sign-in", { replace: true });
    // Nothing of the previous user's data may stay in memory for the next one.
    await client.clearStore();
    notifySuccess("Signed out", "You have been signed out.");
  }, [client, navigate, signOutMutate]);

  return { signOut, signingOut: loading };
}
