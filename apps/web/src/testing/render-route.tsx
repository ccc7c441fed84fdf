import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { BrowserRouter, MemoryRouter, useLocation, type Location } from "react-router";
import { createApolloClient } from "@/app/apollo-client";
import { AppProviders } from "@/app/providers";
import { AppRoutes } from "@/app/routes";

/**
 * Renders the whole app (its real routes, providers and Apollo client) at a path, the way a
 * person arrives there by a link. The network is whatever msw handlers the test set up.
 * `currentLocation()` is where the person is now, after any navigation the app made.
 * `browser: true` routes through the window's own history, as the console does (its address
 * changes when the app navigates, before the next page renders); by default the history is
 * in memory.
 */
export function renderRoute(path: string, options: { browser?: boolean } = {}) {
  const client = createApolloClient();
  if (options.browser) window.history.replaceState(null, "", path);
  const user = userEvent.setup({ delay: null });
  let location: Location | undefined;
  function LocationProbe() {
    location = useLocation();
    return null;
  }
  const view = render(
    // jsdom has no layout, so floating dropdowns would wait forever to be positioned;
    // Mantine's test mode renders them in place and without transitions.
    <AppProviders client={client} mantineEnv="test">
      {options.browser ? (
        <BrowserRouter>
          <AppRoutes />
          <LocationProbe />
        </BrowserRouter>
      ) : (
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
          <LocationProbe />
        </MemoryRouter>
      )}
    </AppProviders>,
  );
  const currentLocation = () => {
    if (!location) throw new Error("The router has not rendered");
    return location;
  };
  return { ...view, user, client, currentLocation };
}
