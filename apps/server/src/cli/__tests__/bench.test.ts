import { ConfigError, loadConfig } from "../../config";
import { renameCall, TWIN_EVENTS_COUNTER } from "../bench/replay";
import { evaluateTargets, type Measured } from "../bench/targets";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readCaptureFile, type CapturedStatement } from "../../db/statement-capture";

const TOKEN = "a-capture-token-of-at-least-32-characters";

describe("statement capture configuration", () => {
  it.each([
    [{ SQL_CAPTURE_FILE: "capture.jsonl" }, "SQL_CAPTURE_TOKEN"],
    [{ SQL_CAPTURE_FILE: "capture.jsonl", SQL_CAPTURE_TOKEN: "short" }, "SQL_CAPTURE_TOKEN"],
    [{ SQL_CAPTURE_TOKEN: TOKEN }, "SQL_CAPTURE_FILE"],
    [{ SQL_CAPTURE_FILE: "capture.jsonl", SQL_CAPTURE_TOKEN: TOKEN }, "SQL_CAPTURE_FILE"],
  ])("refuses %j, naming %s", (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${variable}:`));
  });

  it("is off unless asked for", () => {
    expect(loadConfig({}).sqlCapture).toBeNull();
  });

  it("refuses the embedded database, which has no pool to capture", () => {
    expect(() =>
      loadConfig({ SQL_CAPTURE_FILE: "capture.jsonl", SQL_CAPTURE_TOKEN: TOKEN }),
    ).toThrow(/^SQL_CAPTURE_FILE: statement capture needs a MySQL DATABASE_URL/);
  });
});

describe("reading a capture file", () => {
  it("takes only whole lines: the server may be writing the last one", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "capture-"));
    const file = path.join(dir, "capture.jsonl");
    const header = { pool: { connectionLimit: 10 } };
    const request = { requestId: "r1", statements: [] };
    const partial = JSON.stringify({ requestId: "r2", statements: [] }).slice(0, 12);
    fs.writeFileSync(file, `${JSON.stringify(header)}\n${JSON.stringify(request)}\n${partial}`);
    try {
      expect(readCaptureFile(file)).toEqual({ header, requests: [request] });
      fs.appendFileSync(file, `${JSON.stringify({ requestId: "r2", statements: [] }).slice(12)}\n`);
      expect(readCaptureFile(file).requests.map((r) => r.requestId)).toEqual(["r1", "r2"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

const statement = (
  sql: string,
  parameters: CapturedStatement["parameters"],
  rows: number | null = null,
): CapturedStatement => ({
  connection: 1,
  sql,
  parameters,
  rows,
  affectedRows: rows === null ? 1 : null,
});

describe("renaming a captured write for the baseline's twin call", () => {
  const user = "11111111-1111-4111-8111-111111111111";
  const account = "22222222-2222-4222-8222-222222222222";
  const email = "33333333-3333-4333-8333-333333333333";
  const captured = [
    statement("SELECT * FROM users WHERE id = ?", [user], 1),
    statement("SELECT * FROM outbox_emails WHERE id = ?", [email], 0),
    statement("INSERT INTO smart_accounts (id, name, requesterId) VALUES (?, ?, ?)", [
      account,
      "Bench m1",
      user,
    ]),
    statement("INSERT INTO outbox_emails (id, toAddress, sentAt) VALUES (?, ?, ?)", [
      email,
      "a@m1-x.com",
      { $date: "2026-01-01T00:00:00.000Z" },
    ]),
    statement("UPDATE smart_accounts SET version = version + 1 WHERE id IN (?)", [[account]]),
    statement("UPDATE `account_events` SET `position` = CASE `id` WHEN ? THEN ? END", [
      account,
      27,
    ]),
  ];

  it("gives the call's new ids new values everywhere, keeps existing ones, and swaps the marker", () => {
    const mapping = new Map<string, string>();
    const twin = renameCall(captured, mapping, [["m1", "m2"]]);
    const newAccount = mapping.get(account)!;
    const newEmail = mapping.get(email)!;
    expect(newAccount).toMatch(/^[0-9a-f-]{36}$/);
    expect(newAccount).not.toBe(account);
    expect(mapping.has(user)).toBe(false);
    expect(twin[0].parameters).toEqual([user]);
    // The probe before the insert asks for the twin's row, not the server's.
    expect(twin[1].parameters).toEqual([newEmail]);
    expect(twin[2].parameters).toEqual([newAccount, "Bench m2", user]);
    expect(twin[3].parameters).toEqual([
      newEmail,
      "a@m2-x.com",
      { $date: "2026-01-01T00:00:00.000Z" },
    ]);
    expect(twin[4].parameters).toEqual([[newAccount]]);
    expect(twin[5].parameters).toEqual([newAccount, -27]);
  });

  it("numbers the twin's events from a counter row of its own, never the server's", () => {
    // Replayed on the server's row, the closing SET would move the real counter back behind
    // positions handed out since, and the server's next numbering would give one out twice.
    const twin = renameCall(
      [
        statement("UPDATE `sequence_counters` SET `value` = value WHERE `name` = ?", [
          "account_events",
        ]),
        statement("SELECT * FROM `sequence_counters` WHERE `name` = ? LIMIT 1", ["account_events"]),
        statement("UPDATE `sequence_counters` SET `value` = ? WHERE `name` IN (?)", [
          268,
          "account_events",
        ]),
        statement("SELECT * FROM smart_accounts WHERE name = ?", ["account_events"]),
      ],
      new Map(),
    );
    expect(twin.map((s) => s.parameters)).toEqual([
      [TWIN_EVENTS_COUNTER],
      [TWIN_EVENTS_COUNTER],
      [268, TWIN_EVENTS_COUNTER],
      ["account_events"],
    ]);
  });

  it("renames a later call on the same rows with the same mapping", () => {
    const mapping = new Map<string, string>();
    renameCall(captured, mapping);
    const later = renameCall(
      [statement("UPDATE smart_accounts SET status = ? WHERE id = ?", ["ACTIVE", account])],
      mapping,
    );
    expect(later[0].parameters).toEqual(["ACTIVE", mapping.get(account)]);
  });
});

describe("the bench's targets", () => {
  const met: Measured = {
    reads: [
      ...["10k", "1m"].flatMap((size) => [
        { size, name: "directory", connections: 1, p50: 4, p99: 15, ratio: 0.8, errors: 0 },
        { size, name: "directory", connections: 16, p50: 20, p99: 40, ratio: 0.8, errors: 0 },
        {
          size,
          name: "directory, heavy user",
          connections: 1,
          p50: 8,
          p99: 15,
          ratio: null,
          errors: 0,
        },
        { size, name: "detail", connections: 1, p50: 2, p99: 5, ratio: 0.8, errors: 0 },
        { size, name: "detail", connections: 16, p50: 9, p99: 20, ratio: 0.8, errors: 0 },
        { size, name: "search", connections: 1, p50: 8, p99: 15, ratio: 0.8, errors: 0 },
        { size, name: "search", connections: 16, p50: 30, p99: 60, ratio: 0.8, errors: 0 },
      ]),
    ],
    writes: [
      { name: "requestSmartAccount", ratio: 0.8, mismatches: 0 },
      { name: "approveSmartAccount", ratio: 0.8, mismatches: 0 },
    ],
    outbox: { emails: 2000, perSecond: 250, duplicates: 0 },
  };

  it("are all met by a run that meets each", () => {
    expect(evaluateTargets(met, ["10k", "1m"]).filter((v) => !v.met)).toEqual([]);
  });

  it("are missed when a figure is over, a replay diverged, or something was not measured", () => {
    const slow = structuredClone(met);
    slow.reads[7].p50 = 6; // directory at 1m
    slow.writes[1].mismatches = 2;
    slow.outbox = null;
    const missed = evaluateTargets(slow, ["10k", "1m"])
      .filter((v) => !v.met)
      .map((v) => v.target);
    expect(missed).toEqual(
      expect.arrayContaining([
        "directory p50 ≤ 5 ms at 1m, 1 connection",
        "directory p50 grows ≤ 1.3× from 10k to 1m",
        "approveSmartAccount: B1's replay changes the rows the server changed",
        "outbox ≥ 200 emails/s",
      ]),
    );
    expect(missed).toHaveLength(5);
  });
});
