import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createConnection } from "mysql2/promise";
import { DataSource, type EntityManager, type Logger as TypeOrmLogger } from "typeorm";
import type { DatabaseConfig } from "../config";
import {
  CommitOutcomeUnknownError,
  DatabaseUnavailableError,
  StateConflictError,
} from "../common/errors";
import { AsyncLock } from "../common/lock";
import { entities } from "./entities";
import { HostRing } from "./failover";
import {
  isConnectionFailure,
  isNodeNotReady,
  isRetryableConflict,
  isUniqueViolation,
  type RetryReason,
} from "./errors";
import { migrations } from "./migrations";
import type { ReadRoute, Replicas } from "./replicas";

/** How many times a unit of work is tried when the database ends it for a lock conflict. */
export const TRANSACTION_ATTEMPTS = 5;
/**
 * How many times it is tried when the connection fails (a node going away): enough back-off
 * (about 4 s in all) for the pool to reach another node, or for a restarting one to come up.
 */
export const CONNECTION_ATTEMPTS = 8;

/** Half fixed, half random, on a doubling ceiling (25, 50, 100, 200 ms …): racing retries spread out. */
function backoff(attempt: number, cap: number): number {
  const ceiling = Math.min(25 * 2 ** (attempt - 1), cap);
  return ceiling / 2 + (Math.random() * ceiling) / 2;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** What the units of work met since the process started, for /metrics. */
export type DbStats = {
  /** Attempts run again, by why the one before failed. */
  retries: Record<RetryReason, number>;
  /** Units of work that ran out of attempts, by why the last one failed. */
  exhausted: Record<RetryReason, number>;
  /** Commits whose connection was lost before the server answered. */
  unknownOutcomes: number;
};

/**
 * TypeORM reads MariaDB's catalogue differently from MySQL's (column defaults, for one), so the
 * driver follows the server actually found; the SQL it writes is the same for both.
 */
async function mysqlFlavour(url: string, ring: HostRing | null): Promise<"mysql" | "mariadb"> {
  for (let tried = 1; ; tried++) {
    try {
      const connection = await createConnection(
        ring ? { uri: url, stream: () => ring.connect() } : { uri: url },
      );
      try {
        const [rows] = await connection.query("SELECT VERSION() AS version");
        return /mariadb/i.test(String((rows as { version: string }[])[0]?.version))
          ? "mariadb"
          : "mysql";
      } finally {
        await connection.end();
      }
    } catch (error) {
      // A cluster's node that is down: the ring has moved on to the next one.
      if (!ring || tried >= ring.hosts.length || !isConnectionFailure(error)) throw error;
      if (isNodeNotReady(error)) ring.notReady();
    }
  }
}

/** The nodes each MySQL data source given several hosts connects through. */
const hostRings = new WeakMap<DataSource, HostRing>();

export async function createDataSource(
  database: DatabaseConfig,
  logger?: TypeOrmLogger,
): Promise<DataSource> {
  if (database.kind === "mysql") {
    // Several hosts: every new connection goes through the ring (mysql2 ignores host and port
    // when given a stream), so the pool follows the cluster's nodes as they come and go.
    const ring = database.hosts && database.hosts.length > 1 ? new HostRing(database.hosts) : null;
    const dataSource = new DataSource({
      type: await mysqlFlavour(database.url, ring),
      url: database.url,
      entities,
      migrations,
      synchronize: false,
      // mysql2 reads and writes every DATETIME as UTC, whatever the server's zone.
      timezone: "Z",
      charset: "utf8mb4_unicode_ci",
      // trace: false, because mysql2 otherwise captures a stack trace for every statement (4 %
      // of the server's time on an account page under load); errors keep their message, code
      // and the async stack of the caller.
      extra: ring
        ? { connectionLimit: 10, trace: false, connectTimeout: 5_000, stream: () => ring.connect() }
        : { connectionLimit: 10, trace: false },
      logger,
      logging: logger ? ["query", "error"] : false,
    });
    if (ring) hostRings.set(dataSource, ring);
    return dataSource;
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

/** What a unit of work runs just before it commits, in the order asked (see `beforeCommit`). */
const pendingBeforeCommit = new WeakMap<EntityManager, Map<string, () => Promise<void>>>();

/**
 * Runs `flush` once, as the last statements of the unit of work of `em`, before it commits: work
 * gathered during the transaction and written in one go (say, the emails it queued, as one
 * multi-row insert). Asked again under the same key, the first flush stands. Outside a
 * transaction (no unit of work to end), it runs at once.
 */
export async function beforeCommit(
  em: EntityManager,
  key: string,
  flush: () => Promise<void>,
): Promise<void> {
  if (!em.queryRunner?.isTransactionActive) {
    await flush();
    return;
  }
  const pending = pendingBeforeCommit.get(em) ?? new Map<string, () => Promise<void>>();
  pendingBeforeCommit.set(em, pending);
  if (!pending.has(key)) pending.set(key, flush);
}

async function flushBeforeCommit(em: EntityManager): Promise<void> {
  const pending = pendingBeforeCommit.get(em);
  if (!pending) return;
  pendingBeforeCommit.delete(em);
  for (const flush of pending.values()) await flush();
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
 * server ends it for a lock conflict or its connection fails before it commits; sql.js has a
 * single connection, so every unit of work (reads included) runs alone behind one lock.
 */
export class Db {
  private readonly lock: AsyncLock | null;
  private readonly handlers = new Map<string, () => Promise<void>>();
  readonly stats: DbStats = {
    retries: { conflict: 0, connection: 0 },
    exhausted: { conflict: 0, connection: 0 },
    unknownOutcomes: 0,
  };

  /**
   * `replicas`: DATABASE_READ_URLS' replicas, read only through `readFrom` by the few services
   * that opt in; everything else (`read`, `transaction`) is the primary's.
   */
  constructor(
    readonly dataSource: DataSource,
    readonly replicas: Replicas | null = null,
  ) {
    this.lock = dataSource.options.type === "sqljs" ? new AsyncLock() : null;
  }

  get isMysql(): boolean {
    return this.dataSource.options.type !== "sqljs";
  }

  /**
   * Runs `fn` in one transaction. On MySQL a transaction the server ends for a lock conflict
   * (deadlock, lock-wait timeout, a Galera certification failure) or whose connection fails
   * before COMMIT is run again from the start, a bounded number of times with jittered
   * back-off: `fn` must read what it changes inside the transaction (never reuse objects a
   * failed attempt changed) and keep its side effects in it (mail goes through the outbox, and
   * the after-commit handlers run only for the attempt that committed). A connection lost
   * during COMMIT is not run again: it may have committed, and the caller gets
   * `CommitOutcomeUnknownError`.
   */
  async transaction<T>(
    fn: (em: EntityManager) => Promise<T>,
    options: TransactionOptions = {},
  ): Promise<T> {
    const last: { em: EntityManager | null } = { em: null };
    const work = async (em: EntityManager) => {
      last.em = em;
      const result = await fn(em);
      await flushBeforeCommit(em);
      return result;
    };
    const result = this.lock
      ? await this.lock.run(() => this.dataSource.transaction(work))
      : await this.attempts(() => this.mysqlTransaction(work, options.isolation));
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

  /**
   * TypeORM's `transaction()` by hand, to know whether a failure came before COMMIT was sent
   * (the transaction is rolled back: safe to run again) or while it was in flight (unknown).
   */
  private async mysqlTransaction<T>(
    work: (em: EntityManager) => Promise<T>,
    isolation: TransactionOptions["isolation"],
  ): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    let committing = false;
    try {
      await runner.startTransaction(isolation);
      const result = await work(runner.manager);
      committing = true;
      await runner.commitTransaction();
      return result;
    } catch (error) {
      // A node that answers "not ready" (Galera's 1047) did not commit; a lost socket may have.
      if (committing && isConnectionFailure(error) && !isNodeNotReady(error)) {
        this.stats.unknownOutcomes += 1;
        throw Object.assign(new CommitOutcomeUnknownError(), { cause: error });
      }
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release().catch(() => undefined);
    }
  }

  private async attempts<T>(run: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await run();
      } catch (error) {
        const reason: RetryReason | null = isRetryableConflict(error)
          ? "conflict"
          : isConnectionFailure(error)
            ? "connection"
            : null;
        if (reason === null) throw error;
        // A node that is up but not ready: new connections go to the next one.
        if (isNodeNotReady(error)) hostRings.get(this.dataSource)?.notReady();
        const limit = reason === "conflict" ? TRANSACTION_ATTEMPTS : CONNECTION_ATTEMPTS;
        if (attempt >= limit) {
          this.stats.exhausted[reason] += 1;
          // A race the retries could not settle is still the caller's to retry, never a fault.
          throw Object.assign(
            reason === "conflict"
              ? new StateConflictError(
                  "Others were changing the same records at the same moment. Try again.",
                )
              : new DatabaseUnavailableError(),
            { cause: error },
          );
        }
        this.stats.retries[reason] += 1;
        await sleep(backoff(attempt, reason === "conflict" ? 400 : 1000));
      }
    }
  }

  /**
   * Reads outside a transaction, from the primary; on MySQL run again on another connection if
   * theirs fails.
   */
  read<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const run = () => fn(this.dataSource.manager);
    return this.lock ? this.lock.run(run) : this.attempts(run);
  }

  /**
   * A read that may be served by a replica: only when the request's route allows it (see
   * ReadRoute) and replicas are configured; otherwise, or when no replica answers, exactly
   * `read`. Only for what may be shown a few seconds stale and decides nothing.
   */
  readFrom<T>(route: ReadRoute, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    if (!route.replica || !this.replicas) return this.read(fn);
    return this.replicas.read(fn, () => this.read(fn));
  }
}

/**
 * The migration lock is a row, not GET_LOCK: a named lock lives on one server, so on a Galera
 * cluster two processes on two nodes would both hold it (and a node may refuse GET_LOCK
 * outright). A row is replicated like any other write: of two processes inserting it at once,
 * on one node or two, one insert commits and the other meets the key (or loses certification)
 * and waits. The row carries an expiry that its holder renews, so a process that dies while
 * migrating leaves a lock the next one takes over once it has run out.
 */
export const LOCK_TABLE = "schema_locks";
const MIGRATION_LOCK = "migrations";
/** How long a held lock stays valid without renewal; renewed every third of it. */
const LOCK_LEASE_SECONDS = 60;
/** How long a starting process waits for another's migrations before giving up. */
const LOCK_WAIT_MS = 120_000;

async function tryLock(dataSource: DataSource, owner: string): Promise<boolean> {
  try {
    await dataSource.query(
      `INSERT INTO ${LOCK_TABLE} (name, owner, expiresAt) VALUES (?, ?, NOW(6) + INTERVAL ${LOCK_LEASE_SECONDS} SECOND)`,
      [MIGRATION_LOCK, owner],
    );
    return true;
  } catch (error) {
    if (!isUniqueViolation(error) && !isRetryableConflict(error)) throw error;
  }
  // Held: taken over only once its holder stopped renewing it.
  const result = (await dataSource.query(
    `UPDATE ${LOCK_TABLE} SET owner = ?, expiresAt = NOW(6) + INTERVAL ${LOCK_LEASE_SECONDS} SECOND WHERE name = ? AND expiresAt < NOW(6)`,
    [owner, MIGRATION_LOCK],
  )) as { affectedRows?: number };
  return result.affectedRows === 1;
}

/**
 * Runs pending migrations under the lock row, so several processes may start at once, on one
 * database or on every node of a cluster. (Migrating with `pnpm db:migrate` before the servers
 * start needs no lock at all; the servers then find nothing pending.)
 */
export async function migrate(dataSource: DataSource): Promise<void> {
  if (dataSource.options.type === "sqljs") {
    await dataSource.synchronize();
    return;
  }
  await dataSource.query(
    `CREATE TABLE IF NOT EXISTS ${LOCK_TABLE} (name VARCHAR(64) NOT NULL PRIMARY KEY, owner VARCHAR(64) NOT NULL, expiresAt DATETIME(6) NOT NULL) ENGINE=InnoDB`,
  );
  const owner = randomUUID();
  const deadline = Date.now() + LOCK_WAIT_MS;
  while (!(await tryLock(dataSource, owner))) {
    if (Date.now() >= deadline) throw new Error("Timed out waiting for the migration lock");
    await sleep(250 + Math.random() * 250);
  }
  const renew = setInterval(
    () => {
      dataSource
        .query(
          `UPDATE ${LOCK_TABLE} SET expiresAt = NOW(6) + INTERVAL ${LOCK_LEASE_SECONDS} SECOND WHERE name = ? AND owner = ?`,
          [MIGRATION_LOCK, owner],
        )
        .catch(() => undefined);
    },
    (LOCK_LEASE_SECONDS * 1000) / 3,
  );
  try {
    await dataSource.runMigrations({ transaction: "each" });
  } finally {
    clearInterval(renew);
    await dataSource.query(`DELETE FROM ${LOCK_TABLE} WHERE name = ? AND owner = ?`, [
      MIGRATION_LOCK,
      owner,
    ]);
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
