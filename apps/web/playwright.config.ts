import { defineConfig } from "@playwright/test";
import { E2E_WORKERS, e2eServerUrl } from "./e2e/servers";

const reports = process.env.CI_REPORTS;

/**
 * The browser suite: Debian's Chromium (no browser download) against the built console served
 * by the real server on a fresh in-memory embedded database, seeded with the demo users of the
 * README (password "smart-accounts-demo"), staff@smartaccounts.example among them.
 *
 * Two workers by default, each with a server and database of its own (e2e/fixtures.ts gives a
 * test its worker's address): one worker left a core a third idle while the browser waited on
 * the server and the server on the browser. E2E_WORKERS=1 runs it as one sequence.
 */
export default defineConfig({
  testDir: "e2e",
  outputDir: "e2e/artifacts/results",
  workers: E2E_WORKERS,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: reports ? [["list"], ["json", { outputFile: `${reports}/e2e.json` }]] : [["list"]],
  use: {
    baseURL: e2eServerUrl(0),
    screenshot: "only-on-failure",
    // Without animation, axe sees dialogs and toasts as they finally look, not half faded.
    reducedMotion: "reduce",
    // Recording a trace of every test costs CI about a sixth of the suite's time: CI keeps the
    // screenshot of a failure; locally a failure's trace is kept too.
    trace: process.env.CI ? "off" : "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: Array.from({ length: E2E_WORKERS }, (_, worker) => ({
    command: "node ../server/dist/cli/demo.js",
    url: `${e2eServerUrl(worker)}/readyz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      NODE_ENV: "development",
      PORT: new URL(e2eServerUrl(worker)).port,
      APP_URL: e2eServerUrl(worker),
      DATABASE_URL: "sqlite::memory:",
      LOG_LEVEL: "warn",
      // Set-up registrations (e2e/support.ts) each come from an address of their own.
      TRUST_PROXY: "loopback",
      // The webhook spec's receiver listens on this machine (never allowed in production).
      WEBHOOKS_ALLOW_PRIVATE_ADDRESSES: "true",
    },
  })),
});
