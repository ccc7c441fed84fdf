import { BENCH_PASSWORD, BENCH_USER, seedLarge } from "../../src/db/large-seed";
import { CapturingTransport, startTestApp, type GqlResult, type TestApp } from "../harness";
import type { DirectoryQuery } from "../gql/graphql";
import {
  activeAccount,
  APPROVE_ACCESS,
  CREATE_VA,
  DECLINE_ACCESS,
  DELETE_VA,
  DIRECTORY,
  REQUEST_ACCESS,
  SEARCH,
  UPDATE_VA,
} from "../account-api";
import { graphql } from "../gql";
import { registeredUser, SIGN_IN } from "../user-api";
import { freshDatabase } from "./processes";

let app: TestApp;
const SIZE = 100_000;

beforeAll(async () => {
  app = await startTestApp({
    // The outbox's claims are planned below with the other jobs' statements.
    mailTransport: new CapturingTransport(),
    env: {
      DATABASE_URL: await freshDatabase("explain"),
      // The webhook endpoint below is registered on a local address (nothing is sent to it).
      WEBHOOKS_ALLOW_PRIVATE_ADDRESSES: "true",
    },
  });
  await seedLarge(app.services, SIZE);
}, 240_000);

afterAll(async () => {
  await app.close();
});

type Plan = {
  table: string | null;
  type: string;
  rows: number | string | null;
  key: string | null;
  Extra: string | null;
};

type StatementPlan = { sql: string; plan: (Plan & { select_type: string })[] };

/**
 * Runs the operation and EXPLAINs every statement of `kinds` it issued (MariaDB plans an UPDATE
 * or a DELETE without running it).
 */
async function plansOfKinds(kinds: RegExp, run: () => Promise<unknown>): Promise<StatementPlan[]> {
  app.statementsWithParameters.length = 0;
  await run();
  const issued = app.statementsWithParameters.filter((s) => kinds.test(s.sql));
  const plans: StatementPlan[] = [];
  // One at a time: the plans of a job's thousand statements need not hold a thousand connections.
  for (const s of issued) {
    plans.push({
      sql: s.sql,
      plan: (await app.services.db.read((em) =>
        em.query(`EXPLAIN ${s.sql}`, s.parameters),
      )) as StatementPlan["plan"],
    });
  }
  return plans;
}

const plansOf = (run: () => Promise<unknown>) => plansOfKinds(/^\s*SELECT\b/i, run);
const writePlansOf = (run: () => Promise<unknown>) => plansOfKinds(/^\s*(UPDATE|DELETE)\b/i, run);
const allPlansOf = (run: () => Promise<unknown>) =>
  plansOfKinds(/^\s*(SELECT|UPDATE|DELETE)\b/i, run);

/** The subqueries a plan runs once per row of the statement around them (MariaDB's DEPENDENT). */
function subqueriesRunPerRow(plans: StatementPlan[]) {
  return plans.flatMap(({ sql, plan }) =>
    plan
      .filter((row) => /DEPENDENT/.test(row.select_type))
      .map((row) => `${row.table} in: ${sql.slice(0, 160)}`),
  );
}

function fullScansOfBigTables(plans: { sql: string; plan: Plan[] }[]) {
  return plans.flatMap(({ sql, plan }) =>
    plan
      .filter(
        (row) =>
          // No table: a plan row MySQL answered without one (an impossible WHERE, a const lookup).
          row.table !== null &&
          !row.table.startsWith("<") &&
          (row.type === "ALL" || row.type === "index") &&
          Number(row.rows) > 1000,
      )
      .map((row) => `${row.table} (${row.type}, ${row.rows} rows) in: ${sql.slice(0, 160)}`),
  );
}

type Node = Record<string, unknown>;

/** Every table access in a MariaDB ANALYZE FORMAT=JSON plan, subqueries included. */
function tableAccesses(plan: unknown): Node[] {
  if (!plan || typeof plan !== "object") return [];
  const node = plan as Node;
  const own = "table_name" in node ? [node] : [];
  return own.concat(Object.values(node).flatMap((v) => tableAccesses(v)));
}

