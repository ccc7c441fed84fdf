import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { EXPORT_BATCH } from "../src/http/csv-exports";
import { AUDIT_COUNT_CAP } from "../src/modules/event/audit-log.service";
import { AccountEventEntity } from "../src/modules/smart-account/account-event.entity";
import { SmartAccountEntity } from "../src/modules/smart-account/smart-account.entity";
import { activeAccount, registeredUser, staffClient } from "./account-api";
import { graphql } from "./gql";
import { startTestApp, type Client, type TestApp } from "./harness";

const CREATE_TOKEN = graphql(`
  mutation HistoryExportCreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
    }
  }
`);

const AUDIT_LOG = graphql(`
  query AuditLogPage($filter: AuditLogFilterInput, $first: Int!, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountIsCapped
      edges {
        cursor
        node {
          id
          type
          accountId
          actor {
            email
          }
          payload {
            sequence
            detail
          }
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
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

type Download = { status: number; headers: Headers; body: string };

async function download(url: string, as: Client | { bearer: string } | null): Promise<Download> {
  const headers: Record<string, string> = {};
  if (as && "cookie" in as && as.cookie) headers.cookie = as.cookie;
  if (as?.bearer) headers.authorization = `Bearer ${as.bearer}`;
  const res = await fetch(`${app.url}${url}`, { headers });
  return { status: res.status, headers: res.headers, body: await res.text() };
}

function rows(body: string): string[][] {
  return parse(body) as string[][];
}

function lines(body: string): Array<Record<string, unknown>> {
  return body
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/**
 * `count` more history events on an account, written straight to the table (no mutation could
 * write hundreds under its rate limits), a second apart, then numbered for the feed as commits
 * are. `detailOf` gives each one's detail; `actorEmail` who caused them.
 */
async function moreHistory(
  accountId: string,
  count: number,
  detailOf: (i: number) => string,
  actorEmail = "owner@acme.com",
  type: AccountEventEntity["type"] = "DETAILS_UPDATED",
): Promise<void> {
  const start = app.clock.now().getTime();
  await app.services.db.transaction(async (em) => {
    const account = await em.findOneByOrFail(SmartAccountEntity, { id: accountId });
    for (let i = 0; i < count; i++) {
      await em.insert(AccountEventEntity, {
        id: randomUUID(),
        smartAccountId: accountId,
        sequence: account.eventSeq + i + 1,
        position: null,
        type,
        actorId: null,
        actorEmail,
        statusBefore: "ACTIVE",
        statusAfter: "ACTIVE",
        detail: detailOf(i),
        createdAt: new Date(start + (i + 1) * 1000),
      });
    }
    await em.update(SmartAccountEntity, { id: accountId }, { eventSeq: account.eventSeq + count });
  });
  await app.services.sequencer.run();
}

async function ownerWithAccount() {
  const owner = await registeredUser(app, { email: "owner@acme.com" });
  const account = await activeAccount(owner, "Acme Widgets");
  return { owner, account };
}

const HISTORY_HEADER = [
  "When",
  "Event Type",
  "Actor Email",
  "Status Before",
  "Status After",
  "Detail",
  "Sequence",
  "Position",
];

describe("GET /export/accounts/:id/history.csv and .ndjson", () => {
  it("streams a history longer than a page to its administrator, in order, neutralising formulas", async () => {
    const { owner, account } = await ownerWithAccount();
    const leads = ["=1+1", "+1", "-1", "@SUM(A1)", '=HYPERLINK("http://evil.example")'];
    const extra = EXPORT_BATCH * 2 + 7;
    await moreHistory(account.id, extra, (i) => leads[i] ?? `Change ${i}`);

    const res = await download(`/export/accounts/${account.id}/history.csv`, owner);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      new RegExp(`^attachment; filename="history-${account.id}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
    );
    const [header, ...data] = rows(res.body);
    expect(header).toEqual(HISTORY_HEADER);
    const own = data.length - extra;
    expect(own).toBeGreaterThanOrEqual(1);
    // The account's own history first (its request), then every fixture event, by sequence.
    expect(data.map((r) => Number(r[6]))).toEqual(data.map((_r, i) => i + 1));
    expect(data[0]).toEqual(
      expect.arrayContaining(["REQUESTED", "owner@acme.com", "ACTIVE"]) as unknown as string[],
    );
    const details = data.slice(own).map((r) => r[5]);
    expect(details.slice(0, leads.length)).toEqual(leads.map((lead) => `'${lead}`));
    expect(details[details.length - 1]).toBe(`Change ${extra - 1}`);
    // Every event was numbered for the feed, so each has its position.
    expect(data.every((r) => /^\d+$/.test(r[7]))).toBe(true);
    expect(new Date(data[own][0]).toISOString()).toBe(data[own][0]);
  });

  it("streams the same history as NDJSON, one typed object a line, nothing neutralised", async () => {
    const { owner, account } = await ownerWithAccount();
    await moreHistory(account.id, EXPORT_BATCH + 3, (i) => (i === 0 ? "=1+1" : `Change ${i}`));
    const res = await download(`/export/accounts/${account.id}/history.ndjson`, owner);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    expect(res.headers.get("content-disposition")).toContain(`history-${account.id}-`);
    const events = lines(res.body);
    const first = events[0];
    expect(Object.keys(first).sort()).toEqual(
      [
        "actorEmail",
        "createdAt",
        "detail",
        "position",
        "sequence",
        "statusAfter",
        "statusBefore",
        "type",
      ].sort(),
    );
    expect(first).toMatchObject({ type: "REQUESTED", sequence: 1, actorEmail: "owner@acme.com" });
    expect(typeof first.position).toBe("number");
    expect(events).toHaveLength(Number(events[events.length - 1].sequence));
    expect(events.find((e) => e.detail === "=1+1")).toBeDefined();
  });

  it("is a 404 to whoever may not read the history, and to an account that is not there", async () => {
    const { account } = await ownerWithAccount();
    const stranger = await registeredUser(app, { email: "stranger@elsewhere.example" });
    const colleague = await registeredUser(app, { email: "colleague@acme.com" });
    const other = await registeredUser(app, { email: "boss@other.example" });
    await activeAccount(other, "Other Co");
    for (const caller of [stranger, colleague, other]) {
      for (const ext of ["csv", "ndjson"]) {
        const res = await download(`/export/accounts/${account.id}/history.${ext}`, caller);
        expect(res.status).toBe(404);
        expect(res.headers.get("content-type")).toMatch(/^application\/json/);
        expect(JSON.parse(res.body)).toMatchObject({
          errors: [{ extensions: { code: "NOT_FOUND" } }],
        });
        expect(res.body).not.toContain("REQUESTED");
      }
    }
    const missing = await download(
      "/export/accounts/00000000-0000-4000-8000-000000000000/history.csv",
      stranger,
    );
    expect(missing.status).toBe(404);
    expect(missing.body).toBe(
      (await download(`/export/accounts/${account.id}/history.csv`, stranger)).body,
    );
  });

  it("is 401 without credentials; an API token and staff read it", async () => {
    const { owner, account } = await ownerWithAccount();
    const anonymous = await download(`/export/accounts/${account.id}/history.csv`, null);
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.body)).toMatchObject({
      errors: [{ extensions: { code: "UNAUTHENTICATED" } }],
    });
    const wrong = await download(`/export/accounts/${account.id}/history.csv`, {
      bearer: "sam_not-a-token",
    });
    expect(wrong.status).toBe(401);

    const token = await owner.gql(CREATE_TOKEN, { input: { name: "audit", scope: "READ_ONLY" } });
    const viaToken = await download(`/export/accounts/${account.id}/history.ndjson`, {
      bearer: token.data!.createApiToken.secret,
    });
    expect(viaToken.status).toBe(200);
    expect(lines(viaToken.body)[0]).toMatchObject({ type: "REQUESTED" });

    const staff = await staffClient(app);
    const asStaff = await download(`/export/accounts/${account.id}/history.csv`, staff);
    expect(asStaff.status).toBe(200);
    expect(rows(asStaff.body)[1][1]).toBe("REQUESTED");
  });

  it("counts against the same download limits as the other exports", async () => {
    const { owner, account } = await ownerWithAccount();
    const urls = [
      `/export/accounts/${account.id}/history.csv`,
      `/export/accounts/${account.id}/history.ndjson`,
      "/export/directory.csv",
    ];
    for (let i = 0; i < 10; i += 1) expect((await download(urls[i % 3], owner)).status).toBe(200);
    const refused = await download(urls[0], owner);
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body)).toMatchObject({
      errors: [{ extensions: { code: "RATE_LIMITED" } }],
    });
  });
});

