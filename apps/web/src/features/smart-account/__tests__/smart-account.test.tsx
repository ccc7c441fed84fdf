import { screen, within } from "@testing-library/react";
import {
  RequestAccessDocument,
  SmartAccountDetailDocument,
  type RequestAccessMutationVariables,
} from "@sam/graphql-types";
import { graphql, HttpResponse } from "msw";
import {
  buildAccessRequest,
  buildAccountCard,
  buildAccountDetail,
  buildCompany,
  buildUser,
} from "@/testing/factories";
import { graphQLError, meHandler } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

describe("the Smart Account page", () => {
  beforeEach(() => {
    server.use(meHandler(buildUser({ email: "approver@ccoesup.com" })));
  });

  it("shows the details, where it stands, company, approvers, virtual accounts, roles and history in order", async () => {
    const account = buildAccountDetail({
      name: "CCO Esup, Inc.",
      status: "ACTIVE",
      domainIdentifier: "ccoesup.com",
      approvers: ["approver@ccoesup.com"],
      company: buildCompany(),
      myRoles: [
        { __typename: "RoleGrant", role: "ADMINISTRATOR", virtualAccountId: null },
        { __typename: "RoleGrant", role: "APPROVER", virtualAccountId: null },
      ],
      virtualAccounts: [
        {
          __typename: "VirtualAccount",
          id: "va-1",
          name: "DEFAULT",
          description: "Created when the account was activated.",
          isDefault: true,
          parentId: null,
          createdAt: "2026-01-16T10:00:00.000Z",
        },
      ],
      history: [
        {
          __typename: "AccountEvent",
          id: "e1",
          type: "REQUESTED",
          createdAt: "2026-01-15T10:00:00.000Z",
          actorEmail: "casey@ccoesup.com",
          detail: "Requested for approval by approver@ccoesup.com.",
          statusBefore: null,
          statusAfter: "PENDING_CUSTOMER_ACCEPTANCE",
        },
        {
          __typename: "AccountEvent",
          id: "e2",
          type: "APPROVED",
          createdAt: "2026-01-16T10:00:00.000Z",
          actorEmail: "approver@ccoesup.com",
          detail: "Approved with the approver's terms accepted.",
          statusBefore: "PENDING_CUSTOMER_ACCEPTANCE",
          statusAfter: "ACTIVE",
        },
      ],
    });
    server.use(
      graphql.query(SmartAccountDetailDocument, () =>
        HttpResponse.json({ data: { smartAccount: account } }),
      ),
    );
    renderRoute(`/smart-accounts/${account.id}`);

    expect(
      await screen.findByRole("heading", { level: 1, name: "CCO Esup, Inc." }),
    ).toBeInTheDocument();
    expect(screen.getAllByText("Active").length).toBeGreaterThan(0);
    expect(screen.getByText("Nothing: the account is active.")).toBeInTheDocument();
    expect(screen.getByText(/Irvine, CALIFORNIA, 92617, United States/)).toBeInTheDocument();
    expect(screen.getByText("Administrator")).toBeInTheDocument();
    expect(screen.getByText("Approver")).toBeInTheDocument();
    expect(screen.getByRole("rowheader", { name: /DEFAULT/ })).toBeInTheDocument();

    // The history is a timeline, newest first (drawn just after the sections above it).
    const history = await screen.findByRole("list", { name: "Account history, newest first" });
    const events = within(history).getAllByRole("listitem");
    expect(events).toHaveLength(2);
    expect(events[0]).toHaveTextContent("Approved");
    expect(events[0]).toHaveTextContent("approver@ccoesup.com");
    expect(events[0]).toHaveTextContent("Pending Customer Acceptance → Active");
    expect(within(events[0]).getByText(/2026/).closest("time")).toHaveAttribute(
      "datetime",
      "2026-01-16T10:00:00.000Z",
    );
    expect(events[1]).toHaveTextContent("Requested");
    expect(events[1]).toHaveTextContent("casey@ccoesup.com");
    expect(events[1]).toHaveTextContent("Requested for approval by approver@ccoesup.com.");
    expect(screen.queryByRole("link", { name: "Review the request" })).not.toBeInTheDocument();

    // Those who read the history may download it whole, from the server's streaming routes.
    expect(
      screen.getByRole("link", { name: "Download CSV of the account's history" }),
    ).toHaveAttribute("href", `/export/accounts/${account.id}/history.csv`);
    expect(
      screen.getByRole("link", { name: "Download NDJSON of the account's history" }),
    ).toHaveAttribute("href", `/export/accounts/${account.id}/history.ndjson`);
  });

  it("offers the Pending Request page to an approver of a pending account", async () => {
    const account = buildAccountDetail({ approvers: ["approver@ccoesup.com"] });
    server.use(
      graphql.query(SmartAccountDetailDocument, () =>
        HttpResponse.json({ data: { smartAccount: account } }),
      ),
    );
    renderRoute(`/smart-accounts/${account.id}`);

    expect(await screen.findByRole("link", { name: "Review the request" })).toHaveAttribute(
      "href",
      `/pending-requests/${account.id}`,
    );
    expect(screen.getByText(/None yet: the DEFAULT virtual account is made/)).toBeInTheDocument();
  });

  it("shows a stranger only the card of an unrestricted account, and offers Request Access", async () => {
    server.use(meHandler(buildUser({ email: "stranger@elsewhere.com" })));
    const card = buildAccountCard({
      name: "CCO Esup, Inc.",
      domainIdentifier: "ccoesup.com",
      administrators: ["admin@ccoesup.com"],
    });
    const asUser = buildAccountDetail({
      ...card,
      requester: { __typename: "AccountPerson", email: "casey@ccoesup.com", name: "Casey" },
      createdAt: "2026-01-15T10:00:00.000Z",
      approvers: ["approver@ccoesup.com"],
      channel: "CUSTOMER_SELF",
      nextStep: { __typename: "NextStep", action: "Nothing: the account is active.", actors: [] },
      myRoles: [{ __typename: "RoleGrant", role: "USER", virtualAccountId: null }],
      virtualAccounts: [],
      history: null,
    });
    const requests: RequestAccessMutationVariables["input"][] = [];
    server.use(
      graphql.query(SmartAccountDetailDocument, () =>
        HttpResponse.json({ data: { smartAccount: requests.length ? asUser : card } }),
      ),
      graphql.mutation(RequestAccessDocument, ({ variables: { input } }) => {
        requests.push(input);
        return HttpResponse.json({
          data: {
            requestAccess: {
              __typename: "RequestAccessPayload",
              accessRequests: [
                buildAccessRequest({
                  email: "stranger@elsewhere.com",
                  smartAccountId: card.id,
                  status: "APPROVED",
                  grantedRole: "USER",
                  autoApproved: true,
                }),
              ],
            },
          },
        });
      }),
    );
    const { user } = renderRoute(`/smart-accounts/${card.id}`);

    expect(
      await screen.findByRole("heading", { level: 1, name: "CCO Esup, Inc." }),
    ).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Account details" })).toBeInTheDocument();
    expect(screen.getByText(card.id)).toBeInTheDocument();
    expect(screen.getByText("admin@ccoesup.com")).toBeInTheDocument();
    expect(screen.getByText(/You see this account's card/)).toBeInTheDocument();
    for (const section of [
      "Where it stands",
      "Company and people",
      "Virtual Accounts",
      "Users and roles",
      "History",
    ]) {
      expect(screen.queryByRole("heading", { name: section })).not.toBeInTheDocument();
    }
    expect(screen.queryByText("Requested by")).not.toBeInTheDocument();
    expect(screen.queryByText(/undefined|null/)).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Request Access" }));
    const dialog = await screen.findByRole("dialog", { name: "Request Access" });
    await user.type(within(dialog).getByRole("textbox", { name: /Reason/ }), "I buy the licences.");
    await user.click(within(dialog).getByRole("button", { name: "Request Access" }));
    expect(await within(dialog).findByText("Approved automatically")).toBeInTheDocument();
    expect(requests).toEqual([
      expect.objectContaining({ smartAccountId: card.id, forMyself: true, role: "USER" }),
    ]);
    await user.click(within(dialog).getByRole("button", { name: "Done" }));

    // Now a user of the account: its details, and an honest line instead of the history.
    expect(await screen.findByRole("heading", { name: "Where it stands" })).toBeInTheDocument();
    expect(screen.getByText("Casey (casey@ccoesup.com)")).toBeInTheDocument();
    expect(
      screen.getByText("Only the account's administrators and approvers see its history."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: /history/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Request Access" })).not.toBeInTheDocument();
  });

  it("shows someone holding roles only in some virtual accounts those, and no details", async () => {
    server.use(meHandler(buildUser({ email: "vera@ccoesup.com" })));
    const account = buildAccountCard({
      name: "CCO Esup, Inc.",
      myRoles: [{ __typename: "RoleGrant", role: "USER", virtualAccountId: "va-2" }],
      virtualAccounts: [
        {
          __typename: "VirtualAccount",
          id: "va-2",
          name: "Europe",
          description: null,
          isDefault: false,
          parentId: null,
          createdAt: "2026-01-16T10:00:00.000Z",
        },
      ],
    });
    server.use(
      graphql.query(SmartAccountDetailDocument, () =>
        HttpResponse.json({ data: { smartAccount: account } }),
      ),
    );
    renderRoute(`/smart-accounts/${account.id}`);

    expect(await screen.findByText("User of Europe")).toBeInTheDocument();
    const virtualAccounts = screen.getByRole("region", { name: "Virtual Accounts" });
    expect(within(virtualAccounts).getByRole("rowheader", { name: "Europe" })).toBeInTheDocument();
    expect(
      within(virtualAccounts).getByText(
        /the account's other virtual accounts are not shown to you/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Where it stands" })).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "History" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Request Access" })).not.toBeInTheDocument();
  });

  it("offers Request Access only to a verified email", async () => {
    server.use(meHandler(buildUser({ email: "casey@ccoesup.com", emailVerified: false })));
    const account = buildAccountCard({ name: "CCO Esup, Inc." });
    server.use(
      graphql.query(SmartAccountDetailDocument, () =>
        HttpResponse.json({ data: { smartAccount: account } }),
      ),
    );
    renderRoute(`/smart-accounts/${account.id}`);

    expect(await screen.findByRole("heading", { name: "Account details" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Request Access" })).not.toBeInTheDocument();
  });

  it("says so when the account does not exist or is not visible", async () => {
    server.use(
      graphql.query(SmartAccountDetailDocument, () =>
        graphQLError("NOT_FOUND", "No such Smart Account."),
      ),
    );
    renderRoute("/smart-accounts/nope");

    expect(await screen.findByText("No such Smart Account")).toBeInTheDocument();
  });
});
