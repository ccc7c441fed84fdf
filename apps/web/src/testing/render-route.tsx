import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, useLocation, type Location } from "react-router";
import { createApolloClient } from "@/app/apollo-client";
import { AppProviders } from "@/app/providers";
import { AppRoutes } from "@/app/routes";

/**
 * Renders the whole app (its real routes, providers and Apollo client) at a path, the way a
 * person arrives there by a link. The network is whatever msw handlers the test set up.
 * `currentLocation()` is where the person is now, after any navigation the app made.
 */
export function renderRoute(path: string) {
  const client = createApolloClient();
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
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
        <LocationProbe />
      </MemoryRouter>
    </AppProviders>,
  );
  const currentLocation = () => {
    if (!location) throw new Error("The router has not rendered");
    return location;
  };
  return { ...view, user, client, currentLocation };
}
