import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { print } from "graphql";
import { ConfigError, loadConfig } from "../src/config";
import { accountOf, REQUEST } from "./account-api";
import { startTestApp, type TestApp } from "./harness";
import { ME, registeredUser } from "./user-api";

// /metrics for operators: latency by the console's operation names only (any other name is
// `other`), statements per operation, the outbox's and the lapse job's lag, and who may read it.

const TOKEN = "metrics-token-0123456789-abcdefghijkl";

/** A made-up web build: a page, and the operation names the console sends. */
function writeBuild(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sam-web-dist-"));
  fs.writeFileSync(path.join(dir, "index.html"), "<!doctype html><html><head></head></html>\n");
  fs.writeFileSync(
    path.join(dir, "operations.json"),
    JSON.stringify({ operations: ["Me", "RequestAccount"] }),
  );
  return dir;
}

async function scrape(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/metrics`, { headers });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** The value of one sample line (`name{labels} value`), or null when there is none. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | null {
  for (const line of text.split("\n")) {
    if (!line.startsWith(name)) continue;
    const match = /^(\w+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries(
      [...(match[2] ?? "").matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(match[3]);
  }
  return null;
}

describe("/metrics outside production", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ webDistDir: writeBuild() });
  });
  afterAll(async () => {
    await app.close();
  });
  beforeEach(async () => {
    await app.reset();
  });

  it("times operations by the console's names only, and counts each one's statements", async () => {
    const ada = await registeredUser(app);
    expect((await ada.gql(ME)).errors).toBeUndefined();
    // A name the console never sends, sent to grow the label set: counted as `other`.
    const made = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: ada.cookie! },
      body: JSON.stringify({ query: print(ME).replace("query Me", "query Zz9RandomName") }),
    });
    expect(made.status).toBe(200);

    const { status, headers, text } = await scrape(app.url);
    expect(status).toBe(200);
    expect(headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(headers.get("cache-control")).toBe("no-store");
    const me = { operation: "Me", type: "query", outcome: "ok" };
    expect(sample(text, "graphql_operation_duration_seconds_count", me)).toBe(1);
    expect(text).not.toContain("Zz9RandomName");
    expect(
      sample(text, "graphql_operation_duration_seconds_count", {
        operation: "other",
        type: "query",
      }),
    ).toBeGreaterThanOrEqual(1);
    // Reading `me` for a session takes at least the session's own lookup.
    const statements = sample(text, "graphql_operation_sql_statements_sum", {
      operation: "Me",
      type: "query",
    });
    expect(statements).toBeGreaterThanOrEqual(1);
    expect(statements).toBeLessThan(20);
    expect(
      sample(text, "http_request_duration_seconds_count", {
        route: "graphql",
        method: "POST",
        status: "2xx",
      }),
    ).toBeGreaterThanOrEqual(2);
    // Node's own: memory, event loop, handles.
    expect(sample(text, "process_resident_memory_bytes")).toBeGreaterThan(0);
    expect(text).toContain("nodejs_eventloop_lag_seconds");
  });

  it("shows how many emails wait in the outbox and for how long", async () => {
    const before = await scrape(app.url);
    expect(sample(before.text, "outbox_emails_waiting")).toBe(0);
    expect(sample(before.text, "outbox_oldest_waiting_seconds")).toBe(0);
    await registeredUser(app); // a verification email, not sent (no jobs run here)
    app.clock.advance(90_000);
    const waiting = (await app.outbox()).filter((e) => e.status === "PENDING").length;
    expect(waiting).toBeGreaterThan(0);
    const after = await scrape(app.url);
    expect(sample(after.text, "outbox_emails_waiting")).toBe(waiting);
    expect(sample(after.text, "outbox_oldest_waiting_seconds")).toBeGreaterThanOrEqual(90);
  });

  it("shows requests past their lapse time that the lapse job has not lapsed yet", async () => {
    const ada = await registeredUser(app);
    accountOf(
      await ada.gql(REQUEST, {
        input: {
          authorization: "SOMEONE_ELSE",
          approverEmails: ["boss@ccoesup.com"],
          name: "Waiting Co",
          company: {
            name: "CCO Esup, Inc.",
            country: "US",
            addressLine: "1 Sample Street",
            city: "Irvine",
            region: "CALIFORNIA",
            postalCode: "92617",
          },
          acceptTerms: true,
          acknowledgeExistingAccounts: true,
        },
      }),
    );
    expect(sample((await scrape(app.url)).text, "lapse_overdue_accounts")).toBe(0);
    app.clock.advance(91 * 24 * 60 * 60 * 1000);
    const text = (await scrape(app.url)).text;
    expect(sample(text, "lapse_overdue_accounts")).toBe(1);
    expect(sample(text, "lapse_oldest_overdue_seconds")).toBeGreaterThanOrEqual(24 * 60 * 60 - 1);
  });
});

describe("/metrics in production", () => {
  const production = {
    NODE_ENV: "production",
    SMTP_URL: "smtp://127.0.0.1:2525",
    APP_URL: "https://accounts.example.com",
  };

  it("is not served without a token or an internal port", async () => {
    const app = await startTestApp({ env: production, webDistDir: writeBuild() });
    try {
      const res = await scrape(app.url);
      expect(res.status).toBe(404);
      expect(res.text).not.toContain("process_");
    } finally {
      await app.close();
    }
  });

  it("with a token, answers only the bearer of that token", async () => {
    const app = await startTestApp({ env: { ...production, METRICS_TOKEN: TOKEN } });
    try {
      expect((await scrape(app.url)).status).toBe(401);
      expect((await scrape(app.url, { authorization: `Bearer ${TOKEN}x` })).status).toBe(401);
      expect((await scrape(app.url, { authorization: TOKEN })).status).toBe(401);
      const ok = await scrape(app.url, { authorization: `Bearer ${TOKEN}` });
      expect(ok.status).toBe(200);
      expect(sample(ok.text, "process_resident_memory_bytes")).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  });

  it("counts the statements of the sampled share of operations only", async () => {
    const app = await startTestApp({
      env: { ...production, METRICS_TOKEN: TOKEN, METRICS_STATEMENT_SAMPLE: "0" },
      webDistDir: writeBuild(),
    });
    try {
      const res = await fetch(`${app.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: print(ME) }),
      });
      expect(res.status).toBe(200);
      const { text } = await scrape(app.url, { authorization: `Bearer ${TOKEN}` });
      const me = { operation: "Me", type: "query" };
      expect(sample(text, "graphql_operation_duration_seconds_count", me)).toBe(1);
      expect(sample(text, "graphql_operation_sql_statements_count", me)).toBeNull();
    } finally {
      await app.close();
    }
  });

  it("with an internal port, is served there and not on the app's port", async () => {
    const app = await startTestApp({ env: { ...production, METRICS_PORT: "0" } });
    try {
      expect((await scrape(app.url)).status).toBe(404);
      expect(app.metricsUrl).not.toBeNull();
      const internal = await scrape(app.metricsUrl!);
      expect(internal.status).toBe(200);
      expect(internal.text).toContain("http_request_duration_seconds");
      const other = await fetch(`${app.metricsUrl}/graphql`);
      expect(other.status).toBe(404);
    } finally {
      await app.close();
    }
  });
});

