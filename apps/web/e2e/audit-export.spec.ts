import fs from "node:fs/promises";
import { expect, test, type Download, type Page } from "./fixtures";
import { expectNoAxeViolations } from "./axe";
import {
  apiSession,
  DEMO_PASSWORD,
  gql,
  registerVerified,
  requestActiveAccount,
  signIn,
  uniqueDomain,
} from "./support";

// An account's history downloaded from its page by its administrator, and the staff's audit log
// filtered down to that administrator and exported, against the real server.

const domain = uniqueDomain("audit");
const admin = `avery@${domain}`;
const STAFF = "staff@smartaccounts.example";
let accountId = "";

test.beforeAll(async ({ request, baseURL }) => {
  await registerVerified(request, { email: admin, name: "Avery Audit", company: "Audit Inc" });
  const api = await apiSession(baseURL!, admin);
  accountId = (await requestActiveAccount(api, { name: "Audit Widgets", company: "Audit Inc" })).id;
  // Two renames: a history of several events, by this administrator only.
  for (const name of ["Audit Widgets Two", "Audit Widgets Three"]) {
    await gql(
      api,
      `mutation ($input: UpdateSmartAccountInput!) { updateSmartAccount(input: $input) { smartAccount { id } } }`,
      { input: { smartAccountId: accountId, name } },
    );
  }
  await api.dispose();
});

async function textOf(download: Download): Promise<string> {
  return fs.readFile(await download.path(), "utf8");
}

async function downloadFrom(page: Page, linkName: string): Promise<Download> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: linkName }).click(),
  ]);
  return download;
}

test("the History section downloads the whole history as CSV and as NDJSON", async ({ page }) => {
  await page.goto(`/smart-accounts/${accountId}`);
  await signIn(page, admin);
  await expect(page.getByRole("heading", { name: "Audit Widgets Three", level: 1 })).toBeVisible();
  const history = page.getByRole("list", { name: "Account history, newest first" });
  await expect(history.getByRole("listitem")).toHaveCount(3);

  const csv = await downloadFrom(page, "Download CSV of the account's history");
  expect(csv.suggestedFilename()).toMatch(
    new RegExp(`^history-${accountId}-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
  );
  const lines = (await textOf(csv)).split("\r\n").filter(Boolean);
  expect(lines[0]).toBe(
    "When,Event Type,Actor Email,Status Before,Status After,Detail,Sequence,Position",
  );
  expect(lines).toHaveLength(4);
  // Oldest first, as the history was written.
  expect(lines[1]).toContain(`,REQUESTED,${admin},`);
  expect(lines[3]).toContain(`,DETAILS_UPDATED,${admin},ACTIVE,ACTIVE,`);
  expect(lines[3]).toContain("Audit Widgets Three");

  const ndjson = await downloadFrom(page, "Download NDJSON of the account's history");
  expect(ndjson.suggestedFilename()).toMatch(/\.ndjson$/);
  const events = (await textOf(ndjson))
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { type: string; sequence: number; actorEmail: string });
  expect(events.map((e) => [e.type, e.sequence])).toEqual([
    ["REQUESTED", 1],
    ["DETAILS_UPDATED", 2],
    ["DETAILS_UPDATED", 3],
  ]);
});

test("staff filter the audit log by actor, in the address, and export what they filtered", async ({
  page,
}) => {
  await page.goto("/directory");
  await signIn(page, STAFF, DEMO_PASSWORD);
  await page
    .getByRole("navigation", { name: "Main navigation" })
    .getByRole("link", { name: "Audit Log" })
    .click();
  await expect(page.getByRole("heading", { name: "Audit Log", level: 1 })).toBeVisible();
  const table = page.getByRole("table", { name: "Audit log, newest first" });
  await expect(table.locator("tbody > tr").first()).toBeVisible();

  await page.getByRole("textbox", { name: "Actor email" }).fill(admin);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`actorEmail=${encodeURIComponent(admin)}`));
  await expect(table.locator("tbody > tr")).toHaveCount(3);
  await expect(page.getByText("3 entries")).toBeVisible();
  // Newest first: the last rename at the top.
  await expect(table.locator("tbody > tr").first()).toContainText("Details updated");
  await expect(table.locator("tbody > tr").first()).toContainText("Audit Widgets Three");
  await expect(table.locator("tbody > tr").last()).toContainText("Requested");

  const csv = await downloadFrom(page, "Download CSV of the audit log");
  const lines = (await textOf(csv)).split("\r\n").filter(Boolean);
  expect(lines[0]).toMatch(/^When,Smart Account ID,Smart Account,Event Type,Actor Email,/);
  expect(lines).toHaveLength(4);
  expect(lines.slice(1).every((line) => line.includes(`,${accountId},`))).toBe(true);
  expect(lines.slice(1).every((line) => line.includes(`,${admin},`))).toBe(true);

  // The filter survives a reload, and the page holds at a phone's width without violations.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Actor email" })).toHaveValue(admin);
  await expect(table.locator("tbody > tr")).toHaveCount(3);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page, "/audit-log (filtered)");
});

test("the audit log is not for an account's administrator", async ({ page }) => {
  await page.goto("/audit-log");
  await signIn(page, admin);
  await expect(page.getByText("For staff only")).toBeVisible();
  await expect(
    page
      .getByRole("navigation", { name: "Main navigation" })
      .getByRole("link", { name: "Audit Log" }),
  ).toHaveCount(0);
  const refused = await page.request.get("/export/audit.csv");
  expect(refused.status()).toBe(404);
});
