import { screen, within } from "@testing-library/react";
import { DomainApprovalsDocument, SignOutDocument } from "@sam/graphql-types";
import { graphql, HttpResponse } from "msw";
import { buildUser } from "@/testing/factories";
import { meHandler, pendingCountsHandler } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

describe("the console shell", () => {
  it("sends a visitor without a session to sign in, remembering where they were going", async () => {
    const { currentLocation } = renderRoute("/api-tokens?tab=all");

    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeInTheDocument();
    expect(currentLocation().pathname).toBe("/sign-in");
    expect(currentLocation().search).toBe(`?next=${encodeURIComponent("/api-tokens?tab=all")}`);
  });

  it("shows the product, the search field, the user's menu and the sections", async () => {
    server.use(meHandler(buildUser({ name: "Grace Hopper" })));
    renderRoute("/directory");

    const banner = await screen.findByRole("banner");
    expect(within(banner).getByText("Smart Account Manager")).toBeInTheDocument();
    expect(within(banner).getByRole("searchbox", { name: "Search Smart Accounts" })).toBeVisible();
    expect(within(banner).getByRole("button", { name: "Grace Hopper" })).toBeInTheDocument();

    const nav = screen.getByRole("navigation", { name: "Main navigation" });
    expect(within(nav).getByText("No Smart Account selected")).toBeInTheDocument();
    for (const section of ["Directory", "Requests", "Access Requests", "My Nominations"]) {
      expect(within(nav).getByRole("link", { name: section })).toBeInTheDocument();
    }
    expect(within(nav).getByRole("link", { name: "Directory" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    expect(within(nav).queryByRole("link", { name: "Domain Approvals" })).not.toBeInTheDocument();
  });

  it("offers Domain Approvals to staff only", async () => {
    server.use(
      meHandler(buildUser({ isStaff: true })),
      graphql.query(DomainApprovalsDocument, () =>
        HttpResponse.json({
          data: {
            domainApprovals: { __typename: "DomainConnection", totalCount: 0, edges: [] },
          },
        }),
      ),
    );
    const { user } = renderRoute("/directory");

    const nav = await screen.findByRole("navigation", { name: "Main navigation" });
    await user.click(within(nav).getByRole("link", { name: "Domain Approvals" }));

    expect(await screen.findByRole("heading", { name: "Domain Approvals" })).toBeInTheDocument();
    expect(await screen.findByText("Nothing to review")).toBeInTheDocument();
  });

  it("counts beside each section what waits there for the person", async () => {
    server.use(
      meHandler(buildUser({ isStaff: true })),
      pendingCountsHandler({ approvals: 2, accessRequests: 0, domainReviews: 12 }),
    );
    renderRoute("/directory");

    const nav = await screen.findByRole("navigation", { name: "Main navigation" });
    expect(
      await within(nav).findByRole("link", { name: "Requests 2 waiting for your approval" }),
    ).toBeInTheDocument();
    expect(
      within(nav).getByRole("link", { name: "Domain Approvals 12 waiting for review" }),
    ).toBeInTheDocument();
    // Nothing waiting: no number at all.
    expect(within(nav).getByRole("link", { name: "Access Requests" })).toBeInTheDocument();
  });

  it("offers both ways to create a Smart Account from the directory", async () => {
    server.use(meHandler(buildUser()));
    const { user, currentLocation } = renderRoute("/directory");

    expect(await screen.findByRole("heading", { name: "Directory" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Create Smart Account" }));
    expect(
      await screen.findByRole("menuitem", { name: "Request for my company" }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("menuitem", { name: "Request for a customer" }));

    expect(
      await screen.findByRole("heading", { name: "Request for a customer" }),
    ).toBeInTheDocument();
    expect(currentLocation().pathname).toBe("/directory/request/customer");
    // The user is a customer: requesting for a customer is a partner's business.
    expect(screen.getByText("For partners only")).toBeInTheDocument();
  });

  it("works the menus from the keyboard: arrows move, Escape closes and returns to the button", async () => {
    server.use(meHandler(buildUser({ name: "Grace Hopper", email: "grace@example.com" })));
    const { user, currentLocation } = renderRoute("/directory");

    const button = await screen.findByRole("button", { name: "Grace Hopper" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    button.focus();
    await user.keyboard("{ArrowDown}");
    const menu = screen.getByRole("menu", { name: "Grace Hopper" });
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(menu).toHaveTextContent("grace@example.com");
    expect(screen.getByRole("menuitem", { name: "API tokens" })).toHaveFocus();
    await user.keyboard("{End}");
    expect(screen.getByRole("menuitem", { name: "Sign out" })).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("menuitem", { name: "API tokens" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    expect(button).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Create Smart Account" }));
    expect(screen.getByRole("menuitem", { name: "Request for a customer" })).toHaveFocus();
    await user.click(screen.getByRole("heading", { name: "Directory" }));
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Create Smart Account" }));
    await user.keyboard("{ArrowUp}{Enter}");
    expect(
      await screen.findByRole("heading", { name: "Request for my company" }),
    ).toBeInTheDocument();
    expect(currentLocation().pathname).toBe("/directory/request/company/account-information");
  });

  it("signs out, forgets the user and lands on sign in", async () => {
    let signedOut = false;
    server.use(
      meHandler(buildUser({ name: "Grace Hopper" })),
      graphql.mutation(SignOutDocument, () => {
        signedOut = true;
        return HttpResponse.json({
          data: { signOut: { __typename: "SignOutPayload", signedOut: true } },
        });
      }),
    );
    const { user, currentLocation, client } = renderRoute("/directory");

    await user.click(await screen.findByRole("button", { name: "Grace Hopper" }));
    await user.click(await screen.findByRole("menuitem", { name: "Sign out" }));

    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeInTheDocument();
    expect(currentLocation().pathname).toBe("/sign-in");
    expect(signedOut).toBe(true);
    expect(client.cache.extract()).toEqual({});
    expect(await screen.findByText("You have been signed out.")).toBeInTheDocument();
  });
});