describe("metrics configuration", () => {
  it.each([
    [{ METRICS_TOKEN: "short" }, "METRICS_TOKEN"],
    [{ METRICS_TOKEN: `${TOKEN} with spaces` }, "METRICS_TOKEN"],
    [{ METRICS_PORT: "70000" }, "METRICS_PORT"],
    [{ METRICS_PORT: "4000", PORT: "4000" }, "METRICS_PORT"],
    [{ METRICS_STATEMENT_SAMPLE: "1.5" }, "METRICS_STATEMENT_SAMPLE"],
    [{ METRICS_STATEMENT_SAMPLE: "-0.1" }, "METRICS_STATEMENT_SAMPLE"],
    [{ METRICS_STATEMENT_SAMPLE: "half" }, "METRICS_STATEMENT_SAMPLE"],
  ])("refuses %j, naming %s", (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${variable}:`));
  });

  it("counts every operation's statements outside production and a sample in production", () => {
    expect(loadConfig({}).metrics.statementSample).toBe(1);
    const production = {
      NODE_ENV: "production",
      SMTP_URL: "smtp://127.0.0.1:2525",
      APP_URL: "https://accounts.example.com",
    };
    expect(loadConfig(production).metrics.statementSample).toBe(0.01);
    expect(
      loadConfig({ ...production, METRICS_STATEMENT_SAMPLE: "0.5" }).metrics.statementSample,
    ).toBe(0.5);
  });
});
