import { startTestApp, type TestApp } from "../../../../test/harness";
import {
  activeAccount,
  DIRECTORY,
  registeredUser,
  REQUEST,
  REQUEST_ACCESS,
  SEARCH,
  SET_ROLES,
  accountOf,
} from "../../../../test/account-api";
import { graphql } from "../../../../test/gql";

const SEARCH_ALL = graphql(`
  query DirectorySearchAll($first: Int!) {
    searchSmartAccounts(query: "cisco", first: $first) {
      totalCount
      edges {
        node {
          id
          name
          administrators
          myRoles {
            role
          }
          virtualAccounts {
            name
          }
          nextStep {
            actors
          }
        }
      }
    }
  }
`);

const SEARCH_CURSORS = graphql(`
  query DirectorySearchCursors($q: String!, $after: String) {
    searchSmartAccounts(query: $q, first: 10, after: $after) {
      edges {
        cursor
        node {
          name
        }
      }
    }
  }
`);

const DIRECTORY_DETAILS = graphql(`
  query DirectoryDetails($first: Int!) {
    directory(first: $first) {
      edges {
        node {
          smartAccount {
            name
            channel
            createdAt
            company {
              name
            }
            myRoles {
              role
            }
          }
        }
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

describe("the directory", () => {
  it("lists role, access request, own request and own domain, in that order, with exact counts and cursors", async () => {
    const owner = await registeredUser(app, { email: "owner@acme.com" });
    const roleAccount = await activeAccount(owner, "Zeta Role");
    const ada = await registeredUser(app, { email: "ada@cisco.com" });
    await owner.gql(SET_ROLES, {
      input: { smartAccountId: roleAccount.id, email: "ada@cisco.com", roles: [{ role: "USER" }] },
    });
    const bob = await registeredUser(app, { email: "bob@beta.com" });
    const beta = await activeAccount(bob, "Beta Access");
    await ada.gql(REQUEST_ACCESS, {
      input: { smartAccountId: beta.id, forMyself: true, reason: "Need it" },
    });
    accountOf(
      await ada.gql(REQUEST, {
        input: {
          authorization: "SOMEONE_ELSE",
          name: "Mine Pending",
          approverEmails: ["boss@mine.example"],
        },
      }),
    );
    const carol = await registeredUser(app, { email: "carol@cisco.com" });
    await activeAccount(carol, "Cisco Domain");
    const dave = await registeredUser(app, { email: "dave@unrelated.org" });
    await activeAccount(dave, "Unrelated");

    const all = await ada.gql(DIRECTORY, { first: 10 });
    expect(all.errors).toBeUndefined();
    expect(all.data!.directory.edges.map((e) => [e.node.reason, e.node.smartAccount.name])).toEqual(
      [
        ["HAS_ROLE", "Zeta Role"],
        ["ACCESS_REQUESTED", "Beta Access"],
        ["REQUESTED_BY_YOU", "Mine Pending"],
        ["ON_YOUR_DOMAIN", "Cisco Domain"],
      ],
    );
    expect(all.data!.directory.totalCount).toBe(4);
    expect(all.data!.directory.edges[0].node.smartAccount).toMatchObject({
      administrators: ["owner@acme.com"],
      myRoles: [{ role: "USER" }],
      virtualAccounts: [{ name: "DEFAULT" }],
    });

    const page1 = await ada.gql(DIRECTORY, { first: 3 });
    expect(page1.data!.directory.pageInfo.hasNextPage).toBe(true);
    const page2 = await ada.gql(DIRECTORY, {
      first: 3,
      after: page1.data!.directory.pageInfo.endCursor,
    });
    expect(page2.data!.directory.edges.map((e) => e.node.smartAccount.name)).toEqual([
      "Cisco Domain",
    ]);
    expect(page2.data!.directory.pageInfo.hasNextPage).toBe(false);
    // Each edge's own cursor pages from that row; the last one is the page's end.
    const edges = page1.data!.directory.edges;
    expect(edges[2].cursor).toBe(page1.data!.directory.pageInfo.endCursor);
    const fromSecond = await ada.gql(DIRECTORY, { first: 10, after: edges[1].cursor });
    expect(fromSecond.data!.directory.edges.map((e) => e.node.smartAccount.name)).toEqual([
      "Mine Pending",
      "Cisco Domain",
    ]);

    const filtered = await ada.gql(DIRECTORY, {
      first: 10,
      filter: { status: "ACTIVE", namePrefix: "ci" },
    });
    expect(filtered.data!.directory.edges.map((e) => e.node.smartAccount.name)).toEqual([
      "Cisco Domain",
    ]);
    expect(filtered.data!.directory.totalCount).toBe(1);
  });

  it("issues the same statements for a page of 1 and of 50, each bounded", async () => {
    const ada = await registeredUser(app, { email: "ada@cisco.com" });
    for (let i = 0; i < 50; i++)
      await activeAccount(ada, `Cisco ${String(i).padStart(2, "0")}`, {
        domainIdentifier: `d${i}.cisco.com`,
        contactPhone: "+1 949 555 0100",
        authorization: "SOMEONE_ELSE",
        approverEmails: ["ada@cisco.com"],
      });
    const count = async (first: number) => {
      app.statements.length = 0;
      const res = await ada.gql(DIRECTORY, { first });
      expect(res.data!.directory.edges).toHaveLength(first);
      return [...app.statements];
    };
    // Nothing per row: the page of 50 runs the page of 1's statements, and the domain's range
    // besides (the user's own 50 rows do not fill it, so the domain's rows are looked for).
    const one = await count(1);
    const fifty = await count(50);
    expect(fifty.length).toBe(one.length + 1);
    expect(
      fifty.filter((s) => /directory_memberships t( FORCE INDEX \(`\w+`\))? LEFT JOIN/.test(s)),
    ).toHaveLength(2);
    expect(
      one.filter((s) => /directory_memberships t( FORCE INDEX \(`\w+`\))? LEFT JOIN/.test(s)),
    ).toHaveLength(1);
    for (const statement of fifty.filter((s) => /^\s*SELECT/i.test(s))) {
      expect(statement).toMatch(/LIMIT|WHERE .*(=|IN \()/is);
    }
  });

  it("reads only the card's columns for rows that show the card, and every column for rows that ask for more", async () => {
    const ada = await registeredUser(app, { email: "ada@cisco.com" });
    await activeAccount(ada, "Cisco Systems");
    const pageStatement = async <T>(read: () => Promise<T>) => {
      app.statements.length = 0;
      const answer = await read();
      const [page] = app.statements.filter((s) => /FROM directory_memberships t\b/.test(s));
      return { answer, page };
    };

    const card = await pageStatement(() => ada.gql(DIRECTORY, { first: 10 }));
    expect(card.answer.data!.directory.edges[0].node.smartAccount).toMatchObject({
      name: "Cisco Systems",
      status: "ACTIVE",
      myRoles: [
        { role: "ADMINISTRATOR", virtualAccountId: null },
        { role: "APPROVER", virtualAccountId: null },
      ],
      virtualAccounts: [{ name: "DEFAULT" }],
    });
    expect(card.page).toMatch(/domainIdentifier/);
    expect(card.page).not.toMatch(/createdAt|companyName|messageToApprovers/);

    const details = await pageStatement(() => ada.gql(DIRECTORY_DETAILS, { first: 10 }));
    expect(details.answer.errors).toBeUndefined();
    const [row] = details.answer.data!.directory.edges;
    expect(row.node.smartAccount).toMatchObject({
      name: "Cisco Systems",
      channel: expect.any(String),
      company: { name: "CCO Esup, Inc." },
      myRoles: [{ role: "ADMINISTRATOR" }, { role: "APPROVER" }],
    });
    expect(new Date(row.node.smartAccount.createdAt as string).getTime()).not.toBeNaN();
    expect(details.page).toMatch(/createdAt/);
  });
});

describe("search", () => {
  it("finds by name prefix, identifier prefix and top-level domain; restricted only on an exact match", async () => {
    const ada = await registeredUser(app, { email: "ada@cisco.com" });
    await activeAccount(ada, "Cisco Systems");
    const pl = await registeredUser(app, { email: "ola@pl.cisco.com" });
    await activeAccount(pl, "Cisco Polska");
    const secret = await registeredUser(app, { email: "sam@secret.cisco.com" });
    await activeAccount(secret, "Hidden Lab", { visibility: "RESTRICTED" });
    const acme = await registeredUser(app, { email: "x@acme.com" });
    await activeAccount(acme, "Acme 100%_off");

    const eve = await registeredUser(app, { email: "eve@elsewhere.org" });
    const names = async (q: string) =>
      (await eve.gql(SEARCH, { q, first: 10 })).data!.searchSmartAccounts.edges.map(
        (e) => e.node.name,
      );
    expect(await names("cisco")).toEqual(["Cisco Polska", "Cisco Systems"]);
    expect(await names("PL.cis")).toEqual(["Cisco Polska"]);
    expect(await names("cisco.com")).toEqual(["Cisco Polska", "Cisco Systems"]);
    expect(await names("hidden")).toEqual([]);
    expect(await names("Hidden Lab")).toEqual(["Hidden Lab"]);
    expect(await names("secret.cisco.com")).toEqual(["Hidden Lab"]);
    expect(await names("acme 100%")).toEqual(["Acme 100%_off"]);
    expect(await names("acme 1000")).toEqual([]);
    const paged = await eve.gql(SEARCH, { q: "cisco", first: 1 });
    expect(paged.data!.searchSmartAccounts).toMatchObject({
      totalCount: 2,
      totalCountIsCapped: false,
      pageInfo: { hasNextPage: true },
    });
    const next = await eve.gql(SEARCH, {
      q: "cisco",
      first: 1,
      after: paged.data!.searchSmartAccounts.pageInfo.endCursor,
    });
    expect(next.data!.searchSmartAccounts.edges.map((e) => e.node.name)).toEqual(["Cisco Systems"]);
    // An edge's own cursor, asked for, pages from that result.
    const withCursors = await eve.gql(SEARCH_CURSORS, { q: "cisco" });
    const [polska] = withCursors.data!.searchSmartAccounts.edges;
    const after = await eve.gql(SEARCH_CURSORS, { q: "cisco", after: polska.cursor });
    expect(after.data!.searchSmartAccounts.edges.map((e) => e.node.name)).toEqual([
      "Cisco Systems",
    ]);
    const empty = await eve.gql(SEARCH, { q: "  ", first: 5 });
    expect(empty.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "query" }],
    });
  });

  it("issues the same statements for a page of 1 and of 50", async () => {
    const ada = await registeredUser(app, { email: "ada@cisco.com" });
    for (let i = 0; i < 50; i++)
      await activeAccount(ada, `Cisco ${String(i).padStart(2, "0")}`, {
        domainIdentifier: `d${i}.cisco.com`,
        contactPhone: "+1 949 555 0100",
        authorization: "SOMEONE_ELSE",
        approverEmails: ["ada@cisco.com"],
      });
    const count = async (first: number) => {
      app.statements.length = 0;
      const res = await ada.gql(SEARCH_ALL, { first });
      expect(res.data!.searchSmartAccounts.edges).toHaveLength(first);
      return app.statements.length;
    };
    expect(await count(50)).toBe(await count(1));
  });
});
