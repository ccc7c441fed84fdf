import { timingSafeEqual } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { ApolloServerPlugin } from "@apollo/server";
import type { Request, RequestHandler, Response } from "express";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { In, LessThanOrEqual, type DataSource, type Logger as TypeOrmLogger } from "typeorm";
import type { Clock } from "../common/clock";
import { TransientScope } from "../common/transient-scope";
import type { Db } from "../db/data-source";
import { OutboxEmailEntity } from "../modules/mail/outbox-email.entity";
import { SmartAccountEntity } from "../modules/smart-account/smart-account.entity";
import { LAPSING_STATUSES } from "../modules/smart-account/smart-account.states";

/** The label every operation name the console does not send is counted under. */
export const OTHER_OPERATION = "other";

/**
 * The SQL statements run on behalf of the sampled request in whose async context they run. Open
 * only while a sampled request is (see TransientScope: an always-on scope costs every request).
 */
const statementScope = new TransientScope<{ statements: number }>();

/**
 * TypeORM's query logger, counting each statement against the request that runs it (for the
 * statements-per-operation histogram), then passing it to `inner` (the test suites' logger).
 */
export function countingQueryLogger(inner?: TypeOrmLogger): TypeOrmLogger {
  return {
    logQuery(query, parameters, queryRunner) {
      const scope = statementScope.get();
      if (scope) scope.statements += 1;
      inner?.logQuery(query, parameters, queryRunner);
    },
    logQueryError: (...args) => inner?.logQueryError(...args),
    logQuerySlow: (...args) => inner?.logQuerySlow(...args),
    logSchemaBuild: (...args) => inner?.logSchemaBuild(...args),
    logMigration: (...args) => inner?.logMigration(...args),
    log: (...args) => inner?.log(...args),
  };
}

/**
 * The operation names the console sends, written by the web build (`operations.json` beside its
 * index.html). Only these become labels: any other name (an integrator's, or one made up to
 * blow up the label set) is counted as `other`.
 */
export function readKnownOperations(webDistDir: string): Set<string> {
  try {
    const parsed = JSON.parse(
      fs.readFileSync(path.join(webDistDir, "operations.json"), "utf8"),
    ) as { operations?: unknown };
    const names = Array.isArray(parsed.operations) ? parsed.operations : [];
    return new Set(
      names.filter((n): n is string => typeof n === "string" && /^\w{1,100}$/.test(n)),
    );
  } catch {
    return new Set();
  }
}

/** A route's kind, for the HTTP histogram: a fixed set, whatever paths clients ask for. */
function routeOf(req: Request): string {
  // The path as asked (a mounted router rewrites req.path while it runs).
  const p = req.originalUrl.split("?")[0];
  if (p === "/graphql") return "graphql";
  if (p.startsWith("/export/")) return "export";
  if (p.startsWith("/assets/")) return "asset";
  if (p === "/healthz" || p === "/readyz") return "health";
  if (p === "/metrics") return "metrics";
  if (p.startsWith("/dev/")) return "dev";
  return req.method === "GET" || req.method === "HEAD" ? "page" : "other";
}

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const STATEMENT_BUCKETS = [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89];

type MetricsSources = {
  db: Db;
  dataSource: DataSource;
  clock: Clock;
  knownOperations: ReadonlySet<string>;
  /** The share of GraphQL requests whose statements are counted (METRICS_STATEMENT_SAMPLE). */
  statementSample?: number;
};

export class Metrics {
  readonly registry = new Registry();
  private readonly httpDuration: Histogram<"route" | "method" | "status">;
  private readonly operationDuration: Histogram<"operation" | "type" | "outcome">;
  private readonly operationStatements: Histogram<"operation" | "type">;
  private readonly knownOperations: ReadonlySet<string>;
  private readonly statementSample: number;

