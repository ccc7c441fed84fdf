import { screen, waitFor, within } from "@testing-library/react";
import {
  AccessRequestsDocument,
  AdministeredAccountsDocument,
  ApproveAccessRequestDocument,
  CancelAccessRequestDocument,
  DeclineAccessRequestDocument,
  type AccessRequestFieldsFragment,
  type ApproveAccessRequestMutationVariables,
} from "@sam/graphql-types";
import { graphql, HttpResponse } from "msw";
import { buildAccessRequest, buildDirectoryAccount, buildUser } from "@/testing/factories";
import { graphQLError, meHandler } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

const admin = buildDirectoryAccount({
  name: "CCO Esup, Inc.",
  myRoles: [{ __typename: "RoleGrant", role: "ADMINISTRATOR", virtualAccountId: null }],
  virtualAccounts: [
    { __typename: "VirtualAccount", id: "va-1", name: "DEFAULT", parentId: null, isDefault: true },
    { __typename: "VirtualAccount", id: "va-2", name: "Europe", parentId: null, isDefault: false },
  ],
});
const onlyUser = buildDirectoryAccount({
  name: "Other Co",
  myRoles: [{ __typename: "RoleGrant", role: "USER", virtualAccountId: null }],
});

function connection(nodes: readonly AccessRequestFieldsFragment[]) {
  return {
    __typename: "AccessRequestConnection" as const,
    totalCount: nodes.length,
    pageInfo: { __typename: "PageInfo" as const, hasNextPage: false, endCursor: null },
    edges: nodes.map((node) => ({
      __typename: "AccessRequestEdge" as const,
      cursor: node.id,
      node,
    })),
  };
}

function handlers(
  incoming: AccessRequestFieldsFragment[],
  mine: AccessRequestFieldsFragment[] = [],
) {
  const approved: ApproveAccessRequestMutationVariables["input"][] = [];
  const declined: { id: string; reason: string }[] = [];
  const cancelled: string[] = [];
  const decide = (id: string, change: Partial<AccessRequestFieldsFragment>) => {
    const index = incoming.findIndex((request) => request.id === id);
    incoming[index] = { ...incoming[index]!, ...change };
    return incoming[index]!;
  };
  server.use(
    graphql.query(AdministeredAccountsDocument, () =>
      HttpResponse.json({
        data: {
          directory: {
            __typename: "DirectoryConnection",
            edges: [admin, onlyUser].map((smartAccount) => ({
              __typename: "DirectoryEdge",
              cursor: smartAccount.id,
              node: { __typename: "DirectoryEntry", reason: "HAS_ROLE", smartAccount },
            })),
          },
        },
      }),
    ),
    graphql.query(AccessRequestsDocument, ({ variables }) => {
      const list = variables.smartAccountId ? incoming : mine;
      return HttpResponse.json({
        data: {
          accessRequests: connection(
            variables.status ? list.filter((request) => request.status === variables.status) : list,
          ),
        },
      });
    }),
    graphql.mutation(ApproveAccessRequestDocument, ({ variables: { input } }) => {
      approved.push(input);
      const request = decide(String(input.accessRequestId), {
        status: "APPROVED",
        grantedRole: input.role ?? "USER",
        grantedVirtualAccountIds: (input.virtualAccountIds as string[] | null) ?? [],
      });
      return HttpResponse.json({
        data: {
          approveAccessRequest: {
            __typename: "ApproveAccessRequestPayload",
            accessRequest: request,
          },
        },
      });
    }),
    graphql.mutation(DeclineAccessRequestDocument, ({ variables: { input } }) => {
      declined.push({ id: String(input.accessRequestId), reason: input.reason });
      const request = decide(String(input.accessRequestId), {
        status: "DECLINED",
        declineReason: input.reason,
      });
      return HttpResponse.json({
        data: {
          declineAccessRequest: {
            __typename: "DeclineAccessRequestPayload",
            accessRequest: request,
          },
        },
      });
    }),
    graphql.mutation(CancelAccessRequestDocument, ({ variables: { input } }) => {
      cancelled.push(String(input.accessRequestId));
      const index = mine.findIndex((request) => request.id === input.accessRequestId);
      mine[index] = { ...mine[index]!, status: "CANCELLED" };
      return HttpResponse.json({
        data: {
          cancelAccessRequest: {
            __typename: "CancelAccessRequestPayload",
            accessRequest: mine[index]!,
          },
        },
      });
    }),
  );
  return { approved, declined, cancelled };
}

