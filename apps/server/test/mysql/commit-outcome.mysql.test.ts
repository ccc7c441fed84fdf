import { execFileSync } from "node:child_process";
import path from "node:path";
import { createConnection } from "mysql2/promise";
import type { Logger as TypeOrmLogger, QueryRunner } from "typeorm";
import { loadConfig } from "../../src/config";
import { startServer, type RunningServer } from "../../src/server";
import { Client } from "../harness";
import { SIGN_UP, signUpInput } from "../user-api";
import { freshDatabase } from "./processes";

/**
 * A connection lost in the middle of a unit of work. Before COMMIT the transaction is rolled back
 * by the server, so it runs again on another connection and the caller never knows; during COMMIT
 * it may or may not have committed, so it is not run again and the caller is told the outcome is
 * unknown (OUTCOME_UNKNOWN), with nothing of it sent. The connection is killed from another
 * session at the exact statement, as a node going away would drop it.
 */
let database = "";
let server: RunningServer;
/** Kill the connection that runs the next statement matching this, just before it is sent. */
let killAt: { when: (sql: string, runner: QueryRunner | undefined) => boolean } | null = null;
/** The connections that inserted a user, to find their COMMIT. */
const insertedUser = new WeakSet<object>();

function killConnection(threadId: number): void {
  // Synchronously, from a process of its own: the statement waits in the logger until it is done.
  execFileSync(
    process.execPath,
    [
      "-e",
      `require("mysql2/promise").createConnection(process.argv[1])
        .then((c) => c.query("KILL CONNECTION " + Number(process.argv[2])).then(() => c.end()))`,
      database,
      String(threadId),
    ],
    { cwd: path.resolve(__dirname, "..", ".."), stdio: "inherit" },
  );
}

const logger: TypeOrmLogger = {
  logQuery(query, _parameters, runner) {
    if (runner && /^INSERT INTO `users`/.test(query)) insertedUser.add(runner);
    if (killAt?.when(query, runner)) {
      killAt = null;
      const connection = (runner as { databaseConnection?: { threadId?: number } } | undefined)
        ?.databaseConnection;
      killConnection(connection!.threadId!);
    }
  },
  logQueryError: () => undefined,
  logQuerySlow: () => undefined,
  logSchemaBuild: () => undefined,
  logMigration: () => undefined,
  log: () => undefined,
};

async function count(sql: string, parameters: unknown[] = []): Promise<number> {
  const connection = await createConnection({ uri: database });
  try {
    const [rows] = await connection.query(sql, parameters);
    return Number((rows as { n: number | string }[])[0].n);
  } finally {
    await connection.end();
  }
}

async function metric(name: string, labels = ""): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith(`${name}${labels} `));
  return line ? Number(line.split(" ").pop()) : 0;
}

beforeAll(async () => {
  database = await freshDatabase("commit_outcome");
  const config = loadConfig({
    NODE_ENV: "test",
    PORT: "0",
    DATABASE_URL: database,
    APP_URL: "http://app.test",
  });
  server = await startServer(config, {
    startJobs: false,
    queryLogger: logger,
    mailTransport: null,
  });
}, 60_000);

afterAll(async () => {
  await server.close();
});

describe("a connection lost mid-transaction", () => {
  it("before COMMIT: the work runs again on another connection, once, and the retry is counted", async () => {
    const before = await metric("db_transaction_retries_total", '{reason="connection"}');
    killAt = { when: (sql) => /^INSERT INTO `users`/.test(sql) };
    const res = await new Client(server.url).gql(SIGN_UP, {
      input: signUpInput({ email: "grace@ccoesup.com" }),
    });
    expect(killAt).toBeNull();
    expect(res.errors).toBeUndefined();
    expect(res.data?.signUp.email).toBe("grace@ccoesup.com");
    expect(
      await count("SELECT COUNT(*) AS n FROM users WHERE email = ?", ["grace@ccoesup.com"]),
    ).toBe(1);
    expect(
      await count("SELECT COUNT(*) AS n FROM outbox_emails WHERE toAddress = ?", [
        "grace@ccoesup.com",
      ]),
    ).toBe(1);
    expect(await metric("db_transaction_retries_total", '{reason="connection"}')).toBe(before + 1);
  });

  it("during COMMIT: answers OUTCOME_UNKNOWN, does not run it again, and queues nothing", async () => {
    killAt = { when: (sql, runner) => sql === "COMMIT" && !!runner && insertedUser.has(runner) };
    const res = await new Client(server.url).gql(SIGN_UP, {
      input: signUpInput({ email: "linus@ccoesup.com" }),
    });
    expect(killAt).toBeNull();
    expect(res.status).toBe(200);
    expect(res.data).toBeNull();
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["OUTCOME_UNKNOWN"]);
    expect(res.errors?.[0].message).toMatch(/may or may not have been applied/);
    // Killed before the server could commit: nothing was written, nothing is sent, and it
    // was not run again behind the caller's back.
    expect(
      await count("SELECT COUNT(*) AS n FROM users WHERE email = ?", ["linus@ccoesup.com"]),
    ).toBe(0);
    expect(
      await count("SELECT COUNT(*) AS n FROM outbox_emails WHERE toAddress = ?", [
        "linus@ccoesup.com",
      ]),
    ).toBe(0);
    expect(await metric("db_commit_outcome_unknown_total")).toBe(1);

    // The caller's retry runs and takes.
    const retry = await new Client(server.url).gql(SIGN_UP, {
      input: signUpInput({ email: "linus@ccoesup.com" }),
    });
    expect(retry.errors).toBeUndefined();
    expect(
      await count("SELECT COUNT(*) AS n FROM users WHERE email = ?", ["linus@ccoesup.com"]),
    ).toBe(1);
  });
});
