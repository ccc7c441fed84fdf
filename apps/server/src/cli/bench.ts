import "reflect-metadata";
import { spawn } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import { BENCH_PASSWORD, BENCH_USER } from "../db/large-seed";

/**
 * `pnpm bench`: the server on core 0, the load on core 1, against a MySQL/MariaDB database
 * seeded with `pnpm db:seed --size 100000`. Prints requests per second, p50 and p95 for a
 * directory page and a search.
 */
const DATABASE_URL = process.env.DATABASE_URL ?? "mysql://root@127.0.0.1:3306/sam_bench";
const PORT = Number(process.env.BENCH_PORT ?? 4400);
const DURATION = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const base = `http://127.0.0.1:${PORT}`;

const DIRECTORY = `query Directory { directory(first: 50) { totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { reason smartAccount { id name domainIdentifier status visibility administrators
  myRoles { role virtualAccountId } virtualAccounts { id name parentId isDefault } } } } } }`;
const SEARCH = `query Search { searchSmartAccounts(query: "summit", first: 20) { totalCount totalCountIsCapped
  pageInfo { hasNextPage endCursor } edges { node { id name domainIdentifier status visibility administrators } } } }`;

function startServer() {
  const server = spawn(
    "taskset",
    ["-c", "0", process.execPath, path.resolve(__dirname, "..", "main.js")],
    {
      env: {
        ...process.env,
        DATABASE_URL,
        PORT: String(PORT),
        NODE_ENV: "production",
        SMTP_URL: "smtp://127.0.0.1:1",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  return server;
}

async function waitReady() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("the server did not become ready");
}

async function signIn(): Promise<string> {
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation { signIn(input: { email: "${BENCH_USER}", password: "${BENCH_PASSWORD}" }) { user { id } } }`,
    }),
  });
  const cookie = res.headers.getSetCookie()[0]?.split(";")[0];
  if (!cookie) throw new Error(`sign-in failed: ${await res.text()}`);
  return cookie;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function run(name: string, query: string, cookie: string) {
  const latencies: number[] = [];
  let errors = 0;
  const result = await autocannon({
    url: `${base}/graphql`,
    method: "POST",
    connections: CONNECTIONS,
    duration: DURATION,
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ query }),
    setupClient(client) {
      client.on("response", (statusCode: number, _bytes: number, responseTime: number) => {
        latencies.push(responseTime);
        if (statusCode !== 200) errors += 1;
      });
    },
  });
  latencies.sort((a, b) => a - b);
  return {
    name,
    rps: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    requests: latencies.length,
    errors: errors + result.errors + result.non2xx,
  };
}

async function main() {
  const server = startServer();
  try {
    await waitReady();
    const cookie = await signIn();
    // Warm the pools and caches before measuring.
    await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ query: DIRECTORY }),
    });
    const rows = [
      await run("directory (first 50, every nested field)", DIRECTORY, cookie),
      await run('search "summit" (first 20)', SEARCH, cookie),
    ];
    console.log(
      `\n${CONNECTIONS} connections, ${DURATION} s each, server on core 0, load on core 1\n`,
    );
    console.log("| query | requests/s | p50 ms | p95 ms | requests | errors |");
    console.log("|---|---|---|---|---|---|");
    for (const r of rows) {
      console.log(
        `| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.requests} | ${r.errors} |`,
      );
    }
    if (rows.some((r) => r.errors > 0)) process.exitCode = 1;
  } finally {
    server.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
