import fs from "node:fs/promises";
import { expect, test, type Download, type Locator, type Page } from "./fixtures";
import { apiSession, gql, registerVerified, signIn, uniqueDomain } from "./support";

// Dense tables, their sorting and CSV downloads, and every table page at phone width, against
// the real server. One person administers a few accounts (one with a very long name, one whose
// name starts like a spreadsheet formula) and has more access requests waiting than a page holds.

const domain = uniqueDomain("tables");
const admin = `tess@${domain}`;
const LONG_NAME = "CCO Esup, Inc. International Holdings and Worldwide Subsidiaries Division";
const FORMULA_NAME = "=SUM(A1:A9)";
const NAMES = [LONG_NAME, "Beta Widgets", "Alpha Widgets", FORMULA_NAME];
const REQUESTS = 24;
let accountIds: string[] = [];

test.beforeAll(async ({ request, baseURL }) => {
  await registerVerified(request, { email: admin, name: "Tess Tables", company: "Tables" });
  const api = await apiSession(baseURL!, admin);
  accountIds = [];
  for (const [index, name] of NAMES.entries()) {
    const data = await gql<{ requestSmartAccount: { smartAccount: { id: string } } }>(
      api,
      `mutation ($input: RequestSmartAccountInput!) {
        requestSmartAccount(input: $input) { smartAccount { id } }
      }`,
      {
        input: {
          authorization: "REQUESTER",
          acceptTerms: true,
          acknowledgeExistingAccounts: true,
          name,
          domainIdentifier: index === 0 ? domain : `unit${index}.${domain}`,
          // A sub-domain waits for domain review, which wants a phone number.
          contactPhone: index === 0 ? null : "+1 949 555 0100",
          company: {
            name: "Tables Inc",
            country: "US",
            addressLine: "1 Sample Street",
            city: "Irvine",
            region: "CALIFORNIA",
            postalCode: "92617",
          },
        },
      },
    );
    accountIds.push(data.requestSmartAccount.smartAccount.id);
  }
  await api.dispose();

  // More access requests than one page of the console, one with a formula as its reason.
  const asker = `ana@${uniqueDomain("asker")}`;
  await registerVerified(request, { email: asker, name: "Ana Asker", company: "Askers" });
  const askerApi = await apiSession(baseURL!, asker);
  // At most 20 emails a request: two requests of half each.
  for (const half of [0, 1]) {
    await gql(
      askerApi,
      `mutation ($input: RequestAccessInput!) { requestAccess(input: $input) { accessRequests { id } } }`,
      {
        input: {
          smartAccountId: accountIds[0],
          emails: Array.from(
            { length: REQUESTS / 2 },
            (_, i) => `person${half * (REQUESTS / 2) + i}@${domain}`,
          ),
          forMyself: false,
          reason: "=SUM(1+1)",
          role: "VIEWER",
        },
      },
    );
  }
  await askerApi.dispose();
});

async function signInAs(page: Page, path: string) {
  await page.goto(path);
  await signIn(page, admin);
  await page.waitForURL((url) => url.pathname === path);
}

/** The heights of a table's body rows, in CSS pixels. */
async function rowHeights(table: Locator): Promise<number[]> {
  return table
    .locator("tbody > tr")
    .evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect().height));
}

async function csvOf(download: Download): Promise<string> {
  const file = await download.path();
  return fs.readFile(file, "utf8");
}

function csvLines(text: string): string[] {
  return text.split("\r\n").filter(Boolean);
}

test("at 1440 px the directory and the requests show one line per row, names whole on focus", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signInAs(page, "/directory");
  const directory = page.getByRole("table", { name: /Smart Accounts you can reach/ });
  await expect(directory.getByRole("link", { name: LONG_NAME })).toBeVisible();
  const heights = await rowHeights(directory);
  expect(heights.length).toBeGreaterThanOrEqual(NAMES.length);
  // One line of text with a compact badge and button: well under two lines (~40 px).
  expect(
    heights.filter((height) => height >= 44),
    `row heights ${heights.join(", ")}`,
  ).toEqual([]);

  // The long name is cut, and shown whole in a tip on keyboard focus.
  const link = directory.getByRole("link", { name: LONG_NAME });
  const cut = await link.evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(cut).toBe(true);
  const tip = () => link.evaluate((el) => getComputedStyle(el.parentElement!, "::after").content);
  expect(await tip()).toBe("none");
  await link.focus();
  expect(await tip()).toBe(JSON.stringify(LONG_NAME));

  // Ids are shortened, with a button that copies them.
  await expect(directory.getByRole("button", { name: "Copy ID" }).first()).toBeVisible();

  await page.goto("/requests");
  const requests = page.getByRole("table", { name: /The Smart Accounts you requested/ });
  await expect(requests.getByRole("link", { name: LONG_NAME })).toBeVisible();
  const requestHeights = await rowHeights(requests);
  expect(requestHeights.length).toBeGreaterThanOrEqual(NAMES.length);
  expect(
    requestHeights.filter((height) => height >= 44),
    `${requestHeights.join(", ")}`,
  ).toEqual([]);
});

