import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPool, type Pool } from "mysql2/promise";
import { CREATE_TWIN_COUNTER, renameCall, replay } from "../../src/cli/bench/replay";
import { readCaptureFile } from "../../src/db/statement-capture";
import { REQUEST, APPROVE } from "../account-api";
import { startTestApp, type Client, type TestApp } from "../harness";
import { registeredUser } from "../user-api";
import { freshDatabase } from "./processes";

// The benchmark's baseline replays the statements the server was captured running for a request:
// the capture must hold exactly those (with their parameters and row counts), only for requests
// that carry the token, and a renamed replay must do the same work on rows of its own.
const TOKEN = "a-capture-token-of-at-least-32-characters";
let app: TestApp;
let file: string;
let url: string;
let pool: Pool;

beforeAll(async () => {
  url = await freshDatabase("capture");
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sam-capture-")), "capture.jsonl");
  app = await startTestApp({
    env: { DATABASE_URL: url, SQL_CAPTURE_FILE: file, SQL_CAPTURE_TOKEN: TOKEN },
  });
  pool = createPool({ uri: url, connectionLimit: 2, timezone: "Z" });
  await pool.query(...CREATE_TWIN_COUNTER);
});

afterAll(async () => {
  await pool.end();
  await app.close();
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
});

async function requestAccount(client: Client, name: string, approver: string, requestId: string) {
  client.headers = { "x-sql-capture": TOKEN, "x-request-id": requestId };
  const result = await client.gql(REQUEST, {
    input: { authorization: "SOMEONE_ELSE", name, approverEmails: [approver] },
  });
  client.headers = {};
  expect(result.errors).toBeUndefined();
  return result.data!.requestSmartAccount.smartAccount.id;
}

async function countWhere(sql: string, params: unknown[]): Promise<number> {
  const [rows] = await pool.query(sql, params);
  return Number((rows as { n: number }[])[0].n);
}

