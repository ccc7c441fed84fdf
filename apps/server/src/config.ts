import path from "node:path";

export type DatabaseHost = { host: string; port: number };

export type DatabaseConfig =
  | {
      kind: "mysql";
      /** The database's URL, with the first host. */
      url: string;
      /**
       * Every node of a cluster, in this server's order of preference, when DATABASE_URL names
       * more than one (`mysql://user@node1:3306,node2:3306,node3:3306/db`): new connections go
       * to the first that answers, and move on when it goes away.
       */
      hosts?: DatabaseHost[];
    }
  | { kind: "sqlite"; file: string | null };

export type Config = {
  nodeEnv: "development" | "production" | "test";
  isProduction: boolean;
  port: number;
  database: DatabaseConfig;
  appUrl: string;
  smtpUrl: string | null;
  mailFrom: string;
  trustProxy: boolean | number | string;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  webDistDir: string;
  /** How /metrics is served: see parseMetrics. */
  metrics: MetricsConfig;
  /** When undecided requests are escalated: see parseEscalation. */
  escalation: EscalationConfig;
  /** The benchmark's statement capture (see db/statement-capture.ts); null when off. */
  sqlCapture: SqlCaptureConfig | null;
  /** Where webhooks may be sent: see parseWebhooks. */
  webhooks: WebhooksConfig;
  /** Read replicas for the directory, search and account detail: see parseReplicas. */
  replicas: ReplicasConfig | null;
  /** GraphQL subscriptions over WebSocket: see parseLive. */
  live: LiveConfig;
};

/**
 * Subscriptions read the events feed every `pollMs` in each process that has sockets open (the
 * same tick checks that each socket's session or API token is still valid), so an event written
 * by any process reaches every subscriber within about that time. One person holds at most
 * `maxSocketsPerUser` sockets per process, each with at most `maxSubscriptionsPerSocket`
 * subscriptions.
 */
export type LiveConfig = {
  pollMs: number;
  maxSocketsPerUser: number;
  maxSubscriptionsPerSocket: number;
};

/**
 * DATABASE_READ_URLS: asynchronous replicas of the MySQL primary, each a mysql:// URL, comma
 * separated. Only the directory, search and the account detail may read from them, and only for
 * a caller that has not written for `readYourWritesMs` (READ_YOUR_WRITES_MS): that window must
 * be longer than the replicas' usual lag.
 */
export type ReplicasConfig = { urls: string[]; readYourWritesMs: number };

/**
 * Webhook endpoints are HTTPS; plain HTTP is accepted outside production, and in production only
 * with WEBHOOKS_ALLOW_HTTP=true. Private, loopback and link-local addresses are never called in
 * production; WEBHOOKS_ALLOW_PRIVATE_ADDRESSES=true lets development and tests call a receiver on
 * this machine. WEBHOOKS_TIMEOUT_SECONDS bounds each attempt.
 */
export type WebhooksConfig = {
  allowHttp: boolean;
  allowPrivateAddresses: boolean;
  timeoutMs: number;
};

/**
 * Undecided requests are not left to wait for their lapse. An account request nobody has decided
 * for `decisionDays` reminds its approvers and tells its requester; an access request pending
 * for `accessDays` reminds the account's administrators, again at twice that, and at three times
 * that tells its requester that nobody has decided yet.
 */
export type EscalationConfig = { decisionDays: number; accessDays: number };

/**
 * `pnpm bench` records the SQL a request ran (statements, parameters, rows affected) to replay it
 * on a bare driver. Only requests that carry `X-Sql-Capture: <token>` are recorded, to `file`.
 */
export type SqlCaptureConfig = { file: string; token: string };

/**
 * Prometheus metrics at /metrics. Outside production they are open on the app's port; in
 * production only with a bearer token (METRICS_TOKEN) or on a port of their own for the
 * internal network (METRICS_PORT), else not at all.
 */
