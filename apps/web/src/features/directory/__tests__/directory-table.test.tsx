import { screen, waitFor, within } from "@testing-library/react";
import { DirectoryDocument, type DirectoryQueryVariables } from "@sam/graphql-types";
import { delay, graphql, HttpResponse } from "msw";
import { buildDirectoryAccount, buildUser } from "@/testing/factories";
import { directoryHandler, graphQLError, meHandler } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

describe("the directory: your Smart and Virtual Account access", () => {
  beforeEach(() => {
    server.use(meHandler(buildUser()));
  });

  it("lists the rows in the server's order, with roles, admins, why each is there and its virtual accounts as a tree", async () => {
    const mine = buildDirectoryAccount({
      name: "CCO Esup, Inc.",
      myRoles: [
        { __typename: "RoleGrant", role: "ADMINISTRATOR", virtualAccountId: null },
        { __typename: "RoleGrant", role: "USER", virtualAccountId: "va-2" },
      ],
      virtualAccounts: [
        {
          __typename: "VirtualAccount",
          id: "va-1",
          name: "DEFAULT",
          parentId: null,
          isDefault: true,
        },
        {
          __typename: "VirtualAccount",
          id: "va-2",
          name: "Europe",
          parentId: null,
          isDefault: false,
        },
        {
          __typename: "VirtualAccount",
          id: "va-3",
          name: "Poland",
          parentId: "va-2",
          isDefault: false,
        },
      ],
    });
    const domain = buildDirectoryAccount({
      name: "Neighbour Co",
      visibility: "RESTRICTED",
      status: "PENDING_CUSTOMER_ACCEPTANCE",
    });
    server.use(
      directoryHandler([
        { reason: "HAS_ROLE", smartAccount: mine },
        { reason: "ON_YOUR_DOMAIN", smartAccount: domain },
      ]),
    );
    const { user } = renderRoute("/directory");

    const table = await screen.findByRole("table", {
      name: "Smart Accounts you can reach, in the directory's order",
    });
    expect(screen.getByText("2 accounts")).toBeInTheDocument();
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent("CCO Esup, Inc.");
    expect(rows[0]).toHaveTextContent(mine.id);
    expect(rows[0]).toHaveTextContent("Administrator, User (Europe)");
    expect(rows[0]).toHaveTextContent("You hold a role");
    expect(rows[0]).toHaveTextContent("admin@ccoesup.com");
    expect(rows[1]).toHaveTextContent("Restricted");
    expect(rows[1]).toHaveTextContent("On your email domain");
    expect(rows[1]).toHaveTextContent("Pending Customer Acceptance");

    const toggle = within(rows[0]!).getByRole("button", {
      name: "Show the virtual accounts of CCO Esup, Inc.",
    });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await user.click(toggle);
    const expanded = within(table).getAllByRole("row").slice(1);
    expect(expanded.map((row) => row.textContent)).toEqual([
      expect.stringContaining("CCO Esup, Inc."),
      expect.stringContaining("DEFAULT"),
      expect.stringContaining("Europe"),
      expect.stringContaining("Poland"),
      expect.stringContaining("Neighbour Co"),
    ]);
    await user.click(
      within(rows[0]!).getByRole("button", { name: "Hide the virtual accounts of CCO Esup, Inc." }),
    );
    expect(within(table).getAllByRole("row")).toHaveLength(3);
  });

  it("shows one page at a time, going forward by the cursor and back to where it was", async () => {
    const rows = Array.from({ length: 120 }, (_, index) => ({
      reason: "HAS_ROLE" as const,
      smartAccount: buildDirectoryAccount({ name: `Row ${String(index).padStart(3, "0")}` }),
    }));
    const calls: DirectoryQueryVariables[] = [];
    server.use(directoryHandler(rows, calls));
    const { user } = renderRoute("/directory");
    const table = await screen.findByRole("table", {
      name: "Smart Accounts you can reach, in the directory's order",
    });
    const previous = screen.getByRole("button", { name: "Previous page" });
    const next = screen.getByRole("button", { name: "Next page" });

    expect(await screen.findByText("Rows 1–50 of 120")).toBeInTheDocument();
    expect(previous).toBeDisabled();
    await user.click(next);
    expect(await screen.findByText("Rows 51–100 of 120")).toBeInTheDocument();
    // Only the page on screen is in the page, however far one goes.
    expect(within(table).getAllByRole("row")).toHaveLength(51);
    expect(within(table).getByRole("rowheader", { name: /Row 050/ })).toBeInTheDocument();
    expect(within(table).queryByRole("rowheader", { name: /Row 049/ })).not.toBeInTheDocument();
    await user.click(next);
    expect(await screen.findByText("Rows 101–120 of 120")).toBeInTheDocument();
    expect(next).toBeDisabled();
    expect(within(table).getByRole("rowheader", { name: /Row 119/ })).toBeInTheDocument();

    await user.click(previous);
    expect(await screen.findByText("Rows 51–100 of 120")).toBeInTheDocument();
    await user.click(previous);
    expect(await screen.findByText("Rows 1–50 of 120")).toBeInTheDocument();
    expect(calls.map((call) => call.after ?? null).slice(0, 3)).toEqual([null, "50", "100"]);
  });

  it("goes back to the first page when the filter changes", async () => {
    const rows = Array.from({ length: 120 }, (_, index) => ({
      reason: "HAS_ROLE" as const,
      smartAccount: buildDirectoryAccount({ name: `Row ${String(index).padStart(3, "0")}` }),
    }));
    const calls: DirectoryQueryVariables[] = [];
    server.use(directoryHandler(rows, calls));
    const { user } = renderRoute("/directory");

    await user.click(await screen.findByRole("button", { name: "Next page" }));
    expect(await screen.findByText("Rows 51–100 of 120")).toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: "Status" }), "Active");
    await waitFor(() =>
      expect(calls.at(-1)?.filter).toEqual({ status: "ACTIVE", namePrefix: null }),
    );
    expect(calls.at(-1)?.after ?? null).toBeNull();
    expect(screen.getByRole("button", { name: "Previous page" })).toBeDisabled();
  });

  it("narrows by status and name prefix on the server", async () => {
    const calls: DirectoryQueryVariables[] = [];
    server.use(
      directoryHandler(
        [
          { reason: "HAS_ROLE", smartAccount: buildDirectoryAccount({ name: "Alpha" }) },
          {
            reason: "REQUESTED_BY_YOU",
            smartAccount: buildDirectoryAccount({ name: "Beta", status: "LAPSED" }),
          },
        ],
        calls,
      ),
    );
    const { user } = renderRoute("/directory");
    expect(await screen.findByText("2 accounts")).toBeInTheDocument();

    await user.type(screen.getByRole("textbox", { name: "Name starts with" }), "Be");
    expect(await screen.findByText("1 account")).toBeInTheDocument();
    expect(screen.getByRole("rowheader", { name: /Beta/ })).toBeInTheDocument();
    expect(calls.at(-1)?.filter).toEqual({ status: null, namePrefix: "Be" });

    await user.selectOptions(screen.getByRole("combobox", { name: "Status" }), "Active");
    expect(
      await screen.findByText("No account in your directory matches these filters."),
    ).toBeInTheDocument();
    expect(calls.at(-1)?.filter).toEqual({ status: "ACTIVE", namePrefix: "Be" });
  });

  it("says when the directory is empty", async () => {
    renderRoute("/directory");
    expect(
      await screen.findByText(/No Smart Account yet: search for your company's account/),
    ).toBeInTheDocument();
  });

  it("shows it is loading, and an error with a retry", async () => {
    let fail = true;
    server.use(
      graphql.query(DirectoryDocument, async () => {
        await delay(50);
        return fail
          ? graphQLError("FORBIDDEN", "No.")
          : HttpResponse.json({
              data: {
                directory: {
                  __typename: "DirectoryConnection",
                  totalCount: 0,
                  pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
                  edges: [],
                },
              },
            });
      }),
    );
    const { user } = renderRoute("/directory");
    expect(await screen.findByLabelText("Loading your directory")).toBeInTheDocument();
    expect(await screen.findByText(/Could not load your directory/)).toBeInTheDocument();
    fail = false;
    const alert = screen.getByText(/Could not load your directory/).parentElement!;
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByText(/No Smart Account yet/)).toBeInTheDocument();
  });
});
