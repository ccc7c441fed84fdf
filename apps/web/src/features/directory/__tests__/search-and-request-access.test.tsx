import { screen, within } from "@testing-library/react";
import {
  RequestAccessDocument,
  SearchSmartAccountsDocument,
  type RequestAccessMutation,
  type RequestAccessMutationVariables,
} from "@sam/graphql-types";
import { graphql, HttpResponse } from "msw";
import { buildAccessRequest, buildDirectoryAccount, buildUser } from "@/testing/factories";
import { graphQLError, meHandler } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

const active = buildDirectoryAccount({ name: "CCO Esup, Inc.", domainIdentifier: "ccoesup.com" });
const pending = buildDirectoryAccount({
  name: "CCO Esup Pending",
  status: "PENDING_CUSTOMER_ACCEPTANCE",
});

function searchHandler(capped = false) {
  const queries: string[] = [];
  const handler = graphql.query(SearchSmartAccountsDocument, ({ variables }) => {
    queries.push(variables.query);
    const nodes = [active, pending];
    return HttpResponse.json({
      data: {
        searchSmartAccounts: {
          __typename: "SmartAccountSearchConnection",
          totalCount: capped ? 1000 : nodes.length,
          totalCountIsCapped: capped,
          pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
          edges: nodes.map((node) => ({
            __typename: "SmartAccountSearchEdge",
            cursor: node.id,
            node,
          })),
        },
      },
    });
  });
  return { handler, queries };
}

function requestAccessHandler(
  answer?: () => ReturnType<typeof graphQLError<RequestAccessMutation>>,
) {
  const inputs: RequestAccessMutationVariables["input"][] = [];
  const handler = graphql.mutation(RequestAccessDocument, ({ variables: { input } }) => {
    inputs.push(input);
    if (answer) return answer();
    const emails = [...(Array.isArray(input.emails) ? input.emails : [input.emails])];
    if (input.forMyself) emails.unshift("ada@example.com");
    return HttpResponse.json({
      data: {
        requestAccess: {
          __typename: "RequestAccessPayload",
          accessRequests: emails.map((email, index) =>
            buildAccessRequest({
              email,
              askedRole: input.role ?? "USER",
              smartAccountId: String(input.smartAccountId),
              ...(index === 0
                ? { status: "APPROVED", autoApproved: true, grantedRole: input.role ?? "USER" }
                : {}),
            }),
          ),
        },
      },
    });
  });
  return { handler, inputs };
}