export type MetricsConfig = {
  token: string | null;
  port: number | null;
  /**
   * The share of GraphQL requests whose SQL statements are counted (METRICS_STATEMENT_SAMPLE,
   * 0 to 1): counting needs async context tracking, which costs every request in flight while a
   * counted one is, so production counts 1 in 100; elsewhere every request (1).
   */
  statementSample: number;
};

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
const NODE_ENVS = ["development", "production", "test"] as const;

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = env[name];
  if (value === undefined || value === "") return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigError(name, `must be one of ${allowed.join(", ")}, got "${value}"`);
}

function parsePort(env: Env): number {
  const raw = env.PORT;
  if (raw === undefined || raw === "") return 4000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError("PORT", `must be a whole number from 0 to 65535, got "${raw}"`);
  }
  return port;
}

function parseDatabase(env: Env, cwd: string): DatabaseConfig {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === "") {
    return { kind: "sqlite", file: path.resolve(cwd, "data", "smart-accounts.sqlite") };
  }
  if (raw === "sqlite::memory:") return { kind: "sqlite", file: null };
  if (raw.startsWith("sqlite:")) {
    const file = raw.slice("sqlite:".length).replace(/^\/\//, "");
    if (!file) throw new ConfigError("DATABASE_URL", "sqlite: needs a file path");
    return { kind: "sqlite", file: path.resolve(cwd, file) };
  }
  // Several hosts (a cluster's nodes) are not a URL's syntax: read them apart, check the rest
  // as a URL with the first one.
  const authority = /^([a-z]+:\/\/(?:[^@/]*@)?)([^/@]*,[^/@]*)(\/.*)?$/i.exec(raw);
  const hosts = authority ? parseHosts(authority[2]) : null;
  let url: URL;
  try {
    url = new URL(
      authority ? `${authority[1]}${hosts![0].host}:${hosts![0].port}${authority[3] ?? ""}` : raw,
    );
  } catch {
    throw new ConfigError("DATABASE_URL", "is not a valid URL");
  }
  if (url.protocol !== "mysql:" && url.protocol !== "mariadb:") {
    throw new ConfigError(
      "DATABASE_URL",
      `must be mysql://user:password@host:port/database, sqlite:<file> or sqlite::memory:, got protocol "${url.protocol}"`,
    );
  }
  if (url.pathname.length <= 1) throw new ConfigError("DATABASE_URL", "must name a database");
  url.protocol = "mysql:";
  return hosts
    ? { kind: "mysql", url: url.toString(), hosts }
    : { kind: "mysql", url: url.toString() };
}

function parseHosts(list: string): DatabaseHost[] {
  return list.split(",").map((item) => {
    const match = /^([\w.-]+|\[[\da-f:]+\])(?::(\d{1,5}))?$/i.exec(item.trim());
    const port = Number(match?.[2] ?? 3306);
    if (!match || port < 1 || port > 65535) {
      throw new ConfigError(
        "DATABASE_URL",
        `lists hosts as host:port separated by commas; "${item}" is not a host:port`,
      );
    }
    return { host: match[1].replace(/^\[|\]$/g, ""), port };
  });
}

function parseAppUrl(env: Env, port: number): string {
  const raw = env.APP_URL;
  if (raw === undefined || raw === "") return `http://localhost:${port}`;
  try {
    const url = new URL(raw);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("protocol");
    return url.toString().replace(/\/$/, "");
  } catch {
    throw new ConfigError("APP_URL", `must be an http(s) URL, got "${raw}"`);
  }
}

function parseSmtpUrl(env: Env): string | null {
  const raw = env.SMTP_URL;
  if (raw === undefined || raw === "") return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== "smtp:" && url.protocol !== "smtps:") throw new Error("protocol");
  } catch {
    throw new ConfigError("SMTP_URL", `must be smtp://host:port or smtps://user:pass@host:port`);
  }
  return raw;
}

function parseMailFrom(env: Env): string {
  const raw = env.MAIL_FROM;
  if (raw === undefined || raw === "") return "Smart Account Manager <no-reply@localhost>";
  if (!/^[^<>@\s]+@[^<>@\s]+$|<[^<>@\s]+@[^<>@\s]+>$/.test(raw.trim())) {
    throw new ConfigError("MAIL_FROM", `must be an email address or "Name <address>"`);
  }
  return raw.trim();
}

