import fs from "node:fs";
import path from "node:path";
import { screen, waitFor, within } from "@testing-library/react";
import { buildSchema } from "graphql";
import {
  AccountNominationsDocument,
  AccountUsersDocument,
  CreateVirtualAccountDocument,
  type CreateVirtualAccountMutation,
  type CreateVirtualAccountMutationVariables,
  ShellSmartAccountDocument,
  SignInDocument,
  SmartAccountDetailDocument,
} from "@sam/graphql-types";
import { graphql, HttpResponse } from "msw";
import { buildAccountDetail, buildCompany, buildUser } from "@/testing/factories";
import { graphQLError, meHandler } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";
import { REFUSING_KEYS } from "../idempotency-link";

const defaultVa = {
  __typename: "VirtualAccount" as const,
  id: "va-1",
  name: "DEFAULT",
  description: null,
  isDefault: true,
  parentId: null,
  createdAt: "2026-01-16T10:00:00.000Z",
};

/** The Idempotency-Key of each request, by operation, as the server received them. */
let keys: Record<string, (string | null)[]>;

function record(operation: string, request: Request) {
  (keys[operation] ??= []).push(request.headers.get("Idempotency-Key"));
}

beforeEach(() => {
  keys = {};
});

function accountPage() {
  const account = buildAccountDetail({
    id: "acct-1",
    name: "CCO Esup",
    status: "ACTIVE",
    company: buildCompany(),
    myRoles: [{ __typename: "RoleGrant", role: "ADMINISTRATOR", virtualAccountId: null }],
    virtualAccounts: [defaultVa],
  });
  server.use(
    meHandler(buildUser({ email: "admin@ccoesup.com" })),
    graphql.query(SmartAccountDetailDocument, ({ request }) => {
      record("SmartAccountDetail", request);
      return HttpResponse.json({ data: { smartAccount: account } });
    }),
    graphql.query(ShellSmartAccountDocument, () =>
      HttpResponse.json({
        data: { smartAccount: { __typename: "SmartAccount", id: "acct-1", name: "CCO Esup" } },
      }),
    ),
    graphql.query(AccountUsersDocument, () => HttpResponse.json({ data: { accountUsers: [] } })),
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

function created(variables: CreateVirtualAccountMutationVariables) {
  return HttpResponse.json<{ data: CreateVirtualAccountMutation }>({
    data: {
      createVirtualAccount: {
        __typename: "CreateVirtualAccountPayload" as const,
        virtualAccount: { ...defaultVa, id: "va-9", isDefault: false, name: variables.input.name },
      },
    },
  });
}

async function addVirtualAccount(user: ReturnType<typeof accountPage>["user"], name: string) {
  await user.click(await screen.findByRole("button", { name: "Add virtual account" }));
  const dialog = await screen.findByRole("dialog", { name: "Add virtual account" });
  await user.type(within(dialog).getByLabelText(/^Name/), name);
  await user.click(within(dialog).getByRole("button", { name: "Add" }));
  return dialog;
}

describe("the Idempotency-Key the console sends", () => {
  it("keeps one key across a failed network call and its retry, and makes a new one for the next action", async () => {
    const replies = [() => HttpResponse.error(), created, created];
    server.use(
      graphql.mutation(CreateVirtualAccountDocument, ({ request, variables }) => {
        record("CreateVirtualAccount", request);
        return replies.shift()!(variables);
      }),
    );
    const { user } = accountPage();
    const dialog = await addVirtualAccount(user, "Team A");
    expect(await screen.findByText("Could not save the virtual account")).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Add" }));
    expect(await screen.findByText("Virtual account added")).toBeInTheDocument();
    await waitFor(() => expect(dialog).not.toBeInTheDocument());

    // The same input again, after the first succeeded, is a new action.
    await addVirtualAccount(user, "Team A");
    await waitFor(() => expect(keys.CreateVirtualAccount).toHaveLength(3));

    const [first, retry, next] = keys.CreateVirtualAccount;
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(retry).toBe(first);
    expect(next).toMatch(/^[0-9a-f]{32}$/);
    expect(next).not.toBe(first);
    // Queries carry none.
    expect(keys.SmartAccountDetail?.length).toBeGreaterThan(0);
    expect(new Set(keys.SmartAccountDetail)).toEqual(new Set([null]));
  });

  it("keeps the key while the input stays the same, and makes a new one when it changes", async () => {
    const replies = [
      () =>
        graphQLError<CreateVirtualAccountMutation>("CONFLICT", "A virtual account has that name."),
      () =>
        graphQLError<CreateVirtualAccountMutation>("CONFLICT", "A virtual account has that name."),
      created,
    ];
    server.use(
      graphql.mutation(CreateVirtualAccountDocument, ({ request, variables }) => {
        record("CreateVirtualAccount", request);
        return replies.shift()!(variables);
      }),
    );
    const { user } = accountPage();
    const dialog = await addVirtualAccount(user, "Team A");
    expect(await within(dialog).findByRole("alert")).toHaveTextContent("has that name");
    await user.click(within(dialog).getByRole("button", { name: "Add" }));
    await waitFor(() => expect(keys.CreateVirtualAccount).toHaveLength(2));
    await user.type(within(dialog).getByLabelText(/^Name/), " B");
    await user.click(within(dialog).getByRole("button", { name: "Add" }));
    expect(await screen.findByText("Virtual account added")).toBeInTheDocument();

    const [first, same, changed] = keys.CreateVirtualAccount;
    expect(same).toBe(first);
    expect(changed).not.toBe(first);
    expect(changed).toMatch(/^[0-9a-f]{32}$/);
  });

  it("sends none with sign-in, whose answer sets the session", async () => {
    server.use(
      graphql.mutation(SignInDocument, ({ request }) => {
        record("SignIn", request);
        return HttpResponse.json({
          data: { signIn: { __typename: "SignInPayload", user: buildUser() } },
        });
      }),
    );
    const { user } = renderRoute("/sign-in");
    await user.type(await screen.findByRole("textbox", { name: "Email" }), "ada@example.com");
    await user.type(screen.getByLabelText(/^Password/), "correct horse battery");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    await waitFor(() => expect(keys.SignIn).toEqual([null]));
  });

  it("leaves out exactly the mutations the published schema says refuse the header", () => {
    const schema = buildSchema(
      fs.readFileSync(path.resolve(__dirname, "../../../../../schema.graphql"), "utf8"),
    );
    const refusing = Object.values(schema.getMutationType()!.getFields())
      .filter((field) => /refuses an Idempotency-Key header/i.test(field.description ?? ""))
      .map((field) => field.name);
    expect(refusing.length).toBeGreaterThan(0);
    expect(new Set(refusing)).toEqual(REFUSING_KEYS);
  });
});
