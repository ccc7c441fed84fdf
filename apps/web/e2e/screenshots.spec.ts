import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "./fixtures";
import { apiSession, DEMO_PASSWORD, demoAccountId, signIn, signOut } from "./support";

// The README's pictures of the main pages, taken from the demo data at 1440×900 and committed
// in docs/screenshots/. Each page is checked to be alive (its rows there) before it is taken.

const DIR = fileURLToPath(new URL("../../../docs/screenshots/", import.meta.url));

test.use({ viewport: { width: 1440, height: 900 } });
// Six pages and two sign-ins in one journey.
test.setTimeout(120_000);

async function picture(page: Page, name: string) {
  // Nothing moving, no caret, no toast half faded: the same picture on every run.
  await page.mouse.move(0, 0);
  await page.screenshot({
    path: path.join(DIR, `${name}.png`),
    animations: "disabled",
    caret: "hide",
  });
}

test("screenshots of the main pages, as the demo users see them", async ({ page, baseURL }) => {
  const api = await apiSession(baseURL!, "ccoesup@ccoesup.com", DEMO_PASSWORD);
  const accountId = await demoAccountId(api, "CCO Esup, Inc.");
  await api.dispose();

  await page.goto("/directory");
  await signIn(page, "ccoesup@ccoesup.com", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Directory", level: 1 })).toBeVisible();
  for (const name of ["CCO Esup, Inc.", "CCO Esup Europe", "CCO Esup Labs"]) {
    await expect(page.getByRole("link", { name, exact: true }).first()).toBeVisible();
  }
  await picture(page, "directory");

  await page.goto(`/smart-accounts/${accountId}`);
  await expect(page.getByRole("heading", { name: "CCO Esup, Inc.", level: 1 })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: /Irvine Lab/ }).first()).toBeVisible();
  await expect(page.getByRole("list", { name: "Account history, newest first" })).toBeVisible();
  await picture(page, "account");

  await page.goto("/requests");
  await expect(page.getByRole("heading", { name: "Requests", level: 1 })).toBeVisible();
  await expect(page.getByText("CCO Esup Asia Pacific").first()).toBeVisible();
  await expect(page.getByText("CCO Esup Research").first()).toBeVisible();
  await picture(page, "requests");

  await page.goto("/directory/request/company");
  await expect(page.getByRole("heading", { name: "Account Information", level: 2 })).toBeVisible();
  await picture(page, "wizard");
  await signOut(page, "Casey Customer");

  await page.goto("/overview");
  await signIn(page, "staff@smartaccounts.example", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: "Accounts by status" })
      .locator(".recharts-bar-rectangle")
      .first(),
  ).toBeVisible();
  await picture(page, "overview");

  await page.goto("/domain-approvals");
  await expect(page.getByRole("heading", { name: /Domain Approvals/, level: 1 })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "labs.ccoesup.com" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "eu.hooli.example" })).toBeVisible();
  await picture(page, "domain-approvals");
});
