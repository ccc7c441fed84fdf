import { useApolloClient } from "@apollo/client/react";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { ErrorState } from "@/components/ui/ErrorState";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

/**
 * Offline, a banner at the top of the page says so, with a way to try again; the page stays as
 * it was. When the connection returns, the queries on screen are asked again by themselves.
 */
export function ConnectionBanner() {
  const online = useSyncExternalStore(subscribe, () => navigator.onLine);
  const client = useApolloClient();
  const wasOffline = useRef(false);

  useEffect(() => {
    if (!online) {
      wasOffline.current = true;
      return;
    }
    if (!wasOffline.current) return;
    wasOffline.current = false;
    void client.refetchQueries({ include: "active" }).catch(() => {
      // Each page shows its own query's error.
    });
  }, [online, client]);

  if (online) return null;
  return (
    <ErrorState
      tone="warning"
      title="You are offline"
      message="Nothing can be loaded or saved until the connection returns."
      onRetry={() => {
        void client.refetchQueries({ include: "active" }).catch(() => undefined);
      }}
    />
  );
}
