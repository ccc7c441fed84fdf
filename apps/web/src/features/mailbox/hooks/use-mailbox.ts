import { useCallback, useEffect, useState } from "react";
import { fetchMailbox, MailboxUnavailableError, type MailboxEmail } from "../api/mailbox";

type MailboxState = {
  emails: MailboxEmail[] | null;
  loading: boolean;
  error: string | null;
};

export function useMailbox(): MailboxState & { refresh: () => void } {
  const [state, setState] = useState<MailboxState>({ emails: null, loading: true, error: null });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetchMailbox(controller.signal).then(
      (emails) => setState({ emails, loading: false, error: null }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message =
          error instanceof MailboxUnavailableError
            ? error.message
            : "The server could not be reached. Is it running?";
        // Keep what was already listed: a failed refresh should not blank the page.
        setState((previous) => ({ emails: previous.emails, loading: false, error: message }));
      },
    );
    return () => controller.abort();
  }, [version]);

  const refresh = useCallback(() => {
    setState((previous) => ({ ...previous, loading: true }));
    setVersion((n) => n + 1);
  }, []);

  return { ...state, refresh };
}
