import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import type { ApolloClient } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import type { ReactNode } from "react";
import { cssVariablesResolver, theme } from "./theme";

type AppProvidersProps = {
  client: ApolloClient;
  children: ReactNode;
  /** Mantine's "test" mode: overlays render in place and without transitions. */
  mantineEnv?: "default" | "test";
};

export function AppProviders({ client, children, mantineEnv = "default" }: AppProvidersProps) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env={mantineEnv}>
      <Notifications position="top-right" />
      <ApolloProvider client={client}>{children}</ApolloProvider>
    </MantineProvider>
  );
}
