import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type DocumentNode } from "graphql";
import { createConnection } from "mysql2/promise";
import type { Logger as TypeOrmLogger } from "typeorm";
import type { TxtResolver } from "../src/modules/domain/domain-review.service";
import { Clock } from "../src/common/clock";
import { loadConfig } from "../src/config";
import { entities } from "../src/db/entities";
import type { MailTransport, OutgoingEmail } from "../src/modules/mail/dispatcher";
import { OutboxEmailEntity } from "../src/modules/mail/outbox-email.entity";
import { startServer, type RunningServer } from "../src/server";
import type { Connector, HostResolver } from "../src/modules/webhook/webhook-sender";

/**
 * The server suite runs on the embedded database by default and on MySQL/MariaDB when
 * TEST_DATABASE_URL is set; each jest worker gets a database of its own there.
 */
export async function testDatabaseUrl(): Promise<string> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return "sqlite::memory:";
  const url = new URL(base);
  const name = `${url.pathname.slice(1) || "test"}_w${process.env.JEST_WORKER_ID ?? "0"}`;
  const admin = await createConnection({ uri: base });
  await admin.query(
    `CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
  );
  await admin.end();
  url.pathname = `/${name}`;
  return url.toString();
}

export const onMysql = Boolean(process.env.TEST_DATABASE_URL);

export class CapturingTransport implements MailTransport {
  sent: OutgoingEmail[] = [];
  failNext = 0;
  async send(email: OutgoingEmail): Promise<void> {
    if (this.failNext > 0) {
      this.failNext -= 1;
      throw new Error("SMTP said no");
    }
    this.sent.push(email);
  }
}

export type GqlError = {
  message: string;
  extensions?: { code?: string; fields?: Array<{ field: string; message: string }> };
};

export type GqlResult<T = Record<string, unknown>> = {
  status: number;
  data: T | null;
  errors?: GqlError[];
  headers: Headers;
};

/** Variables are optional exactly when the operation declares none that are required. */
export type VariablesArgs<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

const printed = new WeakMap<DocumentNode, string>();

/** A GraphQL client with its own cookie jar, like one browser. */
export class Client {
  cookie: string | null = null;
  /** The device cookie (sign-in remembers the browser), kept apart from the session's. */
  deviceCookie: string | null = null;
  bearer: string | null = null;
  /** Sent with every request (an `Idempotency-Key`, say) until changed. */
  headers: Record<string, string> = {};

  constructor(
    readonly baseUrl: string,
    readonly ip = "10.0.0.1",
  ) {}

  /**
   * Sends an operation written with the generated `graphql()` (test/gql), so its result and
   * variables are typed from schema.graphql and a schema change fails the typecheck.
   */
  gql<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...[variables]: VariablesArgs<TVariables>
  ): Promise<GqlResult<TData>>;
  gql(query: DocumentNode, variables?: unknown): Promise<GqlResult<unknown>> {
    let text = printed.get(query);
    if (text === undefined) {
      text = print(query);
      printed.set(query, text);
    }
    return this.post(text, variables);
  }

  /**
   * Sends a document built at run time from the schema itself (the account policy suites ask
   * for every field of every type, so no document written in advance could hold them). Parsed
   * first, so it is at least well-formed; its data is a JSON object with no static type. Lint
   * allows it only in those suites.
   */
  gqlDynamic(
    document: DocumentNode,
    variables?: Record<string, unknown>,
  ): Promise<GqlResult<Record<string, unknown>>> {
    return this.post<Record<string, unknown>>(print(document), variables);
  }

  private async post<T>(query: string, variables: unknown): Promise<GqlResult<T>> {
    const headers: Record<string, string> = {
      ...this.headers,
      "content-type": "application/json",
      "x-forwarded-for": this.ip,
    };
    const cookies = [this.cookie, this.deviceCookie].filter(Boolean);
    if (cookies.length > 0) headers.cookie = cookies.join("; ");
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: "POST",
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.getSetCookie();
    for (const c of setCookie) {
      const [pair] = c.split(";");
      const value = pair.slice(pair.indexOf("=") + 1);
      if (pair.startsWith("sam_device=")) {
        this.deviceCookie = value ? pair : null;
        continue;
      }
      this.cookie = value ? pair : null;
      if (/Expires=Thu, 01 Jan 1970/i.test(c)) this.cookie = null;
    }
    const body = (await res.json()) as { data?: T; errors?: GqlError[] };
    return {
      status: res.status,
      data: body.data ?? null,
      errors: body.errors,
      headers: res.headers,
    };
  }
}

export type TestApp = RunningServer & {
  clock: Clock;
  /** Every SQL statement the server ran, for counting (tests empty it). */
  statements: string[];
  /** The same statements with their parameters, for EXPLAIN. */
  statementsWithParameters: { sql: string; parameters: unknown[] }[];
  client(ip?: string): Client;
  reset(): Promise<void>;
  /**
   * Compares the directory's membership table with a rebuild from the source tables; on a
   * difference it repairs the table and describes what differed.
   */
  membershipDrift(): Promise<string | null>;
  rowCounts(): Promise<Record<string, number>>;
  outbox(to?: string): Promise<OutboxEmailEntity[]>;
  linkFrom(to: string, path: string): Promise<string>;
};

let ipCounter = 0;

export async function startTestApp(
  options: {
    mailTransport?: MailTransport | null;
    env?: Record<string, string>;
    resolveTxt?: TxtResolver;
    idempotencyWaitMs?: number;
    /** A made-up build of the console to serve (none by default). */
    webDistDir?: string;
    /** How webhook hosts are resolved and connected to (the system's own by default). */
    webhookResolver?: HostResolver;
    webhookConnector?: Connector;
  } = {},
): Promise<TestApp> {
  const clock = new Clock();
  const statements: string[] = [];
  const statementsWithParameters: { sql: string; parameters: unknown[] }[] = [];
  const queryLogger: TypeOrmLogger = {
    logQuery: (query, parameters) => {
      statements.push(query);
      statementsWithParameters.push({ sql: query, parameters: (parameters ?? []) as unknown[] });
    },
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  const config = loadConfig({
    NODE_ENV: "test",
    PORT: "0",
    DATABASE_URL: await testDatabaseUrl(),
    APP_URL: "http://app.test",
    TRUST_PROXY: "true",
    ...options.env,
  });
  const server = await startServer(
    options.webDistDir ? { ...config, webDistDir: options.webDistDir } : config,
    {
      clock,
      mailTransport: options.mailTransport ?? null,
      resolveTxt: options.resolveTxt,
      idempotencyWaitMs: options.idempotencyWaitMs,
      webhookResolver: options.webhookResolver,
      webhookConnector: options.webhookConnector,
      startJobs: false,
      queryLogger,
    },
  );
  const db = server.services.db;
  const tables = entities.map((e) => db.dataSource.getMetadata(e).tableName);
  const membershipDrift = async (): Promise<string | null> => {
    const found = await db.transaction((em) => server.services.membership.repair(em));
    const lists = await db.transaction((em) => server.services.lists.repair(em));
    const show = (rows: object[]) => rows.map((r) => `  ${JSON.stringify(r)}`).join("\n");
    const drifts: string[] = [];
    if (found.missingOrChanged.length || found.extra.length) {
      drifts.push(
        "directory_memberships differs from a rebuild from the source tables " +
          "(a write that changes the directory did not call MembershipWriter):\n" +
          (found.missingOrChanged.length
            ? `missing or different (rebuilt values):\n${show(found.missingOrChanged)}\n`
            : "") +
          (found.extra.length ? `not in the rebuild:\n${show(found.extra)}\n` : ""),
      );
    }
    if (lists.length) {
      drifts.push(
        "accounts' copies of their administrators or virtual accounts differ from the source " +
          "tables (a write that changes them did not call AccountListsWriter):\n" +
          show(lists),
      );
    }
    return drifts.length ? drifts.join("\n") : null;
  };
  const app: TestApp = {
    ...server,
    async close() {
      runningApps().delete(app);
      await server.close();
    },
    clock,
    statements,
    statementsWithParameters,
    client: (ip?: string) =>
      new Client(server.url, ip ?? `10.1.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`),
    async reset() {
      clock.reset();
      // Compared before the tables are emptied, so a drift is reported, not wiped.
      const drift = await membershipDrift();
      await db.transaction(async (em) => {
        for (const table of tables) await em.query(`DELETE FROM ${table}`);
      });
      if (drift) throw new Error(drift);
    },
    membershipDrift,
    async rowCounts() {
      const counts: Record<string, number> = {};
      await db.read(async (em) => {
        for (const table of tables) {
          const [row] = (await em.query(`SELECT COUNT(*) AS n FROM ${table}`)) as {
            n: number | string;
          }[];
          counts[table] = Number(row.n);
        }
      });
      return counts;
    },
    outbox(to?: string) {
      return db.read((em) =>
        em.find(OutboxEmailEntity, {
          where: to ? { toAddress: to } : {},
          order: { createdAt: "ASC" },
        }),
      );
    },
    async linkFrom(to: string, path: string) {
      const emails = await db.read((em) =>
        em.find(OutboxEmailEntity, { where: { toAddress: to }, order: { createdAt: "DESC" } }),
      );
      for (const email of emails) {
        const match = email.textBody.match(
          new RegExp(`http://app\\.test${path}\\?token=([\\w-]+)`),
        );
        if (match) return match[1];
      }
      throw new Error(`No ${path} link in the emails to ${to}`);
    },
  };
  runningApps().add(app);
  return app;
}

/**
 * The test apps open in this test file: test/membership-check.ts compares each one's directory
 * membership table with a rebuild after every test. Kept on the global object so that setup file
 * needs no import of the server.
 */
export function runningApps(): Set<TestApp> {
  const holder = globalThis as { __samTestApps?: Set<TestApp> };
  holder.__samTestApps ??= new Set();
  return holder.__samTestApps;
}
