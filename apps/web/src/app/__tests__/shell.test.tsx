import { act, screen, waitFor, within } from "@testing-library/react";
import {
  MeDocument,
  ShellSmartAccountDocument,
  SmartAccountSwitcherDocument,
  type DirectoryReason,
  type SmartAccountSwitcherQueryVariables,
} from "@sam/graphql-types";
import { graphql, HttpResponse } from "msw";
import { buildUser } from "@/testing/factories";
import { graphQLError, meHandler } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

const USER = buildUser({ id: "user-1", name: "Grace Hopper", email: "grace@example.com" });
const ACME = { id: "acme-id", name: "Acme Corp", domainIdentifier: "acme.com" };
const BETA = { id: "beta-id", name: "Beta Labs", domainIdentifier: "beta.com" };
const GAMMA = { id: "gamma-id", name: "Gamma Inc", domainIdentifier: "gamma.com" };

function shellAccountHandler(accounts: { id: string; name: string }[]) {
  return graphql.query(ShellSmartAccountDocument, ({ variables }) => {
    const account = accounts.find((a) => a.id === variables.id);
    return account
      ? HttpResponse.json({ data: { smartAccount: { __typename: "SmartAccount", ...account } } })
      : graphQLError("NOT_FOUND", "No such Smart Account.");
  });
}

function switcherHandler(
  rows: { reason: DirectoryReason; account: typeof ACME }[],
  calls: SmartAccountSwitcherQueryVariables[] = [],
) {
  return graphql.query(SmartAccountSwitcherDocument, ({ variables }) => {
    calls.push(variables);
    const prefix = variables.filter?.namePrefix?.toLowerCase() ?? "";
    const page = rows.filter((row) => row.account.name.toLowerCase().startsWith(prefix));
    return HttpResponse.json({
      data: {
        directory: {
          __typename: "DirectoryConnection",
          pageInfo: { __typename: "PageInfo", hasNextPage: false },
          edges: page.map((row, index) => ({
            __typename: "DirectoryEdge",
            cursor: String(index + 1),
            node: {
              __typename: "DirectoryEntry",
              reason: row.reason,
              smartAccount: { __typename: "SmartAccount", ...row.account },
            },
          })),
        },
      },
    });
  });
}

const rememberedKey = `sam.smart-account.${USER.id}`;

afterEach(() => window.localStorage.clear());

