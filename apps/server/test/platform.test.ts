import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { claimDatabaseFile } from "../src/db/data-source";
import { ConfigError, loadConfig } from "../src/config";
import { startTestApp, type TestApp } from "./harness";
import { ME, PASSWORD, SIGN_IN, SIGN_UP, signUpInput } from "./user-api";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

/**
 * A raw request, for what the transport itself must refuse (GET, batches, oversized or unknown
 * documents): these bodies are hand-written on purpose, and every other call here is typed.
 */
async function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${app.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

describe("the HTTP surface", () => {
  it("answers health and readiness", async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: "ok" });
    expect(await (await fetch(`${app.url}/readyz`)).json()).toEqual({ status: "ready" });
  });

  it("publishes the committed schema.graphql", async () => {
    const served = await (await fetch(`${app.url}/schema.graphql`)).text();
    const committed = fs.readFileSync(
      path.resolve(__dirname, "..", "..", "..", "schema.graphql"),
      "utf8",
    );
    expect(served).toBe(committed);
  });

  it("tags every response with a request id", async () => {
    const res = await fetch(`${app.url}/healthz`, { headers: { "x-request-id": "trace-123" } });
    expect(res.headers.get("x-request-id")).toBe("trace-123");
    const generated = await fetch(`${app.url}/healthz`);
    expect(generated.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("refuses simple cross-site GET queries (CSRF prevention)", async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent("{ me { id } }")}`);
    expect(res.status).toBe(400);
  });

  it("refuses batched requests", async () => {
    const res = await post([{ query: "{ me { id } }" }, { query: "{ me { id } }" }]);
    expect(res.status).toBe(400);
  });

  it("limits aliases, depth and tokens", async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(" ");
    const tooMany = await post({ query: `{ ${aliases} }` });
    expect(
      ((await tooMany.json()) as { errors: { extensions: { code: string } }[] }).errors[0]
        .extensions.code,
    ).toBe("GRAPHQL_VALIDATION_FAILED");
    const huge = await post({ query: `{ ${"__typename ".repeat(6000)} }` });
    expect(huge.status).toBe(400);
  });

  it("hides field suggestions", async () => {
    const res = await post({ query: "{ mee { id } }" });
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0].message).not.toMatch(/Did you mean/);
  });

  it("answers an unknown path with 404", async () => {
    expect((await fetch(`${app.url}/dev/nothing-here`)).status).toBe(404);
  });
});

describe("production mode", () => {
  let prod: TestApp;
  beforeAll(async () => {
    prod = await startTestApp({
      env: { NODE_ENV: "production", SMTP_URL: "smtp://127.0.0.1:2525" },
    });
  });
  afterAll(async () => {
    await prod.close();
  });

  it("turns introspection and the development mailbox off", async () => {
    const res = await fetch(`${prod.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __schema { types { name } } }" }),
    });
    const body = (await res.json()) as { errors?: { message: string }[] };
    expect(body.errors?.[0].message).toMatch(/introspection/i);
    expect((await fetch(`${prod.url}/dev/mailbox`)).status).toBe(404);
  });

  it("sets the session cookie Secure and sends no stack traces", async () => {
    const client = prod.client();
    await client.gql(SIGN_UP, { input: signUpInput() });
    const signIn = await client.gql(SIGN_IN, { email: "ada@ccoesup.com", password: PASSWORD });
    expect(signIn.headers.getSetCookie()[0]).toMatch(/; Secure/i);
    const res = await prod.client().gql(ME);
    expect(res.errors?.[0].extensions).toEqual({ code: "UNAUTHENTICATED" });
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.ts/);
  });
});

describe("the embedded database file", () => {
  it("belongs to one process at a time", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sam-"));
    const database = { kind: "sqlite" as const, file: path.join(dir, "db.sqlite") };
    const release = claimDatabaseFile(database);
    fs.writeFileSync(`${database.file}.lock`, String(process.ppid));
    expect(() => claimDatabaseFile(database)).toThrow(/in use by process/);
    release();
    // A lock left by a process that is gone is taken over.
    fs.writeFileSync(`${database.file}.lock`, "999999999");
    claimDatabaseFile(database)();
  });
});

