import { startTestApp, type Client, type TestApp } from "../../../../test/harness";
import {
  activeAccount,
  CREATE_VA,
  DELETE_VA,
  registeredUser,
  SEARCH,
  SET_ROLES,
  UPDATE_VA,
} from "../../../../test/account-api";
import { graphql } from "../../../../test/gql";

const LISTED = graphql(`
  query ListedAccounts($first: Int!) {
    directory(first: $first) {
      edges {
        node {
          smartAccount {
            id
            name
            administrators
            virtualAccounts {
              id
              name
              description
              isDefault
              parentId
              createdAt
            }
          }
        }
      }
    }
  }
`);

const DETAIL = graphql(`
  query ListedAccountDetail($id: ID!) {
    smartAccount(id: $id) {
      id
      name
      administrators
      virtualAccounts {
        id
        name
        description
        isDefault
        parentId
        createdAt
      }
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});
beforeEach(async () => {
  await app.reset();
});

/** The row of the account in the caller's directory, and the statements the page ran. */
async function listed(client: Client, id: string) {
  app.statements.length = 0;
  const page = await client.gql(LISTED, { first: 50 });
  expect(page.errors).toBeUndefined();
  const statements = [...app.statements];
  const row = page.data!.directory.edges.find((e) => e.node.smartAccount.id === id);
  return { row: row?.node.smartAccount, statements };
}

/** What the account's own page shows, and the statements it ran. */
async function detailOf(client: Client, id: string) {
  app.statements.length = 0;
  const res = await client.gql(DETAIL, { id });
  expect(res.errors).toBeUndefined();
  return { account: res.data!.smartAccount, statements: [...app.statements] };
}
const detail = async (client: Client, id: string) => (await detailOf(client, id)).account;

// The loaders' statements (tables quoted as each database quotes them).
const readsAdministrators = (sql: string) =>
  /FROM [`"]role_assignments[`"] t WHERE .*ADMINISTRATOR/.test(sql);
