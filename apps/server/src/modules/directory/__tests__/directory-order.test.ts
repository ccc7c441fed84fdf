import { startTestApp, type Client, type GqlResult, type TestApp } from "../../../../test/harness";
import { activeAccount, registeredUser } from "../../../../test/account-api";
import { graphql } from "../../../../test/gql";
import type {
  AccessRequestOrder,
  DirectoryOrder,
  OrderedAccessRequestsQuery,
  OrderedDirectoryQuery,
  OrderedMyRequestsQuery,
} from "../../../../test/gql/graphql";
import { administeredAccounts, pendingAccessRequests } from "../../../../test/listing-fixtures";

const ORDERED_DIRECTORY = graphql(`
  query OrderedDirectory($first: Int!, $after: String, $order: DirectoryOrder!) {
    directory(first: $first, after: $after, order: $order) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
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

const ORDERED_ACCESS_REQUESTS = graphql(`
  query OrderedAccessRequests($sid: ID, $first: Int!, $after: String, $order: AccessRequestOrder!) {
    accessRequests(smartAccountId: $sid, first: $first, after: $after, order: $order) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          email
          createdAt
        }
      }
    }
  }
`);

const ORDERED_REQUESTS = graphql(`
  query OrderedMyRequests($first: Int!, $after: String, $order: RequestOrder!) {
    myRequests(first: $first, after: $after, order: $order) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          name
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

const STATUSES = ["ACTIVE", "PENDING_DOMAIN_APPROVAL", "DECLINED_BY_CUSTOMER"] as const;
const NAMES = ["delta", "Alpha", "charlie", "Echo", "bravo", "alpha two", "Foxtrot"];

async function directoryPages(client: Client, order: DirectoryOrder, first: number) {
  const seen: { name: string; status: string }[] = [];
  let after: string | null = null;
  for (;;) {
    const res: GqlResult<OrderedDirectoryQuery> = await client.gql(ORDERED_DIRECTORY, {
      first,
      after,
      order,
    });
    expect(res.errors).toBeUndefined();
    const page = res.data!.directory;
    expect(page.totalCount).toBe(NAMES.length);
    seen.push(...page.edges.map((e) => e.node.smartAccount));
    if (!page.pageInfo.hasNextPage) return seen;
    after = page.pageInfo.endCursor;
  }
}

describe("the directory's order", () => {
  let owner: Client;
  beforeEach(async () => {
    owner = await registeredUser(app, { email: "owner@acme.com" });
    await administeredAccounts(
      app,
      "owner@acme.com",
      NAMES.length,
      (i) => NAMES[i],
      (i) => STATUSES[i % STATUSES.length],
    );
  });

  it("sorts by name either way, case-blind, the same across pages of every size", async () => {
    const az = ["Alpha", "alpha two", "bravo", "charlie", "delta", "Echo", "Foxtrot"];
    for (const first of [1, 2, 3, 50]) {
      expect((await directoryPages(owner, "NAME_ASC", first)).map((a) => a.name)).toEqual(az);
      expect((await directoryPages(owner, "NAME_DESC", first)).map((a) => a.name)).toEqual(
        [...az].reverse(),
      );
    }
  });

  it("sorts by status as it reads, then by name", async () => {
    const rows = await directoryPages(owner, "STATUS_ASC", 2);
    expect(rows.map((r) => `${r.status} ${r.name}`)).toEqual([
      "ACTIVE delta",
      "ACTIVE Echo",
      "ACTIVE Foxtrot",
      "DECLINED_BY_CUSTOMER alpha two",
      "DECLINED_BY_CUSTOMER charlie",
      "PENDING_DOMAIN_APPROVAL Alpha",
      "PENDING_DOMAIN_APPROVAL bravo",
    ]);
    const desc = await directoryPages(owner, "STATUS_DESC", 3);
    expect(desc.map((r) => r.status)).toEqual([
      "PENDING_DOMAIN_APPROVAL",
      "PENDING_DOMAIN_APPROVAL",
      "DECLINED_BY_CUSTOMER",
      "DECLINED_BY_CUSTOMER",
      "ACTIVE",
      "ACTIVE",
      "ACTIVE",
    ]);
    expect(desc.slice(0, 2).map((r) => r.name)).toEqual(["Alpha", "bravo"]);
  });

  it("refuses a cursor from another order, naming `after`", async () => {
    const first = await owner.gql(ORDERED_DIRECTORY, { first: 2, order: "NAME_ASC" });
    const res = await owner.gql(ORDERED_DIRECTORY, {
      first: 2,
      after: first.data!.directory.pageInfo.endCursor,
      order: "STATUS_ASC",
    });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "after" }],
    });
  });

  it("refuses an order that is not one of the enum's, naming it", async () => {
    const res = await owner.gql(ORDERED_DIRECTORY, {
      first: 2,
      order: "SIDEWAYS" as DirectoryOrder,
    });
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].message).toContain("order");
  });
});

describe("requests by date", () => {
  it("pages an account's access requests newest or oldest first", async () => {
    const owner = await registeredUser(app, { email: "owner@acme.com" });
    const account = await activeAccount(owner, "Acme Widgets");
    await registeredUser(app, { email: "asker@partner.example" });
    await pendingAccessRequests(app, account.id, "asker@partner.example", 7, (i) => `Reason ${i}`);
    const all = async (order: AccessRequestOrder) => {
      const emails: string[] = [];
      let after: string | null = null;
      for (;;) {
        const res: GqlResult<OrderedAccessRequestsQuery> = await owner.gql(
          ORDERED_ACCESS_REQUESTS,
          {
            sid: account.id,
            first: 3,
            after,
            order,
          },
        );
        expect(res.errors).toBeUndefined();
        emails.push(...res.data!.accessRequests.edges.map((e) => e.node.email));
        if (!res.data!.accessRequests.pageInfo.hasNextPage) return emails;
        after = res.data!.accessRequests.pageInfo.endCursor;
      }
    };
    const oldest = Array.from({ length: 7 }, (_, i) => `person${i}@elsewhere.example`);
    expect(await all("OLDEST_FIRST")).toEqual(oldest);
    expect(await all("NEWEST_FIRST")).toEqual([...oldest].reverse());
  });

  it("pages the caller's own account requests newest or oldest first", async () => {
    const owner = await registeredUser(app, { email: "owner@acme.com" });
    await administeredAccounts(app, "owner@acme.com", 5, (i) => `Request ${i}`);
    const names = async (order: "NEWEST_FIRST" | "OLDEST_FIRST") => {
      const out: string[] = [];
      let after: string | null = null;
      for (;;) {
        const res: GqlResult<OrderedMyRequestsQuery> = await owner.gql(ORDERED_REQUESTS, {
          first: 2,
          after,
          order,
        });
        expect(res.errors).toBeUndefined();
        out.push(...res.data!.myRequests.edges.map((e) => e.node.name));
        if (!res.data!.myRequests.pageInfo.hasNextPage) return out;
        after = res.data!.myRequests.pageInfo.endCursor;
      }
    };
    const oldest = ["Request 0", "Request 1", "Request 2", "Request 3", "Request 4"];
    expect(await names("OLDEST_FIRST")).toEqual(oldest);
    expect(await names("NEWEST_FIRST")).toEqual([...oldest].reverse());
  });
});
