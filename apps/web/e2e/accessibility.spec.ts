import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { apiSession, DEMO_PASSWORD, gql, signIn, signOut } from "./support";

// Every route of the console, and its main dialogs, checked with axe as each kind of seeded demo
// user sees them. Anything serious or critical fails the test; the rest is left to review.

const CUSTOMER = { email: "ccoesup@ccoesup.com", name: "Casey Customer" };
const PARTNER = { email: "pat@partner.example", name: "Pat Partner" };
const STAFF = { email: "staff@smartaccounts.example", name: "Sam Staff" };

// Without animation, axe sees dialogs and notifications as they finally look, not half faded.
test.use({ reducedMotion: "reduce" });

async function expectAccessible(page: Page, where: string) {
  // Let transitions (dialogs, notifications) settle so axe sees the final colours.
  await page.waitForTimeout(300);
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes
        .map((node) => `${node.target.join(" ")}: ${node.failureSummary ?? ""}`)
        .slice(0, 5),
    }));
  expect(serious, `${where}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

async function visit(page: Page, path: string, heading: string | RegExp) {
  await page.goto(path);
  await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
  await expectAccessible(page, path);
}

test("the public pages have no serious accessibility problems", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expectAccessible(page, "/sign-in");

  await page.goto("/register");
  await expect(page.getByRole("heading", { name: /Register/ }).first()).toBeVisible();
  await expectAccessible(page, "/register");

  await page.goto("/forgot-password");
  await expect(page.getByRole("heading").first()).toBeVisible();
  await expectAccessible(page, "/forgot-password");

  await page.goto("/mailbox");
  await expect(page.getByRole("heading").first()).toBeVisible();
  await expectAccessible(page, "/mailbox");
});

test("a customer's pages and dialogs have no serious accessibility problems", async ({
  page,
  baseURL,
}) => {
  const api = await apiSession(baseURL!, CUSTOMER.email, DEMO_PASSWORD);
  const { requestSmartAccount } = await gql<{
    requestSmartAccount: { smartAccount: { id: string } };
  }>(
    api,
    `mutation ($input: RequestSmartAccountInput!) {
      requestSmartAccount(input: $input) { smartAccount { id } }
    }`,
    {
      input: {
        authorization: "REQUESTER",
        acceptTerms: true,
        acknowledgeExistingAccounts: true,
        name: `Accessible ${Date.now().toString(36)}`,
        company: {
          name: "CCO Esup",
          country: "US",
          addressLine: "1 Sample Street",
          city: "Irvine",
          region: "CALIFORNIA",
          postalCode: "92617",
        },
      },
    },
  );
  await api.dispose();
  const accountId = requestSmartAccount.smartAccount.id;

  await page.goto("/directory");
  await signIn(page, CUSTOMER.email, DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Directory", level: 1 })).toBeVisible();
  await expectAccessible(page, "/directory");

  await visit(page, "/requests", /Requests/);
  await visit(page, "/access-requests", /Access Requests/);
  await visit(page, "/nominations", /Nominations/);
  await visit(page, "/api-tokens", /API tokens/i);

  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByRole("dialog", { name: "Create API token" })).toBeVisible();
  await expectAccessible(page, "Create API token");
  await page.keyboard.press("Escape");

  await page.goto(`/smart-accounts/${accountId}`);
  await expect(page.getByRole("heading", { name: /Accessible/, level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Users and roles" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: CUSTOMER.email })).toBeVisible();
  await expectAccessible(page, "the account page");
  await page.getByRole("button", { name: "Edit details" }).click();
  await expect(page.getByRole("dialog", { name: "Edit details" })).toBeVisible();
  await expectAccessible(page, "Edit details");
  await page.keyboard.press("Escape");

  await page.goto("/directory/request/company");
  await expect(page.getByRole("heading", { name: "Account Information", level: 2 })).toBeVisible();
  await expectAccessible(page, "/directory/request/company");
  await page.getByRole("radio", { name: /Yes, I have the authority/ }).check();
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("dialog", { name: "Edit Account Identifier" })).toBeVisible();
  await expectAccessible(page, "Edit Account Identifier");
  await page.keyboard.press("Escape");

  await page.goto("/directory");
  await page.getByRole("searchbox", { name: "Search Smart Accounts" }).fill("Accessible");
  await page.keyboard.press("Enter");
  const requestAccess = page.getByRole("button", { name: /Request access to Accessible/ }).first();
  if (await requestAccess.isVisible().catch(() => false)) {
    await requestAccess.click();
    await expect(page.getByRole("dialog", { name: "Request Access" })).toBeVisible();
    await expectAccessible(page, "Request Access");
    await page.keyboard.press("Escape");
  }
  await signOut(page, CUSTOMER.name);
});

test("a partner's wizard and a stranger's Request Access dialog have no serious problems", async ({
  page,
}) => {
  await page.goto("/directory");
  await signIn(page, PARTNER.email, DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Directory", level: 1 })).toBeVisible();
  await expectAccessible(page, "/directory as a partner");

  await page.goto("/directory/request/customer");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page, "/directory/request/customer");

  await page.goto("/directory");
  await page.getByRole("searchbox", { name: "Search Smart Accounts" }).fill("Accessible");
  await page.keyboard.press("Enter");
  await page
    .getByRole("button", { name: /Request access to Accessible/ })
    .first()
    .click();
  await expect(page.getByRole("dialog", { name: "Request Access" })).toBeVisible();
  await expectAccessible(page, "Request Access");
  await page.keyboard.press("Escape");
  await signOut(page, PARTNER.name);
});

test("staff's domain approvals have no serious accessibility problems", async ({ page }) => {
  await page.goto("/domain-approvals");
  await signIn(page, STAFF.email, DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: /Domain Approvals/i, level: 1 })).toBeVisible();
  await expectAccessible(page, "/domain-approvals");
});
