import fs from "node:fs";
import path from "node:path";
import { createConnection } from "mysql2/promise";
import { DataSource, type EntityManager, type Logger as TypeOrmLogger } from "typeorm";
import type { DatabaseConfig } from "../config";
import { StateConflictError } from "../common/errors";
import { AsyncLock } from "../common/lock";
import { entities } from "./entities";
import { isRetryableConflict } from "./errors";
import { migrations } from "./migrations";

/** How many times a unit of work is tried when the database ends it for a lock conflict. */
export const TRANSACTION_ATTEMPTS = 5;

/** Half fixed, half random, on a doubling ceiling (25, 50, 100, 200 ms): racing retries spread out. */
function backoff(attempt: number): number {
  const ceiling = Math.min(25 * 2 ** (attempt - 1), 400);
  return ceiling / 2 + (Math.random() * ceiling) / 2;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * TypeORM reads MariaDB's catalogue differently from MySQL's (column defaults, for one), so the
 * driver follows the server actually found; the SQL it writes is the same for both.
 */
async function mysqlFlavour(url: string): Promise<"mysql" | "mariadb"> {
  const connection = await createConnection({ uri: url });
  try {
    const [rows] = await connection.query("SELECT VERSION() AS version");
    return /mariadb/i.test(String((rows as { version: string }[])[0]?.version))
      ? "mariadb"
      : "mysql";
  } finally {
    await connection.end();
  }
}

export async function createDataSource(
  database: DatabaseConfig,
  logger?: TypeOrmLogger,
): Promise<DataSource> {
  if (database.kind === "mysql") {
    return new DataSource({
      type: await mysqlFlavour(database.url),
      url: database.url,
      entities,
      migrations,
      synchronize: false,
      // mysql2 reads and writes every DATETIME as UTC, whatever the server's zone.
      timezone: "Z",
      charset: "utf8mb4_unicode_ci",
      extra: { connectionLimit: 10 },
      logger,
      logging: logger ? ["query", "error"] : false,
    });
  }
  if (database.file) fs.mkdirSync(path.dirname(database.file), { recursive: true });
  return new DataSource({
    type: "sqljs",
    location: database.file ?? undefined,
    autoSave: database.file !== null,
    entities,
    synchronize: true,
    logger,
    logging: logger ? ["query", "error"] : false,
  });
}

/** What a unit of work leaves for after its commit, by topic (see `afterCommit`). */
const committedTopics = new WeakMap<EntityManager, Set<string>>();

/**
 * Asks for the handlers of `topic` (see `Db.onCommitted`) to run once the unit of work of `em`
 * has committed, and only if it does: a rolled-back or retried attempt leaves nothing behind.
 * Outside a `Db.transaction` nothing runs (the handlers' own timers catch up).
 */
export function afterCommit(em: EntityManager, topic: string): void {
  const topics = committedTopics.get(em) ?? new Set<string>();
  topics.add(topic);
  committedTopics.set(em, topics);
}

export type TransactionOptions = {
  /**
   * READ COMMITTED on MySQL: every statement reads what is committed when it runs, and no gap
   * locks (the embedded database runs one unit of work at a time and ignores it).
   */
  isolation?: "READ COMMITTED";
};

/**
 * The unit-of-work entry point every service uses. On MySQL it is a transaction, run again when the
 * server ends it for a lock conflict; sql.js has a single connection, so every unit of work (reads
 * included) runs alone behind one lock.
 */
export class Db {
  private readonly lock: AsyncLock | null;
  private readonly handlers = new Map<string, () => Promise<void>>();

  constructor(readonly dataSource: DataSource) {
    this.lock = dataSource.options.type === "sqljs" ? new AsyncLock() : null;
  }

  get isMysql(): boolean {
    return this.dataSource.options.type !== "sqljs";
  }

  /**
   * Runs `fn` in one transaction. On MySQL a transaction the server ends for a lock conflict
   * (deadlock, lock-wait timeout) is run again from the start, a bounded number of times with
   * jittered back-off: `fn` must read what it changes inside the transaction (never reuse objects
   * a failed attempt changed) and keep its side effects in it (mail goes through the outbox).
   */
  async transaction<T>(
    fn: (em: EntityManager) => Promise<T>,
    options: TransactionOptions = {},
  ): Promise<T> {
    const last: { em: EntityManager | null } = { em: null };
    const run = () => {
      const work = (em: EntityManager) => {
        last.em = em;
        return fn(em);
      };
      return options.isolation && this.isMysql
        ? this.dataSource.transaction(options.isolation, work)
        : this.dataSource.transaction(work);
    };
    const result = await this.attempts(run);
    // Committed: the attempt that succeeded is the last one that ran.
    const topics = last.em ? committedTopics.get(last.em) : undefined;
    if (topics) for (const topic of topics) await this.handlers.get(topic)?.();
    return result;
  }

  /**
   * What runs after each unit of work that called `afterCommit(em, topic)` commits, before the
   * unit of work returns to its caller. It runs outside the transaction and must not throw.
   */
  onCommitted(topic: string, handler: () => Promise<void>): void {
    this.handlers.set(topic, handler);
  }

  private async attempts<T>(run: () => Promise<T>): Promise<T> {
    if (this.lock) return this.lock.run(run);
    for (let attempt = 1; ; attempt++) {
      try {
        return await run();
      } catch (error) {
        if (!isRetryableConflict(error)) throw error;
        if (attempt >= TRANSACTION_ATTEMPTS) {
          // A race the retries could not settle is still the caller's to retry, never a fault.
          throw Object.assign(
            new StateConflictError(
              "Others were changing the same records at the same moment. Try again.",
            ),
            { cause: error },
          );
        }
        await sleep(backoff(attempt));
      }
    }
  }

  read<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const run = () => fn(this.dataSource.manager);
    return this.lock ? this.lock.run(run) : run();
  }
}

const MIGRATION_LOCK = "smart_accounts_migrations";

/** Runs pending migrations under a database lock, so several processes may start at once. */
export async function migrate(dataSource: DataSource): Promise<void> {
  if (dataSource.options.type === "sqljs") {
    await dataSource.synchronize();
    return;
  }
  const runner = dataSource.createQueryRunner();
  try {
    const [row] = (await runner.query("SELECT GET_LOCK(?, 120) AS acquired", [MIGRATION_LOCK])) as {
      acquired: number | string;
    }[];
    if (Number(row?.acquired) !== 1) throw new Error("Timed out waiting for the migration lock");
    try {
      await dataSource.runMigrations({ transaction: "each" });
    } finally {
      await runner.query("SELECT RELEASE_LOCK(?)", [MIGRATION_LOCK]);
    }
  } finally {
    await runner.release();
  }
}

/**
 * One process owns an embedded database file: a second one would overwrite the first's writes
 * on its next save.
 */
export function claimDatabaseFile(database: DatabaseConfig): () => void {
  if (database.kind !== "sqlite" || database.file === null) return () => undefined;
  const lockFile = `${database.file}.lock`;
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(fs.readFileSync(lockFile, "utf8"));
      if (owner && isAlive(owner)) {
        throw new Error(
          `The embedded database ${database.file} is in use by process ${owner}; stop it or use DATABASE_URL.`,
        );
      }
      fs.rmSync(lockFile, { force: true });
    }
  }
  return () => fs.rmSync(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