describe("the navigation's Smart Account", () => {
  it("is headed by the remembered account, with its current name from the server", async () => {
    window.localStorage.setItem(rememberedKey, JSON.stringify({ id: ACME.id, name: "Acme" }));
    server.use(meHandler(USER), shellAccountHandler([ACME]));
    renderRoute("/directory");

    const nav = await screen.findByRole("navigation", { name: "Main navigation" });
    const link = await within(nav).findByRole("link", { name: "Acme Corp" });
    expect(link).toHaveAttribute("href", `/smart-accounts/${ACME.id}`);
    expect(JSON.parse(window.localStorage.getItem(rememberedKey) ?? "null")).toEqual({
      id: ACME.id,
      name: "Acme Corp",
    });
  });

  it("forgets a remembered account that is gone or no longer visible", async () => {
    window.localStorage.setItem(rememberedKey, JSON.stringify({ id: "gone", name: "Gone Co" }));
    server.use(meHandler(USER), shellAccountHandler([]));
    renderRoute("/directory");

    const nav = await screen.findByRole("navigation", { name: "Main navigation" });
    expect(await within(nav).findByText("No Smart Account selected")).toBeInTheDocument();
    expect(within(nav).queryByText("Gone Co")).not.toBeInTheDocument();
    expect(window.localStorage.getItem(rememberedKey)).toBeNull();
  });

  it("switches among the accounts the person holds a role in, and only those", async () => {
    window.localStorage.setItem(rememberedKey, JSON.stringify(ACME));
    const calls: SmartAccountSwitcherQueryVariables[] = [];
    server.use(
      meHandler(USER),
      shellAccountHandler([ACME, BETA]),
      switcherHandler(
        [
          { reason: "HAS_ROLE", account: ACME },
          { reason: "HAS_ROLE", account: BETA },
          { reason: "ON_YOUR_DOMAIN", account: GAMMA },
        ],
        calls,
      ),
    );
    const { user } = renderRoute("/directory");

    const nav = await screen.findByRole("navigation", { name: "Main navigation" });
    const toggle = within(nav).getByRole("button", { name: "Switch Smart Account" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");

    const list = await within(nav).findByRole("list", { name: "Your Smart Accounts" });
    const names = within(list)
      .getAllByRole("link")
      .map((link) => link.textContent);
    expect(names).toEqual(["Acme Corp", "Beta Labs"]);
    expect(within(list).getByRole("link", { name: "Acme Corp" })).toHaveAttribute(
      "aria-current",
      "true",
    );
    expect(within(list).getByRole("link", { name: "Beta Labs" })).toHaveAttribute(
      "href",
      `/smart-accounts/${BETA.id}`,
    );

    await user.type(within(nav).getByRole("textbox", { name: "Find your Smart Account" }), "Be");
    await waitFor(() =>
      expect(
        within(within(nav).getByRole("list", { name: "Your Smart Accounts" }))
          .getAllByRole("link")
          .map((link) => link.textContent),
      ).toEqual(["Beta Labs"]),
    );
    expect(calls.at(-1)?.filter).toEqual({ namePrefix: "Be" });

    await user.keyboard("{Escape}");
    expect(within(nav).queryByRole("list", { name: "Your Smart Accounts" })).toBeNull();
    expect(toggle).toHaveFocus();
  });
});

describe("the console's frame", () => {
  it("stands when the session cannot be read, with a banner in the page and a retry", async () => {
    let fail = true;
    server.use(
      graphql.query(MeDocument, () =>
        fail
          ? HttpResponse.json({ errors: [{ message: "Internal Server Error" }] }, { status: 500 })
          : HttpResponse.json({ data: { me: USER } }),
      ),
    );
    const { user } = renderRoute("/directory");

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The console could not load");
    // The top bar and the navigation are still there.
    expect(within(screen.getByRole("banner")).getByText("Smart Account Manager")).toBeVisible();
    const nav = screen.getByRole("navigation", { name: "Main navigation" });
    expect(within(nav).getByRole("link", { name: "Requests" })).toBeInTheDocument();
    expect(screen.getByRole("main")).toContainElement(alert);

    fail = false;
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { name: "Directory" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Grace Hopper" })).toBeInTheDocument();
  });

  it("says so in the page when the browser goes offline", async () => {
    server.use(meHandler(USER));
    renderRoute("/directory");
    expect(await screen.findByRole("heading", { name: "Directory" })).toBeInTheDocument();

    const onLine = jest.spyOn(window.navigator, "onLine", "get").mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event("offline"));
    });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("You are offline");
    expect(within(alert).getByRole("button", { name: "Try again" })).toBeInTheDocument();

    onLine.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event("online"));
    });
    expect(screen.queryByText("You are offline")).not.toBeInTheDocument();
    onLine.mockRestore();
  });

  it("offers a skip link as the first Tab stop, which moves focus to the page", async () => {
    server.use(meHandler(USER));
    const { user } = renderRoute("/directory");
    expect(await screen.findByRole("heading", { name: "Directory" })).toBeInTheDocument();

    await user.tab();
    const skip = screen.getByRole("link", { name: "Skip to content" });
    expect(skip).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("main")).toHaveFocus();
  });

  it("keeps the colour scheme the person picks in the user menu", async () => {
    server.use(meHandler(USER));
    const { user } = renderRoute("/directory");

    await user.click(await screen.findByRole("button", { name: "Grace Hopper" }));
    expect(screen.getByRole("menuitemradio", { name: "Match the system" })).toHaveAttribute(
      "aria-checked",
      "true",
    );
    await user.click(screen.getByRole("menuitemradio", { name: "Dark" }));
    expect(screen.getByRole("menuitemradio", { name: "Dark" })).toHaveAttribute(
      "aria-checked",
      "true",
    );
    expect(document.documentElement).toHaveAttribute("data-mantine-color-scheme", "dark");
    expect(window.localStorage.getItem("mantine-color-scheme-value")).toBe("dark");
  });
});
