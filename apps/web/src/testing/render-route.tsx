import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { createApolloClient } from "@/app/apollo-client";
import { AppProviders } from "@/app/providers";
import { routes } from "@/app/routes";

/**
 * Renders the whole app (its real routes, providers and Apollo client) at a path, the way a
 * person arrives there by a link. The network is whatever msw handlers the test set up.
 */
export function renderRoute(path: string) {
  const client = createApolloClient();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup({ delay: null });
  const view = render(
    // jsdom has no layout, so floating dropdowns would wait forever to be positioned;
    // Mantine's test mode renders them in place and without transitions.
    <AppProviders client={client} mantineEnv="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, user, router, client };
}