function parseTrustProxy(env: Env): boolean | number | string {
  const raw = env.TRUST_PROXY;
  if (raw === undefined || raw === "" || raw === "false") return false;
  if (raw === "true") return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (/^[\w.:/, -]+$/.test(raw)) return raw;
  throw new ConfigError("TRUST_PROXY", `must be true, false, a hop count or a list of addresses`);
}

const METRICS_TOKEN_MIN = 32;

function parseMetrics(env: Env, port: number, isProduction: boolean): MetricsConfig {
  const sampleRaw = env.METRICS_STATEMENT_SAMPLE;
  const statementSample =
    sampleRaw === undefined || sampleRaw === "" ? (isProduction ? 0.01 : 1) : Number(sampleRaw);
  if (!/^\s*[\d.]+\s*$/.test(sampleRaw ?? "0") || !(statementSample >= 0 && statementSample <= 1)) {
    throw new ConfigError(
      "METRICS_STATEMENT_SAMPLE",
      `must be a number from 0 to 1 (the share of requests counted), got "${sampleRaw}"`,
    );
  }
  const token = env.METRICS_TOKEN || null;
  if (token !== null && (token.length < METRICS_TOKEN_MIN || /\s/.test(token))) {
    throw new ConfigError(
      "METRICS_TOKEN",
      `must be at least ${METRICS_TOKEN_MIN} characters without spaces (a random secret)`,
    );
  }
  const raw = env.METRICS_PORT;
  if (raw === undefined || raw === "") return { token, port: null, statementSample };
  const metricsPort = Number(raw);
  if (!Number.isInteger(metricsPort) || metricsPort < 0 || metricsPort > 65535) {
    throw new ConfigError("METRICS_PORT", `must be a whole number from 0 to 65535, got "${raw}"`);
  }
  if (metricsPort !== 0 && metricsPort === port) {
    throw new ConfigError("METRICS_PORT", "must differ from PORT (it is the internal port)");
  }
  return { token, port: metricsPort, statementSample };
}

function days(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > 365) {
    throw new ConfigError(name, `must be a whole number of days from 1 to 365, got "${raw}"`);
  }
  return value;
}

function parseEscalation(env: Env): EscalationConfig {
  return {
    decisionDays: days(env, "DECISION_REMINDER_DAYS", 14),
    accessDays: days(env, "ACCESS_REMINDER_DAYS", 7),
  };
}

const SQL_CAPTURE_TOKEN_MIN = 32;

function parseSqlCapture(env: Env, cwd: string, database: DatabaseConfig): SqlCaptureConfig | null {
  const file = env.SQL_CAPTURE_FILE || null;
  const token = env.SQL_CAPTURE_TOKEN || null;
  if (file === null && token === null) return null;
  if (file === null)
    throw new ConfigError("SQL_CAPTURE_FILE", "is required with SQL_CAPTURE_TOKEN");
  if (token === null || token.length < SQL_CAPTURE_TOKEN_MIN || /\s/.test(token)) {
    throw new ConfigError(
      "SQL_CAPTURE_TOKEN",
      `must be at least ${SQL_CAPTURE_TOKEN_MIN} characters without spaces (a random secret)`,
    );
  }
  if (database.kind !== "mysql") {
    throw new ConfigError("SQL_CAPTURE_FILE", "statement capture needs a MySQL DATABASE_URL");
  }
  return { file: path.resolve(cwd, file), token };
}

function flag(env: Env, name: string): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "" || raw === "false") return false;
  if (raw === "true") return true;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function parseWebhooks(env: Env, isProduction: boolean): WebhooksConfig {
  const allowPrivateAddresses = flag(env, "WEBHOOKS_ALLOW_PRIVATE_ADDRESSES");
  if (allowPrivateAddresses && isProduction) {
    throw new ConfigError(
      "WEBHOOKS_ALLOW_PRIVATE_ADDRESSES",
      "may not be true when NODE_ENV=production (webhooks never call private addresses there)",
    );
  }
  const raw = env.WEBHOOKS_TIMEOUT_SECONDS;
  let timeoutMs = 10_000;
  if (raw !== undefined && raw !== "") {
    const seconds = Number(raw);
    if (!/^\d+$/.test(raw) || seconds < 1 || seconds > 30) {
      throw new ConfigError(
        "WEBHOOKS_TIMEOUT_SECONDS",
        `must be a whole number of seconds from 1 to 30, got "${raw}"`,
      );
    }
    timeoutMs = seconds * 1000;
  }
  const allowHttp = flag(env, "WEBHOOKS_ALLOW_HTTP");
  return {
    allowHttp: !isProduction || allowHttp,
    allowPrivateAddresses,
    timeoutMs,
  };
}

