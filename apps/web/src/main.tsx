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
// A lazy page's code, fetched while the console's frame renders (a task of its own: the server
// already asks for the code of the pages it frames, in the page).
setTimeout(() => preloadPage(window.location.pathname), 0);
