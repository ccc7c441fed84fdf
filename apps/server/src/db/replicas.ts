import type { Logger } from "pino";
import {
  DataSource,
  QueryFailedError,
  type EntityManager,
  type Logger as TypeOrmLogger,
} from "typeorm";
import { entities } from "./entities";
import { tuneSessions } from "./session-tuning";
import { isConnectionFailure } from "./errors";

/**
 * Where one request's replica-eligible reads go. It starts on the primary and a request moves
 * to a replica only when graphql/read-routing.ts says it may (a query asking only for what may
 * be read stale, from a caller who has not written lately); services that may read a replica
 * take the route and hand it to `Db.readFrom`, every other read ignores it.
 */
export type ReadRoute = { replica: boolean };

/** The route of anything that is not a request (jobs, commands): always the primary. */
export const PRIMARY: ReadRoute = Object.freeze({ replica: false });

/** Why a read meant for a replica was served by the primary. */
export type ReplicaFallbackReason = "unreachable" | "error";

export type ReplicaStats = {
  /** Reads a replica served. */
  reads: number;
  /** Reads meant for a replica that the primary served, by why. */
  fallbacks: Record<ReplicaFallbackReason, number>;
};

/** A replica's URL for the logs: its password left out. */
function redacted(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

/** How long a replica that failed to connect is passed over before it is tried again. */
const DOWN_MS = 5_000;
/** A replica that does not answer is given up quickly: the primary is there to answer. */
const CONNECT_TIMEOUT_MS = 2_000;

type Replica = {
  url: string;
  source: DataSource | null;
  opening: Promise<DataSource> | null;
  downUntil: number;
};

/**
 * The read replicas of DATABASE_READ_URLS, one small pool each, taken in turn.
 *
 * Not TypeORM's own `replication` option, which does not fit here: with it every read through
 * a DataSource's manager outside a transaction (`find`, query builders: what sessions, rate
 * limits and authorization read with) goes to a replica unless `defaultMode: "master"` is set;
 * its `extra` options (the primary's cluster ring, see failover.ts) apply to the replicas' pools
 * too; and the primary itself becomes a node of mysql2's PoolCluster, which by default drops a
 * node for good after five connection errors (`removeNodeErrorCount` 5, `restoreNodeTimeout`
 * 0), so a failover between cluster nodes would remove the primary. Here the primary's DataSource is left
 * exactly as it is and nothing reads a replica that does not ask to.
 *
 * A replica that cannot be reached is passed over for a few seconds and its reads are served
 * by the primary, counted (`stats.fallbacks`), so a replica going away costs no request.
 */
export class Replicas {
  private readonly replicas: Replica[];
  private next = 0;
  readonly stats: ReplicaStats = { reads: 0, fallbacks: { unreachable: 0, error: 0 } };

  private readonly queryLogger?: TypeOrmLogger;
  private readonly log?: Logger;
  private readonly now: () => number;

  constructor(
    urls: readonly string[],
    private readonly type: "mysql" | "mariadb",
    options: { queryLogger?: TypeOrmLogger; log?: Logger; now?: () => number } = {},
  ) {
    this.queryLogger = options.queryLogger;
    this.log = options.log;
    this.now = options.now ?? Date.now;
    this.replicas = urls.map((url) => ({ url, source: null, opening: null, downUntil: 0 }));
  }

  /**
   * Runs the read `fn` on a replica; on the primary (`primary`) when none is reachable or the
   * replica failed it. `fn` only reads: it is run again in full on the primary after a failure.
   */
  async read<T>(fn: (em: EntityManager) => Promise<T>, primary: () => Promise<T>): Promise<T> {
    const replica = this.pick();
    if (!replica) {
      this.stats.fallbacks.unreachable += 1;
      return primary();
    }
    let source: DataSource;
    try {
      source = await this.open(replica);
    } catch (error) {
      // Refused, unreachable, or its credentials or database wrong: passed over for a while.
      this.passOver(replica, error);
      return primary();
    }
    let result: T;
    try {
      result = await fn(source.manager);
    } catch (error) {
      if (isConnectionFailure(error)) {
        this.passOver(replica, error);
        return primary();
      }
      // A statement the replica refused (a schema behind the primary's, say): the primary
      // answers it, and a fault of the statement itself surfaces from there.
      if (error instanceof QueryFailedError) {
        this.stats.fallbacks.error += 1;
        return primary();
      }
      throw error;
    }
    this.stats.reads += 1;
    return result;
  }

  async destroy(): Promise<void> {
    await Promise.all(
      this.replicas.map(async (r) => {
        const source = r.source ?? (await r.opening?.catch(() => null));
        r.source = null;
        if (source?.isInitialized) await source.destroy().catch(() => undefined);
      }),
    );
  }

  private passOver(replica: Replica, error: unknown): void {
    replica.downUntil = this.now() + DOWN_MS;
    this.stats.fallbacks.unreachable += 1;
    this.log?.warn(
      { replica: redacted(replica.url), err: error },
      "read replica unreachable; its reads go to the primary",
    );
  }

  /** The next replica in turn that is not passed over, or null. */
  private pick(): Replica | null {
    const now = this.now();
    for (let step = 0; step < this.replicas.length; step++) {
      const replica = this.replicas[(this.next + step) % this.replicas.length];
      if (replica.downUntil <= now) {
        this.next = (this.next + step + 1) % this.replicas.length;
        return replica;
      }
    }
    return null;
  }

  /** The replica's pool, opened on first use (a replica down at start-up does not stop the server). */
  private open(replica: Replica): Promise<DataSource> {
    if (replica.source) return Promise.resolve(replica.source);
    replica.opening ??= (async () => {
      const source = new DataSource({
        type: this.type,
        url: replica.url,
        entities,
        synchronize: false,
        timezone: "Z",
        charset: "utf8mb4_unicode_ci",
        extra: { connectionLimit: 10, trace: false, connectTimeout: CONNECT_TIMEOUT_MS },
        logger: this.queryLogger,
        logging: this.queryLogger ? ["query", "error"] : false,
      });
      try {
        await source.initialize();
        tuneSessions(source);
        replica.source = source;
        return source;
      } finally {
        replica.opening = null;
      }
    })();
    return replica.opening;
  }
}
