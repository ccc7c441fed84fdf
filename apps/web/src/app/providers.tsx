import "./first-page-styles.css";
import "./first-paint.css";
import type { ApolloClient } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { MantineProvider } from "@mantine/core";
import { lazy, Suspense, useSyncExternalStore, type ReactNode } from "react";
import { toastsRequested } from "@/lib/notify";
import { withAllStyles } from "@/lib/all-styles";
import { cssVariablesResolver, theme } from "./theme";

// Toasts appear only after something happens: their code loads with the first one.
const Notifications = lazy(
  withAllStyles(() =>
    import("@mantine/notifications").then((module) => ({ default: module.Notifications })),
  ),
);

type AppProvidersProps = {
  client: ApolloClient;
  children: ReactNode;
  /** Mantine's "test" mode: overlays render in place and without transitions. */
  mantineEnv?: "default" | "test";
};

export function AppProviders({ client, children, mantineEnv = "default" }: AppProvidersProps) {
  const requested = useSyncExternalStore(
    toastsRequested.subscribe,
    toastsRequested.get,
    () => false,
  );
  // In tests the container is there from the start, as overlays render in place: a toast's
  // appearance is then not timed by loading its code.
  const toasts = requested || mantineEnv === "test";
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      env={mantineEnv}
      // The system's choice until the person picks one in the user menu (kept in localStorage,
      // and applied before the first paint by /color-scheme.js, see index.html).
      defaultColorScheme="auto"
    >
      {toasts ? (
        <Suspense fallback={null}>
          {/* Bottom right, clear of the top bar's menus, each page's primary action at the top
              right and the title bars of dialogs; on a phone they span the bottom. */}
          <Notifications position="bottom-right" containerWidth={360} />
        </Suspense>
      ) : null}
      <ApolloProvider client={client}>{children}</ApolloProvider>
    </MantineProvider>
  );
}