describe("configuration", () => {
  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ DATABASE_URL: "postgres://x/y" }, "DATABASE_URL"],
    [{ DATABASE_URL: "mysql://root@db1:3306,db 2:3306/sam" }, "DATABASE_URL"],
    [{ DATABASE_URL: "mysql://root@db1:3306,db2:99999/sam" }, "DATABASE_URL"],
    [{ APP_URL: "ftp://x" }, "APP_URL"],
    [{ SMTP_URL: "http://mail" }, "SMTP_URL"],
    [{ MAIL_FROM: "nobody" }, "MAIL_FROM"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ NODE_ENV: "staging" }, "NODE_ENV"],
    [{ TRUST_PROXY: "yes please!" }, "TRUST_PROXY"],
    [{ NODE_ENV: "production" }, "SMTP_URL"],
    [{ DECISION_REMINDER_DAYS: "0" }, "DECISION_REMINDER_DAYS"],
    [{ DECISION_REMINDER_DAYS: "two weeks" }, "DECISION_REMINDER_DAYS"],
    [{ ACCESS_REMINDER_DAYS: "400" }, "ACCESS_REMINDER_DAYS"],
    [{ ACCESS_REMINDER_DAYS: "7.5" }, "ACCESS_REMINDER_DAYS"],
    // Replicas are a MySQL primary's: the embedded database has none.
    [{ DATABASE_READ_URLS: "mysql://reader@replica1:3306/sam" }, "DATABASE_READ_URLS"],
    [
      { DATABASE_URL: "sqlite::memory:", DATABASE_READ_URLS: "mysql://reader@replica1/sam" },
      "DATABASE_READ_URLS",
    ],
    [
      { DATABASE_URL: "mysql://app@db1/sam", DATABASE_READ_URLS: "postgres://reader@replica1/sam" },
      "DATABASE_READ_URLS",
    ],
    [
      { DATABASE_URL: "mysql://app@db1/sam", DATABASE_READ_URLS: "mysql://reader@replica1" },
      "DATABASE_READ_URLS",
    ],
    [
      { DATABASE_URL: "mysql://app@db1/sam", DATABASE_READ_URLS: "replica1:3306" },
      "DATABASE_READ_URLS",
    ],
    [{ READ_YOUR_WRITES_MS: "0" }, "READ_YOUR_WRITES_MS"],
    [{ READ_YOUR_WRITES_MS: "five seconds" }, "READ_YOUR_WRITES_MS"],
  ])("stops on %j naming %s", (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${variable}:`));
  });

  it("reads a cluster's nodes from a DATABASE_URL with several hosts", () => {
    const config = loadConfig({
      DATABASE_URL: "mysql://sam:s3cret@db1:4401,db2,10.0.0.3:4403/smart_accounts",
    });
    expect(config.database).toEqual({
      kind: "mysql",
      url: "mysql://sam:s3cret@db1:4401/smart_accounts",
      hosts: [
        { host: "db1", port: 4401 },
        { host: "db2", port: 3306 },
        { host: "10.0.0.3", port: 4403 },
      ],
    });
  });

  it("reads the replicas of DATABASE_READ_URLS and the read-your-writes window", () => {
    const config = loadConfig({
      DATABASE_URL: "mysql://app:s3cret@db1:3306/smart_accounts",
      DATABASE_READ_URLS:
        " mysql://reader:r3ad@replica1:3306/smart_accounts, mariadb://reader:r3ad@replica2/smart_accounts",
      READ_YOUR_WRITES_MS: "8000",
    });
    expect(config.replicas).toEqual({
      urls: [
        "mysql://reader:r3ad@replica1:3306/smart_accounts",
        "mysql://reader:r3ad@replica2/smart_accounts",
      ],
      readYourWritesMs: 8000,
    });
    expect(loadConfig({ DATABASE_URL: "mysql://app@db1/sam" }).replicas).toBeNull();
    expect(
      loadConfig({
        DATABASE_URL: "mysql://app@db1/sam",
        DATABASE_READ_URLS: "mysql://r@replica1/sam",
      }).replicas?.readYourWritesMs,
    ).toBe(5000);
  });

  it("defaults to the embedded database file and port 4000", () => {
    const config = loadConfig({}, "/srv/app");
    expect(config.port).toBe(4000);
    expect(config.database).toEqual({
      kind: "sqlite",
      file: "/srv/app/data/smart-accounts.sqlite",
    });
    expect(config.appUrl).toBe("http://localhost:4000");
  });
});