const READ_YOUR_WRITES_MAX_MS = 10 * 60_000;

function parseReplicas(env: Env, database: DatabaseConfig): ReplicasConfig | null {
  const raw = env.DATABASE_READ_URLS?.trim();
  const windowRaw = env.READ_YOUR_WRITES_MS;
  let readYourWritesMs = 5_000;
  if (windowRaw !== undefined && windowRaw !== "") {
    readYourWritesMs = Number(windowRaw);
    if (
      !/^\d+$/.test(windowRaw) ||
      readYourWritesMs < 1 ||
      readYourWritesMs > READ_YOUR_WRITES_MAX_MS
    ) {
      throw new ConfigError(
        "READ_YOUR_WRITES_MS",
        `must be a whole number of milliseconds from 1 to ${READ_YOUR_WRITES_MAX_MS}, got "${windowRaw}"`,
      );
    }
  }
  if (!raw) return null;
  if (database.kind !== "mysql") {
    throw new ConfigError(
      "DATABASE_READ_URLS",
      "needs a MySQL DATABASE_URL (the embedded SQLite database has no replicas)",
    );
  }
  const urls = raw.split(",").map((item, i) => {
    const text = item.trim();
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new ConfigError(
        "DATABASE_READ_URLS",
        `lists mysql://user:password@host:port/database URLs separated by commas; item ${i + 1} is not a URL`,
      );
    }
    if (url.protocol !== "mysql:" && url.protocol !== "mariadb:") {
      throw new ConfigError(
        "DATABASE_READ_URLS",
        `item ${i + 1} must be a mysql:// URL, got protocol "${url.protocol}"`,
      );
    }
    if (url.pathname.length <= 1) {
      throw new ConfigError("DATABASE_READ_URLS", `item ${i + 1} must name a database`);
    }
    url.protocol = "mysql:";
    return url.toString();
  });
  return { urls, readYourWritesMs };
}

function wholeNumber(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function parseLive(env: Env): LiveConfig {
  return {
    pollMs: wholeNumber(env, "LIVE_POLL_MS", 1000, 50, 60_000),
    maxSocketsPerUser: wholeNumber(env, "LIVE_MAX_SOCKETS_PER_USER", 16, 1, 1000),
    maxSubscriptionsPerSocket: wholeNumber(env, "LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET", 20, 1, 1000),
  };
}

/** Reads and validates every environment variable the server uses; a bad value names itself. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const nodeEnv = oneOf(env, "NODE_ENV", NODE_ENVS, "development");
  const port = parsePort(env);
  const database = parseDatabase(env, cwd);
  const config: Config = {
    nodeEnv,
    isProduction: nodeEnv === "production",
    port,
    database,
    appUrl: parseAppUrl(env, port),
    smtpUrl: parseSmtpUrl(env),
    mailFrom: parseMailFrom(env),
    trustProxy: parseTrustProxy(env),
    logLevel: oneOf(env, "LOG_LEVEL", LOG_LEVELS, nodeEnv === "test" ? "silent" : "info"),
    webDistDir: path.resolve(__dirname, "..", "..", "web", "dist"),
    metrics: parseMetrics(env, port, nodeEnv === "production"),
    escalation: parseEscalation(env),
    sqlCapture: parseSqlCapture(env, cwd, database),
    webhooks: parseWebhooks(env, nodeEnv === "production"),
    replicas: parseReplicas(env, database),
    live: parseLive(env),
  };
  if (config.isProduction && !config.smtpUrl) {
    throw new ConfigError("SMTP_URL", "is required when NODE_ENV=production");
  }
  return config;
}
