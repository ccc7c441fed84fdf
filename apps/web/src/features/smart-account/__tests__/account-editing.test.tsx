import { screen, within } from "@testing-library/react";
import {
  AccountNominationsDocument,
  AccountUsersDocument,
  CreateVirtualAccountDocument,
  DeleteVirtualAccountDocument,
  SetAccessAutomationDocument,
  SetAccountUserRolesDocument,
  type SetAccountUserRolesMutationVariables,
  SmartAccountDetailDocument,
  UpdateSmartAccountDocument,
  type UpdateSmartAccountMutationVariables,
  UpdateVirtualAccountDocument,
  type UpdateVirtualAccountMutationVariables,
} from "@sam/graphql-types";
import { graphql, HttpResponse } from "msw";
import { buildAccountDetail, buildCompany, buildUser } from "@/testing/factories";
import { graphQLError, meHandler } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

const defaultVa = {
  __typename: "VirtualAccount" as const,
  id: "va-1",
  name: "DEFAULT",
  description: null,
  isDefault: true,
  parentId: null,
  createdAt: "2026-01-16T10:00:00.000Z",
};
const labsVa = { ...defaultVa, id: "va-2", name: "Labs", isDefault: false };

function adminAccount(roles: ("ADMINISTRATOR" | "APPROVER" | "USER")[] = ["ADMINISTRATOR"]) {
  return buildAccountDetail({
    id: "acct-1",
    name: "CCO Esup",
    status: "ACTIVE",
    company: buildCompany(),
    myRoles: roles.map((role) => ({ __typename: "RoleGrant", role, virtualAccountId: null })),
    virtualAccounts: [defaultVa, labsVa],
  });
}

const users = [
  {
    __typename: "AccountUser" as const,
    email: "admin@ccoesup.com",
    name: "Ada Admin",
    registered: true,
    roles: [
      { __typename: "RoleGrant" as const, role: "ADMINISTRATOR" as const, virtualAccountId: null },
    ],
  },
];

function setUp(account = adminAccount()) {
  server.use(
    meHandler(buildUser({ email: "admin@ccoesup.com" })),
    graphql.query(SmartAccountDetailDocument, () =>
      HttpResponse.json({ data: { smartAccount: account } }),
    ),
    graphql.query(AccountUsersDocument, () => HttpResponse.json({ data: { accountUsers: users } })),
    graphql.query(AccountNominationsDocument, () =>
      HttpResponse.json({
        data: {
          accountNominations: {
            __typename: "NominationConnection",
            totalCount: 0,
            pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
            edges: [],
          },
        },
      }),
    ),
  );
  return renderRoute(`/smart-accounts/${account.id}`);
}