it("records a marked request's statements with their parameters and row counts, and nothing else", async () => {
  const requester = await registeredUser(app, { email: "rita@capture-one.com" });
  const before = readCaptureFile(file).requests.length;
  expect(readCaptureFile(file).header.pool.connectionLimit).toBeGreaterThan(0);

  // Without the token (or with a wrong one) nothing is written.
  requester.headers = { "x-sql-capture": "not-the-token-but-just-as-long-as-it!" };
  await requester.gql(REQUEST, {
    input: { authorization: "SOMEONE_ELSE", name: "Unmarked", approverEmails: ["x@capture-x.com"] },
  });
  requester.headers = {};
  expect(readCaptureFile(file).requests).toHaveLength(before);

  const id = await requestAccount(requester, "Marked Co", "olga@capture-two.com", "req-marked-1");
  const { requests } = readCaptureFile(file);
  expect(requests).toHaveLength(before + 1);
  const captured = requests[before];
  expect(captured.requestId).toBe("req-marked-1");
  const insert = captured.statements.find((s) => /^INSERT INTO `smart_accounts`/.test(s.sql));
  expect(insert?.parameters).toEqual(expect.arrayContaining([id, "Marked Co"]));
  // Dates are tagged so the replay gets dates back, not strings.
  expect(insert?.parameters).toEqual(
    expect.arrayContaining([{ $date: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]),
  );
  const memberships = captured.statements.find((s) =>
    /^INSERT INTO directory_memberships/.test(s.sql),
  );
  expect(memberships?.affectedRows).toBeGreaterThan(0);
  expect(captured.statements.some((s) => s.rows !== null && s.rows > 0)).toBe(true);
});

it("a renamed replay of a request and its approval changes as many rows, on a twin account", async () => {
  const requester = await registeredUser(app, { email: "rex@capture-three.com" });
  const approver = await registeredUser(app, { email: "ann@mk1-approver.com" });
  const id = await requestAccount(requester, "Twin mk1", "ann@mk1-approver.com", "req-twin");
  approver.headers = { "x-sql-capture": TOKEN, "x-request-id": "approve-twin" };
  const approved = await approver.gql(APPROVE, {
    input: { smartAccountId: id, acceptTerms: true },
  });
  approver.headers = {};
  expect(approved.errors).toBeUndefined();
  const { requests } = readCaptureFile(file);
  const statementsOf = (rid: string) => requests.find((r) => r.requestId === rid)!.statements;

  const mapping = new Map<string, string>();
  const markers: [string, string][] = [["mk1", "mk2"]];
  const request = await replay(pool, renameCall(statementsOf("req-twin"), mapping, markers));
  expect(request.mismatches).toEqual([]);
  const twin = mapping.get(id);
  expect(twin).toBeDefined();
  expect(twin).not.toBe(id);
  expect(
    await countWhere("SELECT COUNT(*) AS n FROM smart_accounts WHERE id = ? AND name = ?", [
      twin,
      "Twin mk2",
    ]),
  ).toBe(1);
  const approval = await replay(pool, renameCall(statementsOf("approve-twin"), mapping, markers));
  expect(approval.mismatches).toEqual([]);
  const [statuses] = await pool.query("SELECT id, status FROM smart_accounts WHERE id IN (?, ?)", [
    id,
    twin,
  ]);
  const byId = new Map((statuses as { id: string; status: string }[]).map((r) => [r.id, r.status]));
  expect(byId.get(id)).toBe(approved.data!.approveSmartAccount.smartAccount.status);
  expect(byId.get(twin!)).toBe(byId.get(id));
  expect(byId.get(id)).not.toBe("PENDING_CUSTOMER_ACCEPTANCE");

  // The server's catch-up timer may number the twin's event before the replay's own numbering
  // does: the replay numbers it again rather than report (or measure) a numbering of nothing.
  // (A second twin of the same call takes the same negated positions: the first's move aside.)
  await pool.query("UPDATE account_events SET position = position - 1000000 WHERE position < 0");
  const second = new Map<string, string>();
  const numbering = renameCall(statementsOf("req-twin"), second, [["mk1", "mk3"]]);
  const at = numbering.findIndex((s) => /^\s*UPDATE `account_events` SET `position`/.test(s.sql));
  expect(at).toBeGreaterThan(0);
  // The numbering is a transaction of its own, after the request's committed.
  let begins = at;
  while (begins > 0 && !/^\s*(START TRANSACTION|BEGIN)/i.test(numbering[begins].sql)) begins -= 1;
  while (begins > 0 && /^\s*SET TRANSACTION/i.test(numbering[begins - 1].sql)) begins -= 1;
  expect(
    numbering.slice(0, begins).some((s) => /^\s*INSERT INTO `account_events`/.test(s.sql)),
  ).toBe(true);
  expect((await replay(pool, numbering.slice(0, begins))).mismatches).toEqual([]);
  const twinEvents = numbering[at].parameters.filter(
    (p): p is string => typeof p === "string" && /^[0-9a-f-]{36}$/.test(p),
  );
  expect(twinEvents.length).toBeGreaterThan(0);
  await pool.query(
    "UPDATE account_events SET position = 900000 + FLOOR(RAND() * 1000) WHERE id IN (?)",
    [twinEvents],
  );
  expect((await replay(pool, numbering.slice(begins))).mismatches).toEqual([]);
  const [numbered] = await pool.query("SELECT position FROM account_events WHERE id IN (?)", [
    twinEvents,
  ]);
  expect(
    (numbered as { position: number }[]).every((r) => r.position < 0 && r.position > -1000),
  ).toBe(true);

  // Its updates replayed again on the same account match nothing now: reported, not measured.
  const again = await replay(
    pool,
    statementsOf("approve-twin").filter((s) => /^\s*UPDATE `smart_accounts`/.test(s.sql)),
  );
  expect(again.mismatches.length).toBeGreaterThan(0);
});
