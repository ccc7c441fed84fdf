import { screen, within } from "@testing-library/react";
import { SmartAccountDetailDocument } from "@sam/graphql-types";
import { graphql, HttpResponse } from "msw";
import { buildAccountDetail, buildCompany, buildUser } from "@/testing/factories";
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

    const history = screen.getByRole("table", { name: "Every event of the account, oldest first" });
    const rows = within(history).getAllByRole("row").slice(1);
    expect(rows[0]).toHaveTextContent("requested");
    expect(rows[1]).toHaveTextContent("approved");
    expect(rows[1]).toHaveTextContent("Pending Customer Acceptance → Active");
    expect(screen.queryByRole("link", { name: "Review the request" })).not.toBeInTheDocument();
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
