// `pnpm lighthouse`: Lighthouse on the built console, served as `npm start` serves it (the
// server's demo entry, its demo data, the production build of the web), signed in as a demo
// customer: the directory, an account page and the first step of the request wizard, each with
// Lighthouse's desktop preset and its default mobile preset (a mid-range phone on slow 4G), best
// of three runs (fewer when one already meets every threshold). Prints the scores, writes them
// to docs/performance-web.md, and exits non-zero below the thresholds. Needs `pnpm build` first,
// and Chromium (CHROMIUM_PATH, /usr/bin/chromium by default).
//
//   pnpm lighthouse [--runs 3] [--page directory|account|wizard] [--preset desktop|mobile]
//                   [--allow-below mobile.performance]
//
// --allow-below names a threshold that is known not to be met yet: it is still measured, printed
// and marked ✗ in the table and the docs, but does not fail the run (for trying a change locally;
// CI passes none: every threshold fails it).
//
// LIGHTHOUSE_PORT (4325 by default) is the port the console is served on.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import { format } from "prettier";

const root = new URL("..", import.meta.url).pathname;
const { values: options } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    page: { type: "string", multiple: true },
    preset: { type: "string", multiple: true },
    "allow-below": { type: "string", multiple: true, default: [] },
  },
});

/** Scores out of 100 that each preset must reach (best of the runs, category by category). */
const THRESHOLDS = {
  desktop: { performance: 95, accessibility: 100, "best-practices": 95 },
  mobile: { performance: 85, accessibility: 100, "best-practices": 95 },
};
for (const name of options["allow-below"]) {
  const [preset, category] = name.split(".");
  if (!(category in (THRESHOLDS[preset] ?? {})))
    throw new Error(`--allow-below ${name}: no such threshold`);
}
const CATEGORIES = ["performance", "accessibility", "best-practices"];
const PRESETS = { desktop: desktopConfig, mobile: undefined };
const DEMO_EMAIL = "ccoesup@ccoesup.com";
const DEMO_PASSWORD = "smart-accounts-demo";

const port = Number(process.env.LIGHTHOUSE_PORT ?? 4325);
const base = `http://127.0.0.1:${port}`;
const runs = Number(options.runs);
const reports = join(tmpdir(), "sam-lighthouse");

for (const built of ["apps/server/dist/cli/demo.js", "apps/web/dist/index.html"]) {
  if (!existsSync(join(root, built))) {
    console.error(`${built} is missing: run pnpm build first.`);
    process.exit(1);
  }
}

/** The demo as `npm start` runs it, on a fresh in-memory database. */
async function startDemo() {
  const server = spawn(process.execPath, ["apps/server/dist/cli/demo.js"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "development",
      PORT: String(port),
      APP_URL: base,
      DATABASE_URL: "sqlite::memory:",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise((_, reject) =>
    server.once("exit", (code) => reject(new Error(`The demo server exited with ${code}`))),
  );
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ready = await Promise.race([
      fetch(`${base}/readyz`).then(
        (res) => res.ok,
        () => false,
      ),
      exited,
    ]);
    // The demo seeds after the server answers: wait until its users can sign in.
    if (ready && (await signIn().catch(() => null))) break;
    if (Date.now() > deadline) throw new Error("The demo server did not get ready in 60 s");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return server;
}

async function gql(query, variables, cookie) {
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return { data: body.data, res };
}

/** Signs the demo customer in through the public API; the session cookie comes back. */
async function signIn() {
  const { res } = await gql(
    "mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }",
    { input: { email: DEMO_EMAIL, password: DEMO_PASSWORD } },
  );
  const session = res.headers.getSetCookie().find((cookie) => cookie.startsWith("sam_session="));
  if (!session) throw new Error("Signing in set no session cookie");
  return session.split(";")[0];
}

/** An active account the signed-in customer holds a role in: from the directory, or new. */
async function accountId(cookie) {
  const { data } = await gql(
    `{ directory(first: 100) { edges { node { reason smartAccount { id status } } } } }`,
    {},
    cookie,
  );
  const held = data.directory.edges
    .map((edge) => edge.node)
    .find((node) => node.reason === "HAS_ROLE" && node.smartAccount.status === "ACTIVE");
  if (held) return held.smartAccount.id;
  const created = await gql(
    `mutation ($input: RequestSmartAccountInput!) {
      requestSmartAccount(input: $input) { smartAccount { id status } }
    }`,
    {
      input: {
        authorization: "REQUESTER",
        acceptTerms: true,
        acknowledgeExistingAccounts: true,
        name: "CCO Esup Lighthouse",
        company: {
          name: "CCO Esup, Inc.",
          country: "US",
          addressLine: "1 Sample Street",
          city: "Irvine",
          region: "CALIFORNIA",
          postalCode: "92617",
        },
      },
    },
    cookie,
  );
  return created.data.requestSmartAccount.smartAccount.id;
}

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

async function audit(chrome, url, preset, cookie) {
  const result = await lighthouse(
    url,
    {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: CATEGORIES,
      extraHeaders: { Cookie: cookie },
    },
    PRESETS[preset],
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) {
    throw Object.assign(new Error(`${url}: ${lhr.runtimeError.message}`), {
      lighthouseRuntimeError: true,
    });
  }
  // A page may move to its own address (a wizard's first step), but not to signing in.
  if (new URL(lhr.finalDisplayedUrl).pathname.startsWith("/sign-in")) {
    throw new Error(`${url} ended on ${lhr.finalDisplayedUrl}: was the session refused?`);
  }
  return lhr;
}

/** Lighthouse sometimes fails to record a trace on a busy machine: such a run is run again. */
async function auditWithRetries(chrome, url, preset, cookie, attempts = 3) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await audit(chrome, url, preset, cookie);
    } catch (error) {
      if (attempt >= attempts || !error.lighthouseRuntimeError) throw error;
      console.log(`  (${url}, ${preset}: ${error.message}; running it again)`);
    }
  }
}

