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

  // Its updates replayed again on the same account match nothing now: reported, not measured.
  const again = await replay(
    pool,
    statementsOf("approve-twin").filter((s) => /^\s*UPDATE `smart_accounts`/.test(s.sql)),
  );
  expect(again.mismatches.length).toBeGreaterThan(0);
});