/** Runs the operation and ANALYZEs (runs, measuring) every statement it issued on the membership table. */
async function analyzedMembershipReads(run: () => Promise<unknown>) {
  app.statementsWithParameters.length = 0;
  await run();
  const reads = app.statementsWithParameters.filter((s) => /directory_memberships/.test(s.sql));
  return Promise.all(
    reads.map(async (s) => {
      const [row] = (await app.services.db.read((em) =>
        em.query(`ANALYZE FORMAT=JSON ${s.sql}`, s.parameters),
      )) as Record<string, string>[];
      const text = Object.values(row)[0];
      const accesses = tableAccesses(JSON.parse(text));
      // The membership rows themselves (aliased t), not the accounts joined to them; none found
      // counts as not index-only, so a renamed alias cannot pass unread.
      const memberships = accesses.filter((a) => a.table_name === "t");
      return {
        sql: s.sql,
        text,
        isCount: /^\s*SELECT\s*\(SELECT COUNT\(\*\)/i.test(s.sql),
        examined: accesses.reduce(
          (sum, a) => sum + Number(a.r_loops ?? 1) * Number(a.r_rows ?? 0),
          0,
        ),
        tables: accesses.length,
        indexOnly: accesses.every((a) => a.using_index === true),
        membershipIndexOnly:
          memberships.length > 0 && memberships.every((a) => a.using_index === true),
      };
    }),
  );
}

describe(`EXPLAIN on ${SIZE} accounts`, () => {
  it("reads a directory page as index ranges, without a temporary table or a sort, and counts from an index alone", async () => {
    const client = app.client();
    const signIn = await client.gql(SIGN_IN, { email: BENCH_USER, password: BENCH_PASSWORD });
    expect(signIn.errors).toBeUndefined();
    const first = 50;
    let after: string | null = null;
    // The first page, one in the middle of the user's own rows, and the last (the domain's rows).
    for (const page of [0, 3, -1]) {
      if (page === -1) {
        for (;;) {
          const res: GqlResult<DirectoryQuery> = await client.gql(DIRECTORY, { first, after });
          if (!res.data!.directory.pageInfo.hasNextPage) break;
          after = res.data!.directory.pageInfo.endCursor;
        }
      } else {
        for (let i = 0; i < page; i++) {
          const res: GqlResult<DirectoryQuery> = await client.gql(DIRECTORY, { first, after });
          after = res.data!.directory.pageInfo.endCursor;
        }
      }
      let total = 0;
      const reads = await analyzedMembershipReads(async () => {
        const res = await client.gql(DIRECTORY, { first, after });
        expect(res.errors).toBeUndefined();
        total = res.data!.directory.totalCount;
      });
      expect(total).toBeGreaterThan(300);
      const pageReads = reads.filter((r) => !r.isCount);
      const counts = reads.filter((r) => r.isCount);
      expect(pageReads.length).toBeGreaterThan(0);
      // A plan read wrongly would pass every check below with no table in it.
      for (const read of reads) expect(read.tables).toBeGreaterThan(0);
      expect(counts).toHaveLength(1);
      for (const read of pageReads) {
        expect({ sql: read.sql, sorts: /filesort|temporary_table/.test(read.text) }).toEqual({
          sql: read.sql,
          sorts: false,
        });
      }
      expect(pageReads.reduce((sum, r) => sum + r.examined, 0)).toBeLessThanOrEqual(
        3 * (first + 1),
      );
      // In the directory's own order the membership range is read from its index alone: a page
      // looks up no membership row, only each row's account.
      for (const read of pageReads) {
        expect({ sql: read.sql, indexOnly: read.membershipIndexOnly }).toEqual({
          sql: read.sql,
          indexOnly: true,
        });
      }
      expect({ sql: counts[0].sql, indexOnly: counts[0].indexOnly }).toEqual({
        sql: counts[0].sql,
        indexOnly: true,
      });
      expect(counts[0].text).not.toMatch(/filesort|temporary_table/);
      after = null;
    }
  }, 120_000);

  it("shows no full scan of a large table for the directory and for search", async () => {
    const client = app.client();
    const signIn = await client.gql(SIGN_IN, { email: BENCH_USER, password: BENCH_PASSWORD });
    expect(signIn.errors).toBeUndefined();
    const directory = await plansOf(async () => {
      const first = await client.gql(DIRECTORY, { first: 50 });
      expect(first.data!.directory.totalCount).toBeGreaterThan(300);
      await client.gql(DIRECTORY, { first: 50, after: first.data!.directory.pageInfo.endCursor });
    });
    const search = await plansOf(async () => {
      for (const q of ["summit", "company123.com", "eu.company12", "Raven Tidal 3"]) {
        const res = await client.gql(SEARCH, {
          q,
          first: 20,
        });
        expect(res.errors).toBeUndefined();
      }
    });
    // A page's administrators come with its rows (their copies on the account row).
    const readsAdministrators = ({ sql }: { sql: string }) =>
      /FROM `role_assignments` t WHERE .*'ADMINISTRATOR'/.test(sql);
    expect(directory.filter(readsAdministrators)).toEqual([]);
    expect(search.filter(readsAdministrators)).toEqual([]);
    // Those of accounts without a copy (a list over the cap, a row from before the copies) are
    // read from the role index alone ("Using index", not "Using index condition", which still
    // looks each row up).
    await app.services.db.transaction((em) =>
      em.query("UPDATE smart_accounts SET administratorList = NULL WHERE nameKey LIKE 'summit%'"),
    );
    const uncopied = await plansOf(async () => {
      const res = await client.gql(SEARCH, { q: "summit", first: 20 });
      expect(res.data!.searchSmartAccounts.edges.length).toBe(20);
    });
    expect(directory.length).toBeGreaterThan(2);
    expect(search.length).toBeGreaterThan(8);
    expect(fullScansOfBigTables([...directory, ...search, ...uncopied])).toEqual([]);
    const administrators = uncopied.filter(readsAdministrators);
    expect(administrators.length).toBeGreaterThan(0);
    for (const { sql, plan } of administrators) {
      expect({ sql, extra: plan.map((row) => row.Extra ?? "") }).toEqual({
        sql,
        extra: [expect.stringMatching(/(^|; )Using index($|;)/)],
      });
    }
  }, 120_000);

  it("shows no full scan of a large table for the events feed, whoever reads it and however filtered", async () => {
    // An event for every account, numbered as the server numbers them.
    await app.services.db.transaction((em) =>
      em.query(
        "INSERT INTO account_events (id, smartAccountId, sequence, position, type, actorId, actorEmail, statusBefore, statusAfter, detail, createdAt) SELECT UUID(), a.id, a.eventSeq + 1, NULL, 'REQUESTED', a.requesterId, NULL, NULL, a.status, NULL, a.createdAt FROM smart_accounts a",
      ),
    );
    // Each account's counter moved on as the writer moves it, so that later changes (the
    // background jobs' below) number their events after this one.
    await app.services.db.transaction((em) =>
      em.query("UPDATE smart_accounts SET eventSeq = eventSeq + 1"),
    );
    await app.services.sequencer.run();
    // The bench user holds USER roles (no history); made ADMINISTRATOR of those 200 accounts,
    // they read the history of 1 account in 500.
    await app.services.db.transaction(async (em) => {
      await em.query("UPDATE role_assignments SET role = 'ADMINISTRATOR' WHERE email = ?", [
        BENCH_USER,
      ]);
      // Written around the role service: the accounts' copies of their administrators are
      // refreshed as it would.
      const held = (await em.query("SELECT smartAccountId FROM role_assignments WHERE email = ?", [
        BENCH_USER,
      ])) as { smartAccountId: string }[];
      for (const { smartAccountId } of held) {
        await app.services.lists.refreshAdministrators(em, smartAccountId);
      }
    });
    const feed = graphql(`
      query ExplainEvents($after: String, $types: [AccountEventKind!], $accountId: ID) {
        events(first: 50, after: $after, types: $types, accountId: $accountId) {
          edges {
            node {
              id
              accountId
              account {
                name
              }
            }
          }
          pageInfo {
            endCursor
          }
        }
      }
    `);
    const customer = app.client();
    expect(
      (await customer.gql(SIGN_IN, { email: BENCH_USER, password: BENCH_PASSWORD })).errors,
    ).toBeUndefined();
    const staff = app.client();
    await app.services.users.createStaff({
      email: "explain-staff@ops.example",
      name: "Staff",
      company: "Ops",
      password: BENCH_PASSWORD,
    });
    expect(
      (
        await staff.gql(SIGN_IN, {
          email: "explain-staff@ops.example",
          password: BENCH_PASSWORD,
        })
      ).errors,
    ).toBeUndefined();
    const read = async (client: typeof staff, pages: number) => {
      let after: string | null = null;
      for (let page = 0; page < pages; page++) {
        const { edges, pageInfo }: { edges: unknown[]; pageInfo: { endCursor: string | null } } = (
          await client.gql(feed, { after })
        ).data!.events;
        expect(edges.length).toBeGreaterThan(0);
        after = pageInfo.endCursor;
      }
      const requested = await client.gql(feed, { after, types: ["REQUESTED"] });
      expect(requested.data!.events.edges.length).toBeGreaterThan(0);
      const first = await client.gql(feed, {});
      const accountId = first.data!.events.edges[0].node.accountId;
      expect((await client.gql(feed, { accountId })).data!.events.edges).toHaveLength(1);
    };
    const customers = await plansOf(() => read(customer, 1));
    const staffs = await plansOf(() => read(staff, 2));
    expect(customers.length + staffs.length).toBeGreaterThan(6);
    expect(fullScansOfBigTables([...customers, ...staffs])).toEqual([]);
    // A customer's feed starts from their own accounts: it never walks everyone's events.
    const walks = customers.flatMap(({ sql, plan }) =>
      plan
        .filter((row) => row.table === "e" && Number(row.rows) > 1000)
        .map((row) => `e (${row.type}, ${row.rows} rows) in: ${sql.slice(0, 160)}`),
    );
    expect(walks).toEqual([]);
  }, 240_000);

  it("locks an account by its key when a change starts from one of its rows, and deletes a webhook's log by index", async () => {
    const admin = await registeredUser(app, { email: "admin@explain-locks.example" });
    const account = await activeAccount(admin, "Explain Locks");
    const asker = await registeredUser(app, { email: "asker@elsewhere-locks.example" });
    const ask = async () => {
      const res = await asker.gql(REQUEST_ACCESS, {
        input: { smartAccountId: account.id, forMyself: true, reason: "Plans" },
      });
      expect(res.errors).toBeUndefined();
      return res.data!.requestAccess.accessRequests[0].id;
    };
    const CREATE_ENDPOINT = graphql(`
      mutation ExplainCreateEndpoint($input: CreateWebhookEndpointInput!) {
        createWebhookEndpoint(input: $input) {
          endpoint {
            id
          }
        }
      }
    `);
    const DELETE_ENDPOINT = graphql(`
      mutation ExplainDeleteEndpoint($input: WebhookEndpointIdInput!) {
        deleteWebhookEndpoint(input: $input) {
          id
        }
      }
    `);
    const plans = await writePlansOf(async () => {
      const declined = await admin.gql(DECLINE_ACCESS, { id: await ask(), reason: "Not yet" });
      expect(declined.data?.declineAccessRequest.accessRequest.status).toBe("DECLINED");
      const approved = await admin.gql(APPROVE_ACCESS, {
        input: { accessRequestId: await ask(), role: "VIEWER" },
      });
      expect(approved.data?.approveAccessRequest.accessRequest.status).toBe("APPROVED");
      const created = await admin.gql(CREATE_VA, {
        input: { smartAccountId: account.id, name: "Plans" },
      });
      const vaId = created.data!.createVirtualAccount.virtualAccount.id;
      const updated = await admin.gql(UPDATE_VA, {
        input: { virtualAccountId: vaId, description: "Planned" },
      });
      expect(updated.errors).toBeUndefined();
      expect((await admin.gql(DELETE_VA, { id: vaId })).errors).toBeUndefined();
      const endpoint = await admin.gql(CREATE_ENDPOINT, {
        input: {
          accountId: account.id,
          url: "http://127.0.0.1:9/hook",
          eventTypes: ["USER_ROLES_CHANGED"],
        },
      });
      expect(endpoint.errors).toBeUndefined();
      const deleted = await admin.gql(DELETE_ENDPOINT, {
        input: { id: endpoint.data!.createWebhookEndpoint.endpoint.id },
      });
      expect(deleted.errors).toBeUndefined();
    });
    const lockedByOwner = plans.filter(({ sql }) =>
      /FROM (access_requests|virtual_accounts)/.test(sql),
    );
    expect(lockedByOwner.length).toBeGreaterThanOrEqual(3);
    expect(plans.some(({ sql }) => /DELETE .*webhook_attempts/i.test(sql))).toBe(true);
    expect(fullScansOfBigTables(plans)).toEqual([]);
    // Whatever the tables hold: no write runs a subquery once per row it looks at, and every
    // table a write reads is reached through an index.
    expect(subqueriesRunPerRow(plans)).toEqual([]);
    const scans = plans.flatMap(({ sql, plan }) =>
      plan
        .filter((row) => row.table !== null && (row.type === "ALL" || row.type === "index"))
        .map((row) => `${row.table} (${row.type}) in: ${sql.slice(0, 160)}`),
    );
    expect(scans).toEqual([]);
  }, 120_000);

  it("runs the background jobs over the large tables by index: lapses, reminders, escalations, events, webhooks, email", async () => {
    // Far enough on that pending accounts lapse or are reminded and access requests escalate.
    app.clock.advance(40 * 24 * 3600 * 1000);
    const plans = await allPlansOf(async () => {
      await app.services.lapseJob.run();
      await app.services.sequencer.run();
      await app.services.webhookFanout.run();
      await app.services.webhookDispatcher.tick();
      await app.services.dispatcher!.tick();
      await app.services.bulkRequestJob.tick();
    });
    // The escalation's reminders lock their accounts (the statement that used to scan them all).
    expect(plans.some(({ sql }) => /FROM access_requests WHERE/.test(sql))).toBe(true);
    expect(plans.filter(({ sql }) => /^\s*(UPDATE|DELETE)/i.test(sql)).length).toBeGreaterThan(10);
    expect(fullScansOfBigTables(plans)).toEqual([]);
    expect(subqueriesRunPerRow(plans)).toEqual([]);
  }, 240_000);
});
