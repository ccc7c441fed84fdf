import { screen } from "@testing-library/react";
import { meHandler } from "@/testing/handlers";
import { buildUser } from "@/testing/factories";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

// The Requests page's code cannot be fetched, as when a release replaced the files while the
// tab was open.
jest.mock("@/features/requests/components/RequestsPage", () => {
  throw new Error("Failed to fetch dynamically imported module");
});

describe("a page that fails to load", () => {
  it("is replaced by an explanation with a reload, and the console recovers on the next page", async () => {
    server.use(meHandler(buildUser()));
    const consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { user, currentLocation } = renderRoute("/requests");

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Something went wrong");
    expect(alert).toHaveTextContent(
      "This page failed: Failed to fetch dynamically imported module",
    );
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();

    await user.click(screen.getByRole("link", { name: "Directory" }));
    expect(await screen.findByRole("heading", { name: "Directory" })).toBeInTheDocument();
    expect(currentLocation().pathname).toBe("/directory");
    expect(screen.queryByText("Something went wrong")).not.toBeInTheDocument();
    consoleError.mockRestore();
  });
});
