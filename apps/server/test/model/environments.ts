import { spawn } from "node:child_process";
import path from "node:path";
import { createConnection } from "mysql2/promise";
import { DAY } from "../../src/common/clock";
import { startTestApp } from "../harness";
import { freshDatabase, ServerProcesses } from "../mysql/processes";
import { PASSWORD } from "../user-api";
import type { Env } from "./model";

/** The embedded database, one server in this process: the test owns the clock and the lapse job. */
export async function embeddedEnv(): Promise<Env & { close(): Promise<void> }> {
  const app = await startTestApp();
  return {
    name: "the embedded database",
    urls: [app.url],
    query: (sql, params) => app.services.db.read((em) => em.query(sql, params ?? [])),
    async createStaff(email) {
      await app.services.users.createStaff({
        email,
        name: "Sam Staff",
        company: "Ops",
        password: PASSWORD,
      });
    },
    async advance(days) {
      app.clock.advance(days * DAY);
      await app.services.lapseJob.run();
    },
    reset: () => app.reset(),
    close: () => app.close(),
  };
}

const serverDir = path.resolve(__dirname, "..", "..");

function run(args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-r", "@swc-node/register", ...args], {
      cwd: serverDir,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (out += c.toString()));
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(" ")}: ${out}`)),
    );
  });
}

/**
 * MariaDB/MySQL behind two real server processes on one fresh database (TEST_DATABASE_URL names
 * the server); the invariants read the database through a connection of their own.
 */
export async function mysqlEnv(suffix = "model"): Promise<Env & { close(): Promise<void> }> {
  // The named database need not exist: the fresh one is made beside it.
  const server = new URL(process.env.TEST_DATABASE_URL as string);
  const base = server.pathname.slice(1);
  server.pathname = "/";
  const admin = await createConnection({ uri: server.toString() });
  if (base) await admin.query(`CREATE DATABASE IF NOT EXISTS \`${base}\``);
  await admin.end();
  const database = await freshDatabase(suffix);
  const servers = new ServerProcesses();
  const env = { DATABASE_URL: database, TRUST_PROXY: "true" };
  const urls = await Promise.all([servers.start(env), servers.start(env)]);
  const sql = await createConnection({ uri: database, dateStrings: false });
  const query = async <T>(statement: string, params?: unknown[]) =>
    (await sql.query(statement, params ?? []))[0] as T[];
  let staff = false;
  return {
    name: "MariaDB with two server processes",
    urls,
    query,
    async createStaff(email) {
      if (staff) return;
      await run(["src/cli/create-staff.ts", "--email", email, "--name", "Sam Staff"], {
        DATABASE_URL: database,
        STAFF_PASSWORD: PASSWORD,
        LOG_LEVEL: "silent",
      });
      staff = true;
    },
    async reset() {
      // Everything but the staff member (made by the command line once) and the servers' secret.
      const [tables] = (await sql.query("SHOW TABLES")) as unknown as [Record<string, string>[]];
      for (const row of tables) {
        const table = Object.values(row)[0];
        if (table === "migrations" || table === "server_secrets") continue;
        await sql.query(
          table === "users" ? "DELETE FROM users WHERE isStaff = 0" : `DELETE FROM \`${table}\``,
        );
      }
    },
    async close() {
      servers.stopAll();
      await sql.end();
    },
  };
}