/** Two accounts with histories by different people, at known times. */
async function auditFixture() {
  const { owner, account } = await ownerWithAccount();
  const other = await registeredUser(app, { email: "boss@other.example" });
  const otherAccount = await activeAccount(other, "Other Co");
  app.clock.advance(60_000);
  const middle = app.clock.now();
  await moreHistory(account.id, 3, (i) => `Acme change ${i}`);
  await moreHistory(
    otherAccount.id,
    2,
    (i) => `Other change ${i}`,
    "boss@other.example",
    "USER_ROLES_CHANGED",
  );
  return { owner, account, other, otherAccount, middle };
}

describe("the auditLog query", () => {
  it("pages every account's history for staff, newest first, narrowed by each filter", async () => {
    const { account, otherAccount, middle } = await auditFixture();
    const staff = await staffClient(app);

    const all = await staff.gql(AUDIT_LOG, { first: 4 });
    expect(all.errors).toBeUndefined();
    const total = all.data!.auditLog.totalCount;
    expect(total).toBeGreaterThanOrEqual(7);
    expect(all.data!.auditLog.totalCountIsCapped).toBe(false);
    const seen = [...all.data!.auditLog.edges];
    let page = all.data!.auditLog;
    while (page.pageInfo.hasNextPage) {
      const next = await staff.gql(AUDIT_LOG, { first: 4, after: page.pageInfo.endCursor });
      page = next.data!.auditLog;
      seen.push(...page.edges);
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((e) => e.node.id)).size).toBe(total);
    expect(seen[0].node.payload.detail).toBe("Other change 1");

    const byAccount = await staff.gql(AUDIT_LOG, { first: 50, filter: { accountId: account.id } });
    expect(byAccount.data!.auditLog.edges.every((e) => e.node.accountId === account.id)).toBe(true);
    expect(byAccount.data!.auditLog.edges[0].node.payload.detail).toBe("Acme change 2");

    const byType = await staff.gql(AUDIT_LOG, {
      first: 50,
      filter: { types: ["USER_ROLES_CHANGED"] },
    });
    expect(byType.data!.auditLog.edges.map((e) => e.node.payload.detail)).toEqual([
      "Other change 1",
      "Other change 0",
    ]);

    const byActor = await staff.gql(AUDIT_LOG, {
      first: 50,
      filter: { actorEmail: "Boss@Other.example" },
    });
    const actors = byActor.data!.auditLog.edges.map((e) => e.node.actor?.email);
    expect(actors.length).toBeGreaterThanOrEqual(3);
    expect(new Set(actors)).toEqual(new Set(["boss@other.example"]));
    expect(byActor.data!.auditLog.edges.every((e) => e.node.accountId === otherAccount.id)).toBe(
      true,
    );

    const late = await staff.gql(AUDIT_LOG, {
      first: 50,
      filter: { from: middle.toISOString() },
    });
    expect(late.data!.auditLog.totalCount).toBe(5);
    const early = await staff.gql(AUDIT_LOG, {
      first: 50,
      filter: { to: middle.toISOString(), accountId: account.id },
    });
    expect(early.data!.auditLog.edges.map((e) => e.node.payload.sequence)).toEqual(
      byAccount.data!.auditLog.edges.map((e) => e.node.payload.sequence).slice(3),
    );
  });

  it("caps its count, and says so", async () => {
    const { account } = await ownerWithAccount();
    await moreHistory(account.id, AUDIT_COUNT_CAP + 5, (i) => `Change ${i}`);
    const staff = await staffClient(app);
    const res = await staff.gql(AUDIT_LOG, { first: 1 });
    expect(res.data!.auditLog).toMatchObject({
      totalCount: AUDIT_COUNT_CAP,
      totalCountIsCapped: true,
    });
  });

  it("is FORBIDDEN to anyone but staff", async () => {
    const { owner } = await auditFixture();
    const res = await owner.gql(AUDIT_LOG, { first: 10 });
    expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(res.data).toBeNull();
  });

  it("names each bad filter", async () => {
    await auditFixture();
    const staff = await staffClient(app);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ actorEmail: "not an email" }, "actorEmail"],
      [{ types: [] }, "types"],
      [{ accountId: "no such/thing" }, "accountId"],
      [{ from: "2026-05-02T00:00:00.000Z", to: "2026-05-01T00:00:00.000Z" }, "to"],
    ];
    for (const [filter, field] of cases) {
      const res = await staff.gql(AUDIT_LOG, { first: 10, filter });
      expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      const fields = (res.errors?.[0].extensions?.fields ?? []) as Array<{ field: string }>;
      expect(fields.map((f) => f.field.split(".").pop())).toContain(field);
    }
    const badCursor = await staff.gql(AUDIT_LOG, { first: 10, after: "nonsense" });
    expect(badCursor.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "after" }],
    });
    const badSize = await staff.gql(AUDIT_LOG, { first: 500 });
    expect(badSize.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "first" }],
    });
  });
});