test("the directory sorts by name from its column header, in the URL, both ways", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signInAs(page, "/directory");
  const directory = page.getByRole("table", { name: /Smart Accounts you can reach/ });
  const names = () => directory.locator("tbody > tr > th a").allInnerTexts();
  await expect(directory.getByRole("link", { name: "Alpha Widgets" })).toBeVisible();

  const header = directory.getByRole("columnheader", { name: /^Name/ });
  await expect(header).toHaveAttribute("aria-sort", "none");
  await header.getByRole("button").click();
  await expect(page).toHaveURL(/sort=name-asc/);
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  await expect.poll(names).toEqual([FORMULA_NAME, "Alpha Widgets", "Beta Widgets", LONG_NAME]);

  await header.getByRole("button").click();
  await expect(page).toHaveURL(/sort=name-desc/);
  await expect(header).toHaveAttribute("aria-sort", "descending");
  await expect.poll(names).toEqual([LONG_NAME, "Beta Widgets", "Alpha Widgets", FORMULA_NAME]);

  // The sort survives a reload: it lives in the URL.
  await page.reload();
  await expect(header).toHaveAttribute("aria-sort", "descending");
  await expect(directory.locator("tbody > tr > th a").first()).toHaveText(LONG_NAME);
});

test("CSV downloads hold every row, formulas neutralised", async ({ page }) => {
  await signInAs(page, "/directory");
  const directory = page.getByRole("table", { name: /Smart Accounts you can reach/ });
  await expect(directory.getByRole("link", { name: "Alpha Widgets" })).toBeVisible();
  const [directoryCsv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download CSV of your directory" }).click(),
  ]);
  expect(directoryCsv.suggestedFilename()).toMatch(/^directory-\d{4}-\d{2}-\d{2}\.csv$/);
  const directoryText = await csvOf(directoryCsv);
  const directoryLines = csvLines(directoryText);
  expect(directoryLines[0]).toBe(
    "Name,Account ID,Account Domain Identifier,Status,Visibility,Admin Contacts,Your Roles,Why Listed",
  );
  expect(directoryLines).toHaveLength(NAMES.length + 1);
  expect(directoryLines.some((line) => line.startsWith("'=SUM(A1:A9),"))).toBe(true);
  for (const id of accountIds) expect(directoryText).toContain(id);

  await page.goto(`/access-requests?account=${accountIds[0]}`);
  const table = page.getByRole("table", { name: /Access requests to the account/ });
  await expect(table.locator("tbody > tr")).toHaveCount(20);
  const [requestsCsv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download CSV of the account's access requests" }).click(),
  ]);
  const requestLines = csvLines(await csvOf(requestsCsv));
  // Every request, not only the page on screen.
  expect(requestLines).toHaveLength(REQUESTS + 1);
  expect(requestLines[0]).toMatch(/^Requested At,Smart Account,Smart Account ID,Email,/);
  expect(requestLines.slice(1).every((line) => line.includes(",'=SUM(1+1),"))).toBe(true);
});

test("access requests sort by the date asked from the Requested header", async ({ page }) => {
  await signInAs(page, "/directory");
  await page.goto(`/access-requests?account=${accountIds[0]}`);
  const table = page.getByRole("table", { name: /Access requests to the account/ });
  const header = table.getByRole("columnheader", { name: "Requested", exact: true });
  await expect(header).toHaveAttribute("aria-sort", "none");
  await header.getByRole("button").click();
  await expect(page).toHaveURL(/sort=requested-desc/);
  await expect(table).toHaveAccessibleName(/newest first/);
  const newest = await table.locator("tbody > tr > th").first().innerText();
  await header.getByRole("button").click();
  await expect(page).toHaveURL(/sort=requested-asc/);
  await expect(table).toHaveAccessibleName(/oldest first/);
  await expect(table.locator("tbody > tr > th").first()).not.toHaveText(newest);
});

test("at 390 px no table page is wider than the screen, and Create Smart Account stays in view", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "/directory");
  const paths = [
    "/directory",
    `/smart-accounts/${accountIds[0]}`,
    "/requests",
    "/access-requests",
    `/access-requests?account=${accountIds[0]}`,
    "/domain-approvals",
    "/nominations",
    "/api-tokens",
    "/mailbox",
  ];
  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await expect(page.locator("main")).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(390);
  }

  for (const path of ["/directory", "/requests"]) {
    await page.goto(path);
    const create = page.getByRole("button", { name: "Create Smart Account" });
    await expect(create).toBeInViewport({ ratio: 1 });
  }

  // The directory's Status column is reached by scrolling its table region, not the page.
  await page.goto("/directory");
  const region = page.getByRole("region", { name: /Smart Accounts you can reach/ });
  const status = region.getByRole("columnheader", { name: /^Status/ });
  await status.scrollIntoViewIfNeeded();
  await expect(status).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