const readsVirtualAccounts = (sql: string) => /FROM [`"]virtual_accounts[`"] t WHERE/.test(sql);

describe("a directory page's administrators and virtual accounts", () => {
  it("come with the page's accounts, as the account's own page shows them, through every change", async () => {
    const owner = await registeredUser(app, { email: "owner@acme.com" });
    const account = await activeAccount(owner, "Acme Lists");
    const expectSame = async () => {
      const { row, statements } = await listed(owner, account.id);
      const page = await detailOf(owner, account.id);
      expect(row).toEqual(page.account);
      // Not read in statements of their own, on either page: the account's row carries them.
      for (const ran of [statements, page.statements]) {
        expect(ran.filter(readsAdministrators)).toEqual([]);
        expect(ran.filter(readsVirtualAccounts)).toEqual([]);
      }
      return row!;
    };
    expect(await expectSame()).toMatchObject({
      administrators: ["owner@acme.com"],
      virtualAccounts: [{ name: "DEFAULT", isDefault: true, parentId: null }],
    });

    const granted = await owner.gql(SET_ROLES, {
      input: {
        smartAccountId: account.id,
        email: "bea@acme.com",
        roles: [{ role: "ADMINISTRATOR" }],
      },
    });
    expect(granted.errors).toBeUndefined();
    expect((await expectSame()).administrators).toEqual(["bea@acme.com", "owner@acme.com"]);

    const emea = await owner.gql(CREATE_VA, {
      input: { smartAccountId: account.id, name: "EMEA", description: 'Europe, "quoted" ✓' },
    });
    const emeaId = emea.data!.createVirtualAccount.virtualAccount.id;
    const paris = await owner.gql(CREATE_VA, {
      input: { smartAccountId: account.id, name: "Paris", parentId: emeaId },
    });
    const parisId = paris.data!.createVirtualAccount.virtualAccount.id;
    expect(
      (await expectSame()).virtualAccounts!.map((v) => [v.name, v.parentId, v.description]),
    ).toEqual([
      ["DEFAULT", null, "Created when the account was activated."],
      ["EMEA", null, 'Europe, "quoted" ✓'],
      ["Paris", emeaId, null],
    ]);

    const changed = await owner.gql(UPDATE_VA, {
      input: { virtualAccountId: parisId, name: "Berlin", moveToTop: true, makeDefault: true },
    });
    expect(changed.errors).toBeUndefined();
    expect(
      (await expectSame()).virtualAccounts!.map((v) => [v.name, v.parentId, v.isDefault]),
    ).toEqual([
      ["Berlin", null, true],
      ["DEFAULT", null, false],
      ["EMEA", null, false],
    ]);

    expect((await owner.gql(DELETE_VA, { id: emeaId })).errors).toBeUndefined();
    // The administrator role taken back (the owner stays the last one).
    const demoted = await owner.gql(SET_ROLES, {
      input: { smartAccountId: account.id, email: "bea@acme.com", roles: [{ role: "USER" }] },
    });
    expect(demoted.errors).toBeUndefined();
    expect(await expectSame()).toMatchObject({
      administrators: ["owner@acme.com"],
      virtualAccounts: [{ name: "Berlin" }, { name: "DEFAULT" }],
    });
  });

  it("show a user with a role on one virtual account only that one, as before", async () => {
    const owner = await registeredUser(app, { email: "owner@acme.com" });
    const account = await activeAccount(owner, "Acme Scoped");
    const team = await owner.gql(CREATE_VA, {
      input: { smartAccountId: account.id, name: "Team A" },
    });
    await owner.gql(CREATE_VA, { input: { smartAccountId: account.id, name: "Team B" } });
    const teamId = team.data!.createVirtualAccount.virtualAccount.id;
    await owner.gql(SET_ROLES, {
      input: {
        smartAccountId: account.id,
        email: "una@elsewhere.org",
        roles: [{ role: "USER", virtualAccountIds: [teamId] }],
      },
    });
    const una = await registeredUser(app, { email: "una@elsewhere.org" });
    const { row } = await listed(una, account.id);
    expect(row).toMatchObject({
      administrators: ["owner@acme.com"],
      virtualAccounts: [{ id: teamId, name: "Team A" }],
    });
  });

  it("are read from the source for an account with more virtual accounts than a row keeps", async () => {
    const other = await registeredUser(app, { email: "owner@acme.com" });
    const small = await activeAccount(other, "Acme Small");
    const owner = await registeredUser(app, { email: "owner@globex.com" });
    const large = await activeAccount(owner, "Globex Large");
    for (let i = 0; i < 100; i++) {
      const made = await owner.gql(CREATE_VA, {
        input: { smartAccountId: large.id, name: `VA ${String(i).padStart(3, "0")}` },
      });
      expect(made.errors).toBeUndefined();
    }
    // 101 with the DEFAULT one: one more than a row keeps.
    const { row, statements } = await listed(owner, large.id);
    expect(row!.virtualAccounts).toHaveLength(101);
    expect(row).toEqual(await detail(owner, large.id));
    // Only the large account's are read, in one statement; the small one's come with its row.
    expect(statements.filter(readsVirtualAccounts)).toHaveLength(1);
    await listed(owner, large.id);
    const reads = app.statementsWithParameters.filter((s) => readsVirtualAccounts(s.sql));
    expect(reads.at(-1)!.parameters).toEqual([large.id]);
    // The account's own page reads them too (from the source, one statement).
    const page = await detailOf(owner, large.id);
    expect(page.account.virtualAccounts).toHaveLength(101);
    expect(page.statements.filter(readsVirtualAccounts)).toHaveLength(1);
    expect((await listed(other, small.id)).row).toEqual(await detail(other, small.id));

    // Back at the limit, the row keeps them again.
    const last = row!.virtualAccounts!.find((v) => v.name === "VA 099")!;
    expect((await owner.gql(DELETE_VA, { id: last.id })).errors).toBeUndefined();
    const again = await listed(owner, large.id);
    expect(again.row!.virtualAccounts).toHaveLength(100);
    expect(again.statements.filter(readsVirtualAccounts)).toEqual([]);
  });

  it("come with a search's accounts, and are read from the source for a row without a copy", async () => {
    const ada = await registeredUser(app, { email: "ada@acme.com" });
    await activeAccount(ada, "Summit Acme");
    const bob = await registeredUser(app, { email: "bob@globex.com" });
    const globex = await activeAccount(bob, "Summit Globex");
    await bob.gql(SET_ROLES, {
      input: {
        smartAccountId: globex.id,
        email: "cy@globex.com",
        roles: [{ role: "ADMINISTRATOR" }],
      },
    });
    const eve = await registeredUser(app, { email: "eve@elsewhere.org" });
    const search = async () => {
      app.statementsWithParameters.length = 0;
      const res = await eve.gql(SEARCH, { q: "summit", first: 10 });
      expect(res.errors).toBeUndefined();
      return {
        found: res.data!.searchSmartAccounts.edges.map((e) => [e.node.name, e.node.administrators]),
        reads: app.statementsWithParameters.filter((st) => readsAdministrators(st.sql)),
      };
    };
    const expected = [
      ["Summit Acme", ["ada@acme.com"]],
      ["Summit Globex", ["bob@globex.com", "cy@globex.com"]],
    ];
    expect(await search()).toEqual({ found: expected, reads: [] });
    // A row without a copy (as before the copies existed): read from the roles, that row only.
    await app.services.db.transaction((em) =>
      em.query("UPDATE smart_accounts SET administratorList = NULL WHERE id = ?", [globex.id]),
    );
    const uncopied = await search();
    expect(uncopied.found).toEqual(expected);
    expect(uncopied.reads.map((r) => r.parameters)).toEqual([[globex.id]]);
  });
});
