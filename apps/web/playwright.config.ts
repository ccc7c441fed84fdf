import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 4310);
const baseURL = `http://127.0.0.1:${port}`;
const reports = process.env.CI_REPORTS;

/**
 * The browser suite: Debian's Chromium (no browser download) against the built console served
 * by the real server on a fresh in-memory embedded database, seeded with the demo users of the
 * README (password "smart-accounts-demo"), staff@smartaccounts.example among them.
 */
export default defineConfig({
  testDir: "e2e",
  outputDir: "e2e/artifacts/results",
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: reports ? [["list"], ["json", { outputFile: `${reports}/e2e.json` }]] : [["list"]],
  use: {
    baseURL,
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
  webServer: {
    command: "node ../server/dist/cli/demo.js",
    url: `${baseURL}/readyz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      NODE_ENV: "development",
      PORT: String(port),
      APP_URL: baseURL,
      DATABASE_URL: "sqlite::memory:",
      LOG_LEVEL: "warn",
      // Set-up registrations (e2e/support.ts) each come from an address of their own.
      TRUST_PROXY: "loopback",
      // The webhook spec's receiver listens on this machine (never allowed in production).
      WEBHOOKS_ALLOW_PRIVATE_ADDRESSES: "true",
    },
  },
});
