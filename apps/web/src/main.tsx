import { startTransition, StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { createApolloClient } from "@/app/apollo-client";
import { AppProviders } from "@/app/providers";
import { AppRoutes, preloadPage } from "@/app/routes";
import { takeSessionFromPage } from "@/app/session-in-page";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

const client = createApolloClient();
takeSessionFromPage(client);
preloadPage(window.location.pathname);

// The first render as a transition: React yields to the browser while it builds the console
// rather than holding the main thread for the whole tree in one task.
const root = createRoot(container);
startTransition(() => {
  root.render(
    <StrictMode>
      <AppProviders client={client}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AppProviders>
    </StrictMode>,
  );
});
