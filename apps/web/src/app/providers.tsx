import "./first-page-styles.css";
import type { ApolloClient } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { MantineProvider } from "@mantine/core";
import { lazy, Suspense, useEffect, useSyncExternalStore, type ReactNode } from "react";
import { toastsRequested } from "@/lib/notify";
import { loadAllStyles } from "./all-styles";
import { cssVariablesResolver, theme } from "./theme";

// Toasts appear only after something happens: their code loads with the first one.
const Notifications = lazy(() =>
  import("@mantine/notifications").then((module) => ({ default: module.Notifications })),
);

type AppProvidersProps = {
  client: ApolloClient;
  children: ReactNode;
  /** Mantine's "test" mode: overlays render in place and without transitions. */
  mantineEnv?: "default" | "test";
};

export function AppProviders({ client, children, mantineEnv = "default" }: AppProvidersProps) {
  useEffect(() => {
    void loadAllStyles();
  }, []);
  const requested = useSyncExternalStore(
    toastsRequested.subscribe,
    toastsRequested.get,
    () => false,
  );
  // In tests the container is there from the start, as overlays render in place: a toast's
  // appearance is then not timed by loading its code.
  const toasts = requested || mantineEnv === "test";
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env={mantineEnv}>
      {toasts ? (
        <Suspense fallback={null}>
          <Notifications position="top-right" />
        </Suspense>
      ) : null}
      <ApolloProvider client={client}>{children}</ApolloProvider>
    </MantineProvider>
  );
}