const pct = (score) => (score === null || score === undefined ? null : Math.round(score * 100));

async function main() {
  mkdirSync(reports, { recursive: true });
  const server = await startDemo();
  let chrome;
  try {
    const cookie = await signIn();
    const pages = {
      directory: "/directory",
      account: `/smart-accounts/${await accountId(cookie)}`,
      wizard: "/directory/request/company",
    };
    chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      chromeFlags: CHROME_FLAGS,
      logLevel: "silent",
    });
    const rows = [];
    for (const [name, path] of Object.entries(pages)) {
      if (options.page && !options.page.includes(name)) continue;
      for (const preset of Object.keys(PRESETS)) {
        if (options.preset && !options.preset.includes(preset)) continue;
        const best = {};
        const metrics = {};
        // Best of the runs: once one run meets every threshold (those allowed below aside),
        // the others could not change the verdict and are not run.
        const met = () =>
          Object.entries(THRESHOLDS[preset]).every(
            ([category, min]) =>
              best[category] >= min || options["allow-below"].includes(`${preset}.${category}`),
          );
        for (let run = 1; run <= runs && !(run > 1 && met()); run += 1) {
          const lhr = await auditWithRetries(chrome, `${base}${path}`, preset, cookie);
          writeFileSync(join(reports, `${name}-${preset}-${run}.json`), JSON.stringify(lhr));
          const scores = Object.fromEntries(
            CATEGORIES.map((category) => [category, pct(lhr.categories[category]?.score)]),
          );
          console.log(
            `  ${name} ${preset} run ${run}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(", ")}`,
          );
          for (const category of CATEGORIES) {
            if (scores[category] !== null && !(scores[category] <= best[category])) {
              best[category] = scores[category];
              if (category === "performance") {
                for (const id of [
                  "first-contentful-paint",
                  "largest-contentful-paint",
                  "total-blocking-time",
                  "cumulative-layout-shift",
                  "speed-index",
                ]) {
                  metrics[id] = lhr.audits[id]?.displayValue ?? "";
                }
              }
            }
          }
        }
        const failures = Object.entries(THRESHOLDS[preset])
          .filter(([category, min]) => !(best[category] >= min))
          .map(([category, min]) => `${category} ${best[category]} < ${min}`);
        rows.push({
          name,
          path: path.replace(/[0-9a-f-]{36}/, ":id"),
          preset,
          best,
          metrics,
          failures,
        });
      }
    }
    await report(rows);
    const failed = rows.filter((row) => row.failures.length > 0);
    if (failed.length > 0) {
      console.error(`\nBelow the thresholds:`);
      for (const row of failed)
        console.error(`  ${row.name} (${row.preset}): ${row.failures.join(", ")}`);
    }
    const allowed = new Set(options["allow-below"]);
    const failing = failed.filter((row) =>
      row.failures.some((failure) => !allowed.has(`${row.preset}.${failure.split(" ")[0]}`)),
    );
    if (failing.length > 0) process.exitCode = 1;
    else if (failed.length > 0)
      console.error(`(allowed below for now: ${[...allowed].join(", ")}; not failing the run)`);
  } finally {
    if (chrome) await chrome.kill();
    server.kill("SIGTERM");
  }
}

async function report(rows) {
  const header = [
    "| Page | Preset | Performance | Accessibility | Best Practices | FCP | LCP | TBT | CLS | Speed Index |",
    "| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: |",
  ];
  const lines = rows.map(({ path, preset, best, metrics, failures }) => {
    const score = (category) => {
      const value = best[category] ?? "–";
      return failures.some((failure) => failure.startsWith(`${category} `))
        ? `**${value}** ✗`
        : `${value}`;
    };
    return `| \`${path}\` | ${preset} | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ${metrics["first-contentful-paint"]} | ${metrics["largest-contentful-paint"]} | ${metrics["total-blocking-time"]} | ${metrics["cumulative-layout-shift"]} | ${metrics["speed-index"]} |`;
  });
  const table = [...header, ...lines].join("\n");
  console.log(`\nLighthouse, best of ${runs} (metrics of the best performance run):\n\n${table}\n`);
  console.log(`Reports (JSON) of every run: ${reports}`);

  const doc = join(root, "docs/performance-web.md");
  const start = "<!-- lighthouse:start -->";
  const end = "<!-- lighthouse:end -->";
  if (!existsSync(doc)) return;
  const text = readFileSync(doc, "utf8");
  if (!text.includes(start) || !text.includes(end)) return;
  const section = `${start}\n\nLast run: ${new Date().toISOString().slice(0, 10)}, best of ${runs} runs.\n\n${table}\n\n${end}`;
  const updated =
    text.slice(0, text.indexOf(start)) + section + text.slice(text.indexOf(end) + end.length);
  // Formatted as the repository's lint wants it, so the result can be committed as written.
  writeFileSync(doc, await format(updated, { filepath: doc }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