  constructor({ db, dataSource, clock, knownOperations, statementSample = 1 }: MetricsSources) {
    this.knownOperations = knownOperations;
    this.statementSample = statementSample;
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.httpDuration = new Histogram({
      name: "http_request_duration_seconds",
      help: "HTTP requests by kind of route, method and status class.",
      labelNames: ["route", "method", "status"],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.operationDuration = new Histogram({
      name: "graphql_operation_duration_seconds",
      help: "GraphQL operations by the console's operation name (any other name as 'other'), type and outcome.",
      labelNames: ["operation", "type", "outcome"],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.operationStatements = new Histogram({
      name: "graphql_operation_sql_statements",
      help: "SQL statements run per GraphQL operation, the session's included.",
      labelNames: ["operation", "type"],
      buckets: STATEMENT_BUCKETS,
      registers,
    });

    const pool = mysqlPool(dataSource);
    if (pool) {
      new Gauge({
        name: "db_pool_connections",
        help: "Database pool connections by state.",
        labelNames: ["state"],
        registers,
        collect() {
          const all = pool._allConnections?.length ?? 0;
          const idle = pool._freeConnections?.length ?? 0;
          this.set({ state: "in_use" }, all - idle);
          this.set({ state: "idle" }, idle);
        },
      });
      new Gauge({
        name: "db_pool_waiting_requests",
        help: "Requests waiting for a database connection.",
        registers,
        collect() {
          this.set(pool._connectionQueue?.length ?? 0);
        },
      });
    }

    // Counted by the units of work themselves (Db.stats); read on each scrape.
    new Counter({
      name: "db_transaction_retries_total",
      help: "Units of work run again, by why the attempt before failed: conflict (deadlock, lock wait timeout, Galera certification) or connection (lost before COMMIT, or a node not ready).",
      labelNames: ["reason"],
      registers,
      collect() {
        this.reset();
        for (const [reason, count] of Object.entries(db.stats.retries)) this.inc({ reason }, count);
      },
    });
    new Counter({
      name: "db_transaction_exhausted_total",
      help: "Units of work that ran out of attempts (answered CONFLICT or UNAVAILABLE), by why the last one failed.",
      labelNames: ["reason"],
      registers,
      collect() {
        this.reset();
        for (const [reason, count] of Object.entries(db.stats.exhausted)) {
          this.inc({ reason }, count);
        }
      },
    });
    new Counter({
      name: "db_commit_outcome_unknown_total",
      help: "Commits whose connection was lost before the database answered (answered OUTCOME_UNKNOWN).",
      registers,
      collect() {
        this.reset();
        this.inc(db.stats.unknownOutcomes);
      },
    });

    const replicas = db.replicas;
    if (replicas) {
      new Counter({
        name: "db_replica_reads_total",
        help: "Reads of the directory, search and account detail that a read replica (DATABASE_READ_URLS) served.",
        registers,
        collect() {
          this.reset();
          this.inc(replicas.stats.reads);
        },
      });
      new Counter({
        name: "db_replica_fallbacks_total",
        help: "Reads meant for a read replica that the primary served instead, by why: unreachable (no replica answered) or error (the replica refused the statement).",
        labelNames: ["reason"],
        registers,
        collect() {
          this.reset();
          for (const [reason, count] of Object.entries(replicas.stats.fallbacks)) {
            this.inc({ reason }, count);
          }
        },
      });
    }

    // Read on each scrape (two indexed aggregates), so they hold across every server process.
    let outbox: Promise<{ depth: number; oldest: Date | null }> | null = null;
    const readOutbox = () =>
      (outbox ??= db
        .read(async (em) => {
          const row = (await em
            .createQueryBuilder(OutboxEmailEntity, "e")
            .select("COUNT(*)", "depth")
            .addSelect("MIN(e.createdAt)", "oldest")
            .where({ status: In(["PENDING", "SENDING"]) })
            .getRawOne()) as { depth: number | string; oldest: Date | string | null } | undefined;
          return {
            depth: Number(row?.depth ?? 0),
            oldest: row?.oldest ? new Date(row.oldest) : null,
          };
        })
        .finally(() => {
          outbox = null;
        }));
    new Gauge({
      name: "outbox_emails_waiting",
      help: "Emails written to the outbox and not yet sent (pending or being sent).",
      registers,
      async collect() {
        this.set((await readOutbox()).depth);
      },
    });
    new Gauge({
      name: "outbox_oldest_waiting_seconds",
      help: "Age of the oldest email waiting in the outbox (0 when none waits).",
      registers,
      async collect() {
        const { oldest } = await readOutbox();
        this.set(oldest ? Math.max(0, (clock.now().getTime() - oldest.getTime()) / 1000) : 0);
      },
    });

    let lapse: Promise<{ overdue: number; oldest: Date | null }> | null = null;
    const readLapse = () =>
      (lapse ??= db
        .read(async (em) => {
          const row = (await em
            .createQueryBuilder(SmartAccountEntity, "a")
            .select("COUNT(*)", "overdue")
            .addSelect("MIN(a.lapseAt)", "oldest")
            .where({ status: In([...LAPSING_STATUSES]), lapseAt: LessThanOrEqual(clock.now()) })
            .getRawOne()) as { overdue: number | string; oldest: Date | string | null } | undefined;
          return {
            overdue: Number(row?.overdue ?? 0),
            oldest: row?.oldest ? new Date(row.oldest) : null,
          };
        })
        .finally(() => {
          lapse = null;
        }));
    new Gauge({
      name: "lapse_overdue_accounts",
      help: "Requests past their lapse time that the lapse job has not lapsed yet.",
      registers,
      async collect() {
        this.set((await readLapse()).overdue);
      },
    });
    new Gauge({
      name: "lapse_oldest_overdue_seconds",
      help: "How long the most overdue request has waited past its lapse time (0 when none).",
      registers,
      async collect() {
        const { oldest } = await readLapse();
        this.set(oldest ? Math.max(0, (clock.now().getTime() - oldest.getTime()) / 1000) : 0);
      },
    });
  }

  /** The label for an operation name: the console's own names, every other one `other`. */
  operationLabel(name: string | null | undefined): string {
    return name && this.knownOperations.has(name) ? name : OTHER_OPERATION;
  }

  /** Times every request. */
  httpMiddleware(): RequestHandler {
    return (req, res, next) => {
      const end = this.httpDuration.startTimer();
      res.on("finish", () => {
        end({
          route: routeOf(req),
          method: req.method,
          status: `${Math.floor(res.statusCode / 100)}xx`,
        });
      });
      next();
    };
  }

  /**
   * Counts the statements run in the rest of the request's async context, for the sampled share
   * of requests (the histogram is of those). Placed after the body is read: the body's stream
   * events would otherwise carry the socket's context instead.
   */
  statementCounter(): RequestHandler {
    const sample = this.statementSample;
    return (_req, res, next) => {
      if (sample < 1 && Math.random() >= sample) {
        next();
        return;
      }
      const close = statementScope.enter({ statements: 0 }, next);
      res.once("close", close);
    };
  }

  /** Times each GraphQL operation and records the statements it ran. */
  apolloPlugin(): ApolloServerPlugin {
    const label = (name: string | null | undefined) => this.operationLabel(name);
    const duration = this.operationDuration;
    const statementsRun = this.operationStatements;
    return {
      async requestDidStart() {
        const started = process.hrtime.bigint();
        // The whole request's statements, the session's lookup (run before this hook, for the
        // context) included: one operation per request, as batching is off.
        const scope = statementScope.get();
        let operation = OTHER_OPERATION;
        let type = "unknown";
        return {
          async didResolveOperation(context) {
            operation = label(context.operationName);
            type = context.operation?.operation ?? "unknown";
          },
          async willSendResponse(context) {
            const seconds = Number(process.hrtime.bigint() - started) / 1e9;
            const body = context.response.body;
            const failed = body.kind === "single" && (body.singleResult.errors?.length ?? 0) > 0;
            duration.observe({ operation, type, outcome: failed ? "error" : "ok" }, seconds);
            if (scope) {
              statementsRun.observe({ operation, type }, scope.statements);
            }
          },
        };
      },
    };
  }

  /**
   * GET /metrics. With a token configured, only `Authorization: Bearer <token>` reads it (401
   * otherwise, compared in constant time).
   */
  handler(token: string | null): RequestHandler {
    const expected = token ? Buffer.from(`Bearer ${token}`) : null;
    return async (req: Request, res: Response) => {
      if (expected) {
        const given = Buffer.from(req.headers.authorization ?? "");
        if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
          res.setHeader("WWW-Authenticate", 'Bearer realm="metrics"');
          res.status(401).json({ error: "A bearer token is needed for /metrics." });
          return;
        }
      }
      res.setHeader("Cache-Control", "no-store");
      res.type(this.registry.contentType).send(await this.registry.metrics());
    };
  }
}

type MysqlPool = {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
};

/** mysql2's pool under TypeORM (its counts are internal fields; absent on SQLite). */
function mysqlPool(dataSource: DataSource): MysqlPool | null {
  const driver = dataSource.driver as unknown as { pool?: MysqlPool };
  return dataSource.options.type === "mysql" || dataSource.options.type === "mariadb"
    ? (driver.pool ?? null)
    : null;
}
