import { startTestApp, type Client, type GqlResult, type TestApp } from "../../../../test/harness";
import {
  accountOf,
  activeAccount,
  CANCEL,
  DECLINE_ACCESS,
  registeredUser,
  REQUEST,
  REQUEST_ACCESS,
  SET_ROLES,
  UPDATE_ACCOUNT,
} from "../../../../test/account-api";
import { graphql } from "../../../../test/gql";
import type {
  DirectoryOrder,
  MembershipDirectoryQuery,
  SmartAccountStatus,
} from "../../../../test/gql/graphql";
import { administeredAccounts } from "../../../../test/listing-fixtures";

const MEMBERSHIP_DIRECTORY = graphql(`
  query MembershipDirectory(
    $first: Int!
    $after: String
    $order: DirectoryOrder!
    $filter: DirectoryFilter
  ) {
    directory(first: $first, after: $after, order: $order, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          reason
          smartAccount {
            id
            name
            status
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

type Row = { reason: string; name: string; status: string };

/** Every row of the directory in an order, page by page; each page's total must agree. */
async function allPages(
  client: Client,
  order: DirectoryOrder,
  first: number,
  filter: { status?: SmartAccountStatus; namePrefix?: string } | null = null,
): Promise<{ rows: Row[]; total: number }> {
  const rows: Row[] = [];
  let after: string | null = null;
  let total = -1;
  for (;;) {
    const res: GqlResult<MembershipDirectoryQuery> = await client.gql(MEMBERSHIP_DIRECTORY, {
      first,
      after,
      order,
      filter,
    });
    expect(res.errors).toBeUndefined();
    const page = res.data!.directory;
    if (total !== -1) expect(page.totalCount).toBe(total);
    total = page.totalCount;
    rows.push(
      ...page.edges.map((e) => ({
        reason: e.node.reason,
        name: e.node.smartAccount.name,
        status: e.node.smartAccount.status,
      })),
    );
    if (!page.pageInfo.hasNextPage) return { rows, total };
    after = page.pageInfo.endCursor;
  }
}

const names = async (client: Client, order: DirectoryOrder = "RELEVANCE") =>
  (await allPages(client, order, 50)).rows.map((r) => `${r.reason} ${r.name}`);

describe("the directory's membership", () => {
  it("follows every change that alters it: roles, proofs of email, renames, visibility, requests, cancellation", async () => {
    const owner = await registeredUser(app, { email: "owner@acme.com" });
    const zeta = await activeAccount(owner, "Zeta");
    // A role given to an address nobody has registered yet counts once its owner proves it.
    const given = await owner.gql(SET_ROLES, {
      input: { smartAccountId: zeta.id, email: "carol@cisco.com", roles: [{ role: "USER" }] },
    });
    expect(given.errors).toBeUndefined();
    const carol = await registeredUser(app, { email: "carol@cisco.com" });
    expect(await names(carol)).toEqual(["HAS_ROLE Zeta"]);

    // A colleague's account on the same domain, then renamed, then restricted.
    const ada = await registeredUser(app, { email: "ada@cisco.com" });
    const main = await activeAccount(ada, "Cisco Main");
    expect(await names(carol, "NAME_ASC")).toEqual(["ON_YOUR_DOMAIN Cisco Main", "HAS_ROLE Zeta"]);
    const renamed = await ada.gql(UPDATE_ACCOUNT, {
      input: { smartAccountId: main.id, name: "Zulu Main" },
    });
    expect(renamed.errors).toBeUndefined();
    expect(await names(carol, "NAME_ASC")).toEqual(["HAS_ROLE Zeta", "ON_YOUR_DOMAIN Zulu Main"]);
    const restricted = await ada.gql(UPDATE_ACCOUNT, {
      input: { smartAccountId: main.id, visibility: "RESTRICTED" },
    });
    expect(restricted.errors).toBeUndefined();
    expect(await names(carol)).toEqual(["HAS_ROLE Zeta"]);
    // Ada holds it by her role whatever its visibility.
    expect(await names(ada)).toEqual(["HAS_ROLE Zulu Main"]);

    // Roles removed: the account leaves; an access request brings it back, decided or not.
    const removed = await owner.gql(SET_ROLES, {
      input: { smartAccountId: zeta.id, email: "carol@cisco.com", roles: [] },
    });
    expect(removed.errors).toBeUndefined();
    expect(await allPages(carol, "RELEVANCE", 10)).toEqual({ rows: [], total: 0 });
    const asked = await carol.gql(REQUEST_ACCESS, {
      input: { smartAccountId: zeta.id, forMyself: true, reason: "Need it" },
    });
    expect(asked.errors).toBeUndefined();
    expect(await names(carol)).toEqual(["ACCESS_REQUESTED Zeta"]);
    const declined = await owner.gql(DECLINE_ACCESS, {
      id: asked.data!.requestAccess.accessRequests[0].id,
      reason: "Not now",
    });
    expect(declined.errors).toBeUndefined();
    expect(await names(carol)).toEqual(["ACCESS_REQUESTED Zeta"]);

    // An account carol asked to create lists until she cancels it.
    const pending = accountOf(
      await carol.gql(REQUEST, {
        input: {
          authorization: "SOMEONE_ELSE",
          name: "Carol Pending",
          approverEmails: ["boss@elsewhere.example"],
        },
      }),
    );
    expect(await names(carol)).toEqual(["ACCESS_REQUESTED Zeta", "REQUESTED_BY_YOU Carol Pending"]);
    const cancelled = await carol.gql(CANCEL, { id: pending.id });
    expect(cancelled.errors).toBeUndefined();
    expect(await names(carol)).toEqual(["ACCESS_REQUESTED Zeta"]);
  });

  describe("with rows of the user's own and of the user's domain", () => {
    // Statuses of accounts 0…8; account 4 is made RESTRICTED, account 8 has LAPSED.
    const NAMES = [
      "hotel",
      "alpha",
      "golf",
      "bravo",
      "foxtrot",
      "charlie",
      "echo",
      "delta",
      "india",
    ];
    const STATUSES: SmartAccountStatus[] = [
      "ACTIVE",
      "ACTIVE",
      "ACTIVE",
      "ACTIVE",
      "ACTIVE",
      "PENDING_DOMAIN_APPROVAL",
      "DECLINED_BY_CUSTOMER",
      "PENDING_CUSTOMER_ACCEPTANCE",
      "LAPSED",
    ];
    const EXPECTED: Row[] = [
      { reason: "HAS_ROLE", name: "hotel", status: "ACTIVE" },
      { reason: "HAS_ROLE", name: "golf", status: "ACTIVE" },
      { reason: "ACCESS_REQUESTED", name: "alpha", status: "ACTIVE" },
      { reason: "ON_YOUR_DOMAIN", name: "bravo", status: "ACTIVE" },
      { reason: "ON_YOUR_DOMAIN", name: "charlie", status: "PENDING_DOMAIN_APPROVAL" },
      { reason: "ON_YOUR_DOMAIN", name: "echo", status: "DECLINED_BY_CUSTOMER" },
      { reason: "ON_YOUR_DOMAIN", name: "delta", status: "PENDING_CUSTOMER_ACCEPTANCE" },
    ];
    const REASONS = ["HAS_ROLE", "ACCESS_REQUESTED", "REQUESTED_BY_YOU", "ON_YOUR_DOMAIN"];
    const byName = (a: Row, b: Row) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const SORTS: Record<DirectoryOrder, (a: Row, b: Row) => number> = {
      RELEVANCE: (a, b) => REASONS.indexOf(a.reason) - REASONS.indexOf(b.reason) || byName(a, b),
      NAME_ASC: byName,
      NAME_DESC: (a, b) => byName(b, a),
      STATUS_ASC: (a, b) => (a.status < b.status ? -1 : a.status > b.status ? 1 : byName(a, b)),
      STATUS_DESC: (a, b) => (a.status > b.status ? -1 : a.status < b.status ? 1 : byName(a, b)),
    };

    let carol: Client;
    beforeEach(async () => {
      const owner = await registeredUser(app, { email: "owner@acme.com" });
      const ids = await administeredAccounts(
        app,
        "owner@acme.com",
        NAMES.length,
        (i) => NAMES[i],
        (i) => STATUSES[i],
      );
      carol = await registeredUser(app, { email: "carol@fixture-corp.com" });
      for (const i of [0, 2]) {
        const res = await owner.gql(SET_ROLES, {
          input: {
            smartAccountId: ids[i],
            email: "carol@fixture-corp.com",
            roles: [{ role: "USER" }],
          },
        });
        expect(res.errors).toBeUndefined();
      }
      const asked = await carol.gql(REQUEST_ACCESS, {
        input: { smartAccountId: ids[1], forMyself: true, reason: "Need it" },
      });
      expect(asked.errors).toBeUndefined();
      const hidden = await owner.gql(UPDATE_ACCOUNT, {
        input: { smartAccountId: ids[4], visibility: "RESTRICTED" },
      });
      expect(hidden.errors).toBeUndefined();
    });

    it("lists each account once, in every order, the same across pages of every size", async () => {
      for (const order of Object.keys(SORTS) as DirectoryOrder[]) {
        const expected = [...EXPECTED].sort(SORTS[order]);
        for (const first of [1, 2, 3, 50]) {
          const { rows, total } = await allPages(carol, order, first);
          expect({ order, first, rows }).toEqual({ order, first, rows: expected });
          expect(total).toBe(EXPECTED.length);
        }
      }
    });

    it("filters by status and by name prefix, with exact totals", async () => {
      for (const order of Object.keys(SORTS) as DirectoryOrder[]) {
        const active = await allPages(carol, order, 2, { status: "ACTIVE" });
        expect(active.rows).toEqual(
          EXPECTED.filter((r) => r.status === "ACTIVE").sort(SORTS[order]),
        );
        expect(active.total).toBe(4);
        const prefixed = await allPages(carol, order, 1, { namePrefix: "Ec" });
        expect(prefixed).toEqual({ rows: EXPECTED.filter((r) => r.name === "echo"), total: 1 });
      }
    });
  });
});
