import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { config as configureZod } from "zod";
import { createApolloClient } from "@/app/apollo-client";
import { AppProviders } from "@/app/providers";
import { AppRoutes } from "@/app/routes";

// The server's Content-Security-Policy allows no eval: without this, zod probes `new Function`
// on the first object schema, and the browser reports a violation before zod falls back.
configureZod({ jitless: true });

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

const client = createApolloClient();

createRoot(container).render(
  <StrictMode>
    <AppProviders client={client}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  </StrictMode>,
);