describe("the Access Requests page", () => {
  beforeEach(() => {
    server.use(meHandler(buildUser({ email: "admin@ccoesup.com" })));
  });

  it("lists the pending requests of the account you administer, with a counter, and approves with a role and scope", async () => {
    const bob = buildAccessRequest({
      email: "bob@ccoesup.com",
      askedRole: "ADMINISTRATOR",
      smartAccountId: admin.id,
    });
    const done = buildAccessRequest({
      email: "carol@ccoesup.com",
      status: "APPROVED",
      grantedRole: "VIEWER",
      grantedVirtualAccountIds: ["va-2"],
      smartAccountId: admin.id,
    });
    const { approved } = handlers([bob, done]);
    const { user } = renderRoute("/access-requests");

    const section = await screen.findByRole("region", {
      name: /Requests to accounts you administer/,
    });
    expect(await within(section).findByText("1 pending")).toBeInTheDocument();
    const table = await within(section).findByRole("table", {
      name: "Access requests to the account, pending first",
    });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows[0]).toHaveTextContent("bob@ccoesup.com");
    expect(rows[0]).toHaveTextContent("Administrator");
    expect(rows[1]).toHaveTextContent("Viewer of Europe");
    expect(within(rows[1]!).queryByRole("button")).not.toBeInTheDocument();

    await user.click(
      within(rows[0]!).getByRole("button", {
        name: "Approve the request of bob@ccoesup.com…",
      }),
    );
    const dialog = await screen.findByRole("dialog", { name: "Approve Access Request" });
    expect(within(dialog).getByRole("combobox", { name: "Role to grant" })).toHaveValue(
      "Administrator",
    );
    await user.click(within(dialog).getByRole("combobox", { name: "Role to grant" }));
    await user.click(await within(dialog).findByRole("option", { name: "User" }));
    await user.click(within(dialog).getByRole("radio", { name: "Chosen virtual accounts" }));
    await user.click(within(dialog).getByRole("button", { name: "Approve and grant access" }));
    expect(
      await within(dialog).findByText("Choose at least one virtual account"),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole("checkbox", { name: "Europe" }));
    await user.click(within(dialog).getByRole("button", { name: "Approve and grant access" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(approved).toEqual([
      { accessRequestId: bob.id, role: "USER", virtualAccountIds: ["va-2"] },
    ]);
    // The result names the scope granted: the virtual account, not only the account.
    expect(
      await screen.findByText(
        `bob@ccoesup.com is now User of the “Europe” virtual account of “${bob.smartAccountName}”.`,
      ),
    ).toBeInTheDocument();
    expect(await within(section).findByText("0 pending")).toBeInTheDocument();
    expect(await within(section).findByText("User of Europe")).toBeInTheDocument();
  });

  it("keeps Approver a role on the whole account, as the server does", async () => {
    const bob = buildAccessRequest({ email: "bob@ccoesup.com", smartAccountId: admin.id });
    const { approved } = handlers([bob]);
    const { user } = renderRoute(`/access-requests?account=${admin.id}`);

    await user.click(
      await screen.findByRole("button", { name: "Approve the request of bob@ccoesup.com…" }),
    );
    const dialog = await screen.findByRole("dialog", { name: "Approve Access Request" });
    await user.click(within(dialog).getByRole("combobox", { name: "Role to grant" }));
    await user.click(await within(dialog).findByRole("option", { name: "Approver" }));
    await user.click(within(dialog).getByRole("radio", { name: "Chosen virtual accounts" }));
    await user.click(within(dialog).getByRole("checkbox", { name: "Europe" }));
    await user.click(within(dialog).getByRole("button", { name: "Approve and grant access" }));

    expect(
      await within(dialog).findByText("Approver is a role on the whole account"),
    ).toBeInTheDocument();
    expect(approved).toHaveLength(0);
  });

  it("declines with a required reason", async () => {
    const bob = buildAccessRequest({ email: "bob@ccoesup.com", smartAccountId: admin.id });
    const { declined } = handlers([bob]);
    const { user } = renderRoute(`/access-requests?account=${admin.id}`);

    await user.click(
      await screen.findByRole("button", { name: "Decline the request of bob@ccoesup.com" }),
    );
    const dialog = await screen.findByRole("dialog", { name: "Decline Access Request" });
    await user.click(within(dialog).getByRole("button", { name: "Decline" }));
    expect(await within(dialog).findByText("Give the reason for declining")).toBeInTheDocument();
    expect(declined).toHaveLength(0);
    await user.type(within(dialog).getByRole("textbox", { name: /Reason/ }), "Not an employee.");
    await user.click(within(dialog).getByRole("button", { name: "Decline" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(declined).toEqual([{ id: bob.id, reason: "Not an employee." }]);
    expect(await screen.findByText("Declined: Not an employee.")).toBeInTheDocument();
  });

  it("shows a CONFLICT (already decided) in the dialog", async () => {
    const bob = buildAccessRequest({ email: "bob@ccoesup.com", smartAccountId: admin.id });
    handlers([bob]);
    server.use(
      graphql.mutation(DeclineAccessRequestDocument, () =>
        graphQLError("CONFLICT", "The request was already decided."),
      ),
    );
    const { user } = renderRoute("/access-requests");
    await user.click(
      await screen.findByRole("button", { name: "Decline the request of bob@ccoesup.com" }),
    );
    const dialog = await screen.findByRole("dialog", { name: "Decline Access Request" });
    await user.type(within(dialog).getByRole("textbox", { name: /Reason/ }), "No.");
    await user.click(within(dialog).getByRole("button", { name: "Decline" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      "The request was already decided.",
    );
  });

  it("lists and cancels your own requests; says when there are none to decide", async () => {
    const mine = buildAccessRequest({ email: "admin@ccoesup.com", smartAccountName: "Far Co" });
    const { cancelled } = handlers([], [mine]);
    server.use(
      graphql.query(AdministeredAccountsDocument, () =>
        HttpResponse.json({
          data: { directory: { __typename: "DirectoryConnection", edges: [] } },
        }),
      ),
    );
    const { user } = renderRoute("/access-requests");

    expect(await screen.findByText(/You administer no active Smart Account/)).toBeInTheDocument();
    const section = screen.getByRole("region", { name: "My access requests" });
    await user.click(
      await within(section).findByRole("button", {
        name: "Cancel the request for admin@ccoesup.com to Far Co",
      }),
    );
    expect(await within(section).findByText("Cancelled")).toBeInTheDocument();
    expect(cancelled).toEqual([mine.id]);
  });

  it("says when the requests cannot load", async () => {
    handlers([]);
    server.use(graphql.query(AccessRequestsDocument, () => graphQLError("FORBIDDEN", "No.")));
    renderRoute("/access-requests");
    expect(await screen.findByText(/Could not load the access requests/)).toBeInTheDocument();
    expect(await screen.findByText(/Could not load your access requests/)).toBeInTheDocument();
  });
});
