import "./first-page-styles.css";
import type { ApolloClient } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { MantineProvider } from "@mantine/core";
import { lazy, Suspense, useEffect, type ReactNode } from "react";
import { loadAllStyles } from "./all-styles";
import { cssVariablesResolver, theme } from "./theme";

// Toasts appear only after something happens: their code loads beside the first page, not
// before it.
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
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env={mantineEnv}>
      <Suspense fallback={null}>
        <Notifications position="top-right" />
      </Suspense>
      <ApolloProvider client={client}>{children}</ApolloProvider>
    </MantineProvider>
  );
}