describe("searching all Smart Accounts and requesting access", () => {
  beforeEach(() => {
    server.use(meHandler(buildUser()));
  });

  it("runs the top bar's search and lists the results with their count and the restricted rule", async () => {
    const { handler, queries } = searchHandler();
    server.use(handler);
    const { user, currentLocation } = renderRoute("/directory");

    await user.type(
      await screen.findByRole("searchbox", { name: "Search Smart Accounts" }),
      "ccoesup{Enter}",
    );
    expect(currentLocation().search).toBe("?search=ccoesup");
    const results = await screen.findByRole("region", { name: "Search results for “ccoesup”" });
    expect(await within(results).findByText("2 accounts")).toBeInTheDocument();
    expect(results).toHaveTextContent(
      /Restricted accounts are found only by their exact full name or identifier/,
    );
    expect(queries).toEqual(["ccoesup"]);
    expect(
      within(results).getByRole("button", { name: "Request access to CCO Esup, Inc." }),
    ).toBeEnabled();
    expect(within(results).getByText("Not active yet")).toBeInTheDocument();

    await user.click(within(results).getByRole("button", { name: "Clear search" }));
    expect(screen.queryByRole("region", { name: /Search results/ })).not.toBeInTheDocument();
  });

  it("says 1000+ when the count is capped", async () => {
    server.use(searchHandler(true).handler);
    renderRoute("/directory?search=c");
    expect(await screen.findByText("1000+ accounts")).toBeInTheDocument();
  });

  it("says when nothing matches", async () => {
    server.use(
      graphql.query(SearchSmartAccountsDocument, ({ variables }) =>
        variables.query === "zzz"
          ? HttpResponse.json({
              data: {
                searchSmartAccounts: {
                  __typename: "SmartAccountSearchConnection",
                  totalCount: 0,
                  totalCountIsCapped: false,
                  pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
                  edges: [],
                },
              },
            })
          : graphQLError("BAD_USER_INPUT", "Type at least 2 characters."),
      ),
    );
    renderRoute("/directory?search=zzz");
    expect(await screen.findByText("No Smart Account matches “zzz”.")).toBeInTheDocument();
  });

  it("says when the search fails", async () => {
    server.use(
      graphql.query(SearchSmartAccountsDocument, () =>
        graphQLError("BAD_USER_INPUT", "Type at least 2 characters."),
      ),
    );
    renderRoute("/directory?search=x");
    expect(
      await screen.findByText(/Could not search. Type at least 2 characters./),
    ).toBeInTheDocument();
  });

  it("validates, sends the request and confirms each request's status", async () => {
    server.use(searchHandler().handler);
    const { handler, inputs } = requestAccessHandler();
    server.use(handler);
    const { user } = renderRoute("/directory?search=cco");

    await user.click(
      await screen.findByRole("button", { name: "Request access to CCO Esup, Inc." }),
    );
    const dialog = await screen.findByRole("dialog", { name: "Request Access" });
    const myself = within(dialog).getByRole("checkbox", { name: "I request access for myself" });
    expect(myself).toBeChecked();
    await user.click(myself);
    await user.click(within(dialog).getByRole("button", { name: "Request Access" }));
    expect(
      await within(dialog).findByText("Enter an email address, or request access for yourself"),
    ).toBeInTheDocument();
    expect(within(dialog).getByText("Give the reason for the request")).toBeInTheDocument();
    expect(inputs).toHaveLength(0);

    await user.type(
      within(dialog).getByRole("textbox", { name: /Email addresses/ }),
      "bob@ccoesup.com, nope",
    );
    await user.click(within(dialog).getByRole("button", { name: "Request Access" }));
    expect(await within(dialog).findByText("Not a valid email address: nope")).toBeInTheDocument();

    const emails = within(dialog).getByRole("textbox", { name: /Email addresses/ });
    await user.clear(emails);
    await user.type(emails, "bob@ccoesup.com");
    await user.click(myself);
    await user.click(within(dialog).getByRole("combobox", { name: "Role" }));
    await user.click(await within(dialog).findByRole("option", { name: "Viewer" }));
    await user.type(
      within(dialog).getByRole("textbox", { name: /Reason/ }),
      "We run the licences.",
    );
    await user.click(within(dialog).getByRole("button", { name: "Request Access" }));

    const done = await screen.findByRole("dialog", { name: "User Access Request Created" });
    const list = within(done).getByRole("list", { name: "Access requests created" });
    const items = within(list).getAllByRole("listitem");
    expect(items[0]).toHaveTextContent("ada@example.com — Viewer");
    expect(items[0]).toHaveTextContent("Approved automatically");
    expect(items[1]).toHaveTextContent("bob@ccoesup.com — Viewer");
    expect(items[1]).toHaveTextContent("Pending: the account's administrators decide");
    expect(inputs).toEqual([
      {
        smartAccountId: active.id,
        emails: ["bob@ccoesup.com"],
        forMyself: true,
        role: "VIEWER",
        reason: "We run the licences.",
      },
    ]);
    await user.click(within(done).getByRole("button", { name: "Done" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("puts the refusal of a role already held at “for myself”, where it was asked", async () => {
    server.use(searchHandler().handler);
    const held = "You are already Administrator of “CCO Esup, Inc.”, which includes User access.";
    server.use(
      requestAccessHandler(() =>
        graphQLError("BAD_USER_INPUT", held, [{ field: "forMyself", message: held }]),
      ).handler,
    );
    const { user } = renderRoute("/directory?search=cco");

    await user.click(
      await screen.findByRole("button", { name: "Request access to CCO Esup, Inc." }),
    );
    const dialog = await screen.findByRole("dialog", { name: "Request Access" });
    await user.type(within(dialog).getByRole("textbox", { name: /Reason/ }), "Licences.");
    await user.click(within(dialog).getByRole("button", { name: "Request Access" }));
    await within(dialog).findByText(held);
    expect(
      within(dialog).getByRole("checkbox", { name: "I request access for myself" }),
    ).toHaveAccessibleDescription(held);
    expect(within(dialog).getAllByText(held)).toHaveLength(1);
    expect(within(dialog).queryByRole("alert")).not.toBeInTheDocument();
  });

  it("puts a duplicate request next to the emails, and an inactive account in a message", async () => {
    server.use(searchHandler().handler);
    let code: "BAD_USER_INPUT" | "CONFLICT" = "BAD_USER_INPUT";
    server.use(
      requestAccessHandler(() =>
        code === "BAD_USER_INPUT"
          ? graphQLError("BAD_USER_INPUT", "Invalid input.", [
              { field: "emails", message: "bob@ccoesup.com already has a pending request." },
            ])
          : graphQLError("CONFLICT", "The account is not active: access cannot be requested."),
      ).handler,
    );
    const { user } = renderRoute("/directory?search=cco");

    await user.click(
      await screen.findByRole("button", { name: "Request access to CCO Esup, Inc." }),
    );
    const dialog = await screen.findByRole("dialog", { name: "Request Access" });
    await user.type(
      within(dialog).getByRole("textbox", { name: /Email addresses/ }),
      "bob@ccoesup.com",
    );
    await user.type(within(dialog).getByRole("textbox", { name: /Reason/ }), "Licences.");
    await user.click(within(dialog).getByRole("button", { name: "Request Access" }));
    expect(
      await within(dialog).findByText("bob@ccoesup.com already has a pending request."),
    ).toBeInTheDocument();

    code = "CONFLICT";
    await user.click(within(dialog).getByRole("button", { name: "Request Access" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      "The account is not active: access cannot be requested.",
    );
  });
});
