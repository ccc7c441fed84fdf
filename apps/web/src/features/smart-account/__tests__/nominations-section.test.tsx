import { screen, within } from "@testing-library/react";
import {
  AccountNominationsDocument,
  type AccountNominationsQuery,
  type AccountNominationsQueryVariables,
  AccountUsersDocument,
  ResendNominationDocument,
  type ResendNominationMutationVariables,
  SmartAccountDetailDocument,
} from "@sam/graphql-types";
import { delay, graphql, HttpResponse } from "msw";
import { buildAccountDetail, buildCompany, buildUser } from "@/testing/factories";
import { graphQLError, meHandler } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

type Nomination = AccountNominationsQuery["accountNominations"]["edges"][number]["node"];

function nomination(overrides: Partial<Nomination>): Nomination {
  return {
    __typename: "Nomination",
    id: "nom-1",
    kind: "ADMINISTRATOR",
    email: "bob@ccoesup.com",
    status: "PENDING",
    sentAt: "2026-11-20T10:00:00.000Z",
    expiresAt: "2026-12-20T10:00:00.000Z",
    decidedAt: null,
    createdAt: "2026-11-20T10:00:00.000Z",
    ...overrides,
  };
}

function page(nodes: Nomination[], totalCount: number, endCursor: string | null) {
  return HttpResponse.json<{ data: AccountNominationsQuery }>({
    data: {
      accountNominations: {
        __typename: "NominationConnection" as const,
        totalCount,
        pageInfo: { __typename: "PageInfo" as const, hasNextPage: endCursor !== null, endCursor },
        edges: nodes.map((node) => ({
          __typename: "NominationEdge" as const,
          cursor: node.id,
          node,
        })),
      },
    },
  });
}

function setUp(role: "ADMINISTRATOR" | "APPROVER", nominations: Nomination[] | "error") {
  const account = buildAccountDetail({
    id: "acct-1",
    name: "CCO Esup",
    status: "ACTIVE",
    company: buildCompany(),
    myRoles: [{ __typename: "RoleGrant", role, virtualAccountId: null }],
  });
  const queries: AccountNominationsQueryVariables[] = [];
  server.use(
    meHandler(buildUser({ email: "admin@ccoesup.com" })),
    graphql.query(SmartAccountDetailDocument, () =>
      HttpResponse.json({ data: { smartAccount: account } }),
    ),
    graphql.query(AccountUsersDocument, () => HttpResponse.json({ data: { accountUsers: [] } })),
    graphql.query(AccountNominationsDocument, ({ variables }) => {
      queries.push(variables);
      if (nominations === "error") {
        return graphQLError(
          "FORBIDDEN",
          "Only administrators or approvers of the account may see its nominations.",
        );
      }
      return page(nominations, nominations.length, null);
    }),
  );
  return { ...renderRoute("/smart-accounts/acct-1"), queries };
}

const section = async () => screen.findByRole("region", { name: "Nominations" });

describe("the account's nominations", () => {
  it("lists who was proposed, for what, where each stands and when it was emailed", async () => {
    const { queries } = setUp("ADMINISTRATOR", [
      nomination({ id: "n1" }),
      nomination({
        id: "n2",
        email: "cy@ccoesup.com",
        kind: "USER",
        sentAt: null,
        expiresAt: null,
      }),
      nomination({
        id: "n3",
        email: "dee@ccoesup.com",
        status: "ACCEPTED",
        decidedAt: "2026-11-21T09:00:00.000Z",
      }),
    ]);

    const nominations = await section();
    const rows = await within(nominations).findAllByRole("row");
    expect(rows).toHaveLength(4);
    expect(rows[1]).toHaveTextContent(/bob@ccoesup\.com.*Administrator.*Pending/);
    expect(rows[2]).toHaveTextContent(/cy@ccoesup\.com.*User.*Pending.*When the account is active/);
    expect(rows[3]).toHaveTextContent(/dee@ccoesup\.com.*Administrator.*Accepted/);
    expect(within(nominations).getByText("3 in all")).toBeInTheDocument();
    expect(queries[0]).toEqual({ smartAccountId: "acct-1", first: 20 });

    // Only a pending nomination that already went out can be sent again.
    expect(
      within(rows[1]).getByRole("button", { name: "Send the nomination of bob@ccoesup.com again" }),
    ).toBeInTheDocument();
    expect(within(rows[2]).queryByRole("button")).not.toBeInTheDocument();
    expect(within(rows[3]).queryByRole("button")).not.toBeInTheDocument();
  });

  it("sends a nomination again and says so, and explains the daily limit", async () => {
    const sent: ResendNominationMutationVariables[] = [];
    const { user } = setUp("ADMINISTRATOR", [nomination({ id: "n1" })]);
    server.use(
      graphql.mutation(ResendNominationDocument, async ({ variables }) => {
        sent.push(variables);
        await delay(50);
        if (sent.length > 1) {
          return graphQLError("RATE_LIMITED", "This nomination was sent three times today.");
        }
        return HttpResponse.json({
          data: {
            resendNomination: {
              __typename: "ResendNominationPayload",
              nomination: {
                __typename: "Nomination",
                id: "n1",
                sentAt: "2026-11-23T10:00:00.000Z",
                expiresAt: "2026-12-23T10:00:00.000Z",
              },
            },
          },
        });
      }),
    );
    const resend = await within(await section()).findByRole("button", {
      name: "Send the nomination of bob@ccoesup.com again",
    });

    await user.click(resend);
    expect(resend).toHaveAttribute("data-loading", "true");
    expect(await screen.findByText("Nomination sent again")).toBeInTheDocument();
    expect(screen.getByText("bob@ccoesup.com has a new email.")).toBeInTheDocument();
    expect(sent[0]).toEqual({ input: { nominationId: "n1" } });

    await user.click(resend);
    expect(await screen.findByText("Could not send the nomination again")).toBeInTheDocument();
    expect(screen.getByText("Too many attempts, try again later.")).toBeInTheDocument();
  });

  it("shows an approver the list without Resend, which is for administrators", async () => {
    setUp("APPROVER", [nomination({ id: "n1" })]);
    const nominations = await section();
    expect(await within(nominations).findByText("bob@ccoesup.com")).toBeInTheDocument();
    expect(within(nominations).queryByRole("button", { name: /again/ })).not.toBeInTheDocument();
  });

  it("says when nobody was nominated", async () => {
    setUp("ADMINISTRATOR", []);
    expect(
      await within(await section()).findByText("Nobody has been nominated for this account."),
    ).toBeInTheDocument();
  });

  it("explains a failure to load the list", async () => {
    setUp("ADMINISTRATOR", "error");
    const alert = await within(await section()).findByRole("alert");
    expect(alert).toHaveTextContent("Could not load the nominations");
    expect(alert).toHaveTextContent("You are not allowed to do this.");
    expect(within(alert).getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });
});