describe("editing a Smart Account", () => {
  it("shows no editing controls to a plain user", async () => {
    setUp(adminAccount(["USER"]));
    expect(await screen.findByRole("heading", { level: 1, name: "CCO Esup" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Edit details" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Add virtual account" })).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Users and roles" })).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Access automation" })).not.toBeInTheDocument();
  });

  it("lets an approver edit details but not virtual accounts or automation", async () => {
    const calls: UpdateSmartAccountMutationVariables[] = [];
    server.use(
      graphql.mutation(UpdateSmartAccountDocument, ({ variables }) => {
        calls.push(variables);
        return HttpResponse.json({
          data: {
            updateSmartAccount: {
              __typename: "UpdateSmartAccountPayload",
              smartAccount: {
                __typename: "SmartAccount",
                id: "acct-1",
                name: variables.input.name ?? "",
                visibility: "RESTRICTED",
                company: buildCompany(),
              },
            },
          },
        });
      }),
    );
    const { user } = setUp(adminAccount(["APPROVER"]));
    await user.click(await screen.findByRole("button", { name: "Edit details" }));
    const dialog = await screen.findByRole("dialog", { name: "Edit details" });
    const name = within(dialog).getByLabelText(/Account Name/);
    await user.clear(name);
    await user.type(name, "CCO Esup Renamed");
    await user.click(within(dialog).getByLabelText(/Restricted: only its people/));
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    expect(await screen.findByText("Account details saved")).toBeInTheDocument();
    expect(calls[0]?.input).toMatchObject({
      smartAccountId: "acct-1",
      name: "CCO Esup Renamed",
      visibility: "RESTRICTED",
      company: { name: buildCompany().name },
    });
    expect(screen.queryByRole("button", { name: "Add virtual account" })).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Access automation" })).not.toBeInTheDocument();
  });

  it("puts the server's input errors on the detail fields", async () => {
    server.use(
      graphql.mutation(UpdateSmartAccountDocument, () =>
        graphQLError("BAD_USER_INPUT", "Invalid input.", [
          { field: "name", message: "That name is taken" },
        ]),
      ),
    );
    const { user } = setUp();
    await user.click(await screen.findByRole("button", { name: "Edit details" }));
    const dialog = await screen.findByRole("dialog", { name: "Edit details" });
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(await within(dialog).findByText("That name is taken")).toBeInTheDocument();
  });

  it("adds a virtual account under a parent, and shows a name conflict", async () => {
    let attempt = 0;
    const parents: unknown[] = [];
    server.use(
      graphql.mutation(CreateVirtualAccountDocument, ({ variables }) => {
        attempt += 1;
        parents.push(variables.input.parentId);
        if (attempt === 1) return graphQLError("CONFLICT", "A virtual account has that name.");
        return HttpResponse.json({
          data: {
            createVirtualAccount: {
              __typename: "CreateVirtualAccountPayload",
              virtualAccount: {
                ...labsVa,
                id: "va-3",
                name: variables.input.name,
                parentId: variables.input.parentId ? String(variables.input.parentId) : null,
              },
            },
          },
        });
      }),
    );
    const { user } = setUp();
    await user.click(await screen.findByRole("button", { name: "Add virtual account" }));
    const dialog = await screen.findByRole("dialog", { name: "Add virtual account" });
    await user.type(within(dialog).getByLabelText(/^Name/), "Team A");
    await user.click(within(dialog).getByRole("combobox", { name: "Parent virtual account" }));
    await user.click(await screen.findByRole("option", { name: "Labs" }));
    await user.click(within(dialog).getByRole("button", { name: "Add" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      "A virtual account has that name.",
    );
    await user.click(within(dialog).getByRole("button", { name: "Add" }));
    expect(await screen.findByText("Virtual account added")).toBeInTheDocument();
    expect(parents).toEqual(["va-2", "va-2"]);
  });

  it("renames and makes default a virtual account", async () => {
    const calls: UpdateVirtualAccountMutationVariables[] = [];
    server.use(
      graphql.mutation(UpdateVirtualAccountDocument, ({ variables }) => {
        calls.push(variables);
        return HttpResponse.json({
          data: {
            updateVirtualAccount: {
              __typename: "UpdateVirtualAccountPayload",
              virtualAccount: { ...labsVa, name: variables.input.name ?? labsVa.name },
            },
          },
        });
      }),
    );
    const { user } = setUp();
    await user.click(await screen.findByRole("button", { name: "Edit Labs" }));
    const dialog = await screen.findByRole("dialog", { name: /Edit virtual account/ });
    const name = within(dialog).getByLabelText(/^Name/);
    await user.clear(name);
    await user.type(name, "Research");
    await user.click(within(dialog).getByRole("button", { name: "Save and make default" }));
    expect(await screen.findByText("Virtual account saved")).toBeInTheDocument();
    expect(calls[0]?.input).toMatchObject({
      virtualAccountId: "va-2",
      name: "Research",
      makeDefault: true,
    });
  });

  it("moves a nested virtual account to the top level", async () => {
    const calls: UpdateVirtualAccountMutationVariables[] = [];
    server.use(
      graphql.mutation(UpdateVirtualAccountDocument, ({ variables }) => {
        calls.push(variables);
        return HttpResponse.json({
          data: {
            updateVirtualAccount: {
              __typename: "UpdateVirtualAccountPayload",
              virtualAccount: { ...labsVa, id: "va-3", name: "Team" },
            },
          },
        });
      }),
    );
    const { user } = setUp({
      ...adminAccount(),
      virtualAccounts: [
        defaultVa,
        labsVa,
        { ...labsVa, id: "va-3", name: "Team", parentId: "va-2" },
      ],
    });
    await user.click(await screen.findByRole("button", { name: "Edit Team" }));
    const dialog = await screen.findByRole("dialog", { name: /Edit virtual account/ });
    await user.click(within(dialog).getByRole("combobox", { name: "Parent virtual account" }));
    await user.click(await screen.findByRole("option", { name: "None (top level)" }));
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Virtual account saved")).toBeInTheDocument();
    expect(calls[0]?.input).toMatchObject({ virtualAccountId: "va-3", moveToTop: true });
    expect(calls[0]?.input).not.toHaveProperty("parentId");
  });

  it("shows why a virtual account that is not empty cannot be deleted", async () => {
    server.use(
      graphql.mutation(DeleteVirtualAccountDocument, () =>
        graphQLError("CONFLICT", "The virtual account still has users or children."),
      ),
    );
    const { user } = setUp();
    await user.click(await screen.findByRole("button", { name: "Delete Labs" }));
    const dialog = await screen.findByRole("dialog", { name: "Delete virtual account" });
    await user.click(within(dialog).getByRole("button", { name: "Delete" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      "The virtual account still has users or children.",
    );
  });

  it("deletes an empty virtual account", async () => {
    server.use(
      graphql.mutation(DeleteVirtualAccountDocument, () =>
        HttpResponse.json({
          data: {
            deleteVirtualAccount: {
              __typename: "DeleteVirtualAccountPayload",
              virtualAccount: { __typename: "VirtualAccount", id: "va-2" },
            },
          },
        }),
      ),
    );
    const { user } = setUp();
    await user.click(await screen.findByRole("button", { name: "Delete Labs" }));
    const dialog = await screen.findByRole("dialog", { name: "Delete virtual account" });
    await user.click(within(dialog).getByRole("button", { name: "Delete" }));
    expect(await screen.findByText("Virtual account deleted")).toBeInTheDocument();
  });

  it("adds a user with a role on chosen virtual accounts", async () => {
    const calls: SetAccountUserRolesMutationVariables[] = [];
    server.use(
      graphql.mutation(SetAccountUserRolesDocument, ({ variables }) => {
        calls.push(variables);
        return HttpResponse.json({
          data: {
            setAccountUserRoles: {
              __typename: "SetAccountUserRolesPayload",
              user: { ...users[0]!, email: variables.input.email, roles: [] },
            },
          },
        });
      }),
    );
    const { user } = setUp();
    expect(await screen.findByRole("rowheader", { name: "admin@ccoesup.com" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Add user" }));
    const dialog = await screen.findByRole("dialog", { name: "Add user" });
    await user.type(within(dialog).getByLabelText(/^Email/), "new@ccoesup.com");
    await user.click(within(dialog).getByLabelText("Chosen virtual accounts"));
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(
      await within(dialog).findByText("Choose at least one virtual account"),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByLabelText("Labs"));
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(await screen.findByText("Roles saved")).toBeInTheDocument();
    // The result names the scope granted: the virtual account, not the whole account.
    expect(
      screen.getByText(/new@ccoesup\.com is now User of the “Labs” virtual account of “/),
    ).toBeInTheDocument();
    expect(calls[0]?.input).toEqual({
      smartAccountId: "acct-1",
      email: "new@ccoesup.com",
      roles: [{ role: "USER", virtualAccountIds: ["va-2"] }],
    });
  });

  it("shows the server's refusal of an approver from another domain on the role", async () => {
    server.use(
      graphql.mutation(SetAccountUserRolesDocument, () =>
        graphQLError("BAD_USER_INPUT", "Invalid input.", [
          { field: "roles", message: "An approver must have an email on ccoesup.com" },
        ]),
      ),
    );
    const { user } = setUp();
    await user.click(await screen.findByRole("button", { name: "Add user" }));
    const dialog = await screen.findByRole("dialog", { name: "Add user" });
    await user.type(within(dialog).getByLabelText(/^Email/), "someone@else.example");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    expect(
      await within(dialog).findByText("An approver must have an email on ccoesup.com"),
    ).toBeInTheDocument();
  });

  it("asks before removing a user and shows the last-administrator conflict", async () => {
    const calls: SetAccountUserRolesMutationVariables[] = [];
    server.use(
      graphql.mutation(SetAccountUserRolesDocument, ({ variables }) => {
        calls.push(variables);
        return graphQLError("CONFLICT", "The account must keep at least one administrator.");
      }),
    );
    const { user } = setUp();
    await user.click(await screen.findByRole("button", { name: "Remove admin@ccoesup.com" }));
    const dialog = await screen.findByRole("dialog", { name: "Remove user" });
    expect(calls).toHaveLength(0);
    await user.click(within(dialog).getByRole("button", { name: "Remove" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      "The account must keep at least one administrator.",
    );
    expect(calls[0]?.input.roles).toEqual([]);
  });

  it("turns access automation on, and shows a refusal", async () => {
    let attempt = 0;
    server.use(
      graphql.mutation(SetAccessAutomationDocument, ({ variables }) => {
        attempt += 1;
        if (attempt === 1) return graphQLError("FORBIDDEN", "Only administrators.");
        return HttpResponse.json({
          data: {
            setAccessAutomation: {
              __typename: "SetAccessAutomationPayload",
              smartAccount: {
                __typename: "SmartAccount",
                id: "acct-1",
                autoApproveUpTo: variables.input.autoApproveUpTo ?? null,
              },
            },
          },
        });
      }),
    );
    const { user } = setUp();
    await user.selectOptions(
      await screen.findByRole("combobox", { name: "Approve automatically" }),
      "Up to User",
    );
    await user.click(screen.getByRole("button", { name: "Save automation" }));
    expect(await screen.findByText("You are not allowed to do this.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Save automation" }));
    expect(await screen.findByText("Access automation saved")).toBeInTheDocument();
  });
});