describe("GET /export/audit.csv and .ndjson", () => {
  it("streams the filtered log to staff, every page, with each entry's account", async () => {
    const { account, otherAccount } = await auditFixture();
    await moreHistory(account.id, EXPORT_BATCH + 1, (i) => (i === 0 ? "-2+3" : `Bulk ${i}`));
    const staff = await staffClient(app);

    const res = await download(`/export/audit.csv?accountId=${account.id}`, staff);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const [header, ...data] = rows(res.body);
    expect(header).toEqual([
      "When",
      "Smart Account ID",
      "Smart Account",
      ...HISTORY_HEADER.slice(1),
    ]);
    const total = EXPORT_BATCH + 1 + 3;
    expect(data.length).toBeGreaterThan(total);
    expect(data.every((r) => r[1] === account.id && r[2] === "Acme Widgets")).toBe(true);
    // Newest first, as the console's table.
    expect(data[0][7]).toBe(`Bulk ${EXPORT_BATCH}`);
    expect(data.map((r) => r[7])).toContain("'-2+3");
    const positions = data.map((r) => Number(r[9]));
    expect([...positions].sort((a, b) => b - a)).toEqual(positions);

    const filtered = await download(
      `/export/audit.ndjson?types=USER_ROLES_CHANGED&actorEmail=boss%40other.example`,
      staff,
    );
    expect(filtered.status).toBe(200);
    expect(filtered.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    expect(lines(filtered.body)).toEqual([
      expect.objectContaining({
        accountId: otherAccount.id,
        accountName: "Other Co",
        type: "USER_ROLES_CHANGED",
        detail: "Other change 1",
      }),
      expect.objectContaining({ detail: "Other change 0" }),
    ]);
  });

  it("is not there for anyone but staff, and names a bad filter", async () => {
    const { owner } = await auditFixture();
    expect((await download("/export/audit.csv", null)).status).toBe(401);
    for (const ext of ["csv", "ndjson"]) {
      const res = await download(`/export/audit.${ext}`, owner);
      expect(res.status).toBe(404);
      expect(res.body).not.toContain("REQUESTED");
    }
    const staff = await staffClient(app);
    for (const [query, field] of [
      ["types=APPROVED,SIDEWAYS", "types"],
      ["actorEmail=nobody", "actorEmail"],
      ["from=yesterday", "from"],
      ["from=2026-05-02T00:00:00Z&to=2026-05-01T00:00:00Z", "to"],
      ["accountId=a%20b", "accountId"],
    ]) {
      const res = await download(`/export/audit.csv?${query}`, staff);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({
        errors: [{ extensions: { code: "BAD_USER_INPUT", fields: [{ field }] } }],
      });
    }
  });
});
