import { createConnection, type Connection } from "mysql2/promise";
import { migrations } from "../../src/db/migrations";
import { Client } from "../harness";
import { ME } from "../user-api";
import { freshDatabase, ServerProcesses } from "./processes";

/**
 * Migrations take a lock row (replicated like any write, so it holds across the nodes of a
 * cluster, where GET_LOCK would not), renewed while held and taken over when it runs out.
 */
const servers = new ServerProcesses();
let sql: Connection | null = null;

afterEach(async () => {
  servers.stopAll();
  await sql?.end();
  sql = null;
});

async function open(database: string): Promise<Connection> {
  sql = await createConnection({ uri: database });
  return sql;
}

/** Answers GraphQL from the migrated database (signed out, so UNAUTHENTICATED). */
async function serves(url: string): Promise<boolean> {
  const res = await new Client(url).gql(ME);
  return res.status === 200 && res.errors?.[0].extensions?.code === "UNAUTHENTICATED";
}

async function rows<T>(connection: Connection, query: string): Promise<T[]> {
  return (await connection.query(query))[0] as T[];
}

describe("the migration lock", () => {
  it("lets exactly one of three processes starting at once migrate, and all three serve", async () => {
    const database = await freshDatabase("migration_lock_three");
    const urls = await Promise.all([1, 2, 3].map(() => servers.start({ DATABASE_URL: database })));
    for (const url of urls) {
      expect(await serves(url)).toBe(true);
    }
    const connection = await open(database);
    const ran = await rows<{ name: string; n: number }>(
      connection,
      "SELECT name, COUNT(*) AS n FROM migrations GROUP BY name",
    );
    expect(ran).toHaveLength(migrations.length);
    expect(ran.every((r) => Number(r.n) === 1)).toBe(true);
    // Released once the migrations ran.
    expect(await rows(connection, "SELECT * FROM schema_locks")).toEqual([]);
  }, 90_000);

  it("waits for a live holder, and takes over a lock its holder left to run out", async () => {
    const database = await freshDatabase("migration_lock_held");
    const connection = await open(database);
    await connection.query(
      "CREATE TABLE schema_locks (name VARCHAR(64) NOT NULL PRIMARY KEY, owner VARCHAR(64) NOT NULL, expiresAt DATETIME(6) NOT NULL) ENGINE=InnoDB",
    );
    // A process that died while migrating: its lease runs out in 4 s and nobody renews it.
    await connection.query(
      "INSERT INTO schema_locks VALUES ('migrations', 'a-process-that-died', NOW(6) + INTERVAL 4 SECOND)",
    );
    const started = Date.now();
    const url = await servers.start({ DATABASE_URL: database });
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(3_000);
    expect(await serves(url)).toBe(true);
    const [{ n }] = await rows<{ n: number }>(connection, "SELECT COUNT(*) AS n FROM migrations");
    expect(Number(n)).toBe(migrations.length);
    expect(await rows(connection, "SELECT * FROM schema_locks")).toEqual([]);
  }, 90_000);
});
