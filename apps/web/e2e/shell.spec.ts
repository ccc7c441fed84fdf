import { expect, test, type APIRequestContext, type Locator, type Page } from "./fixtures";
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

// The console's frame: where toasts go, the navigation's Smart Account and its switcher,
// loading and failure inside the frame, the keyboard's way in, dark mode, and a phone's width.

const CUSTOMER = { email: "ccoesup@ccoesup.com", name: "Casey Customer" };
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

type Box = { x: number; y: number; width: number; height: number };

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${locator.toString()} has no box`);
  return found;
}

async function expectClearOf(toast: Box, control: Locator, what: string) {
  await expect(control, what).toBeVisible();
  expect(overlaps(toast, await box(control)), `the toast covers ${what}`).toBe(false);
}

/**
 * A person of their own (a fresh domain) holding roles in the given accounts: the first is
 * theirs, each other one a colleague's that names them administrator.
 */
async function personWithAccounts(
  request: APIRequestContext,
  baseURL: string,
  names: string[],
): Promise<{ email: string; name: string; accounts: { id: string }[] }> {
  const person = { email: `pia@${uniqueDomain("shell")}`, name: "Pia Shell", company: "Shell" };
  await registerVerified(request, person);
  const accounts: { id: string }[] = [];
  for (const [index, name] of names.entries()) {
    if (index === 0) {
      const api = await apiSession(baseURL, person.email);
      accounts.push(await requestActiveAccount(api, { name, company: "Shell" }));
      await api.dispose();
      continue;
    }
    const colleague = {
      email: `col${index}@${uniqueDomain("shell")}`,
      name: "Col League",
      company: "Other",
    };
    await registerVerified(request, colleague);
    const api = await apiSession(baseURL, colleague.email);
    const account = await requestActiveAccount(api, { name, company: "Other" });
    await gql(
      api,
      `mutation ($input: SetAccountUserRolesInput!) {
        setAccountUserRoles(input: $input) { user { email } }
      }`,
      { input: { smartAccountId: account.id, email: person.email, roles: [{ role: "USER" }] } },
    );
    accounts.push(account);
    await api.dispose();
  }
  return { ...person, accounts };
}

// Signed in once the page has left the sign-in page (whose own heading is a level-1 heading too):
// a page opened sooner would find no session yet.
async function signInAsCustomer(page: Page) {
  await page.goto("/directory");
  await signIn(page, CUSTOMER.email, DEMO_PASSWORD);
  await expect(page).not.toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

async function signInAs(page: Page, email: string, path = "/directory") {
  await page.goto(path);
  await signIn(page, email);
  await expect(page).not.toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

const toasts = (page: Page) =>
  page.locator(".mantine-Notifications-root .mantine-Notification-root");

for (const viewport of [DESKTOP, PHONE]) {
  test(`toasts at ${viewport.width} px cover no control, and signing in makes none`, async ({
    page,
    request,
    baseURL,
  }) => {
    const suffix = Date.now().toString(36);
    const {
      email,
      name,
      accounts: [account],
    } = await personWithAccounts(request, baseURL!, [`Toasted ${viewport.width} ${suffix}`]);
    await page.setViewportSize(viewport);
    await signInAs(page, email);
    // Routine navigation: no toast for signing in.
    await page.waitForTimeout(500);
    await expect(toasts(page)).toHaveCount(0);

    // A result: saving the account's details.
    await page.goto(`/smart-accounts/${account.id}`);
    await page.getByRole("button", { name: "Edit details" }).click();
    const dialog = page.getByRole("dialog", { name: "Edit details" });
    await dialog.getByRole("button", { name: "Save" }).click();
    const toast = toasts(page).filter({ hasText: "Account details saved" });
    await expect(toast).toBeVisible();
    const toastBox = await box(toast);

    await expectClearOf(toastBox, page.getByRole("button", { name }), "the user menu");
    await expectClearOf(
      toastBox,
      page.getByRole("button", { name: "Edit details" }),
      "Edit details",
    );
    // The toast keeps its place: the controls of other pages and of dialogs, opened now.
    await page.getByRole("button", { name: "Edit details" }).click();
    await expectClearOf(
      toastBox,
      dialog.getByRole("button", { name: "Close" }),
      "the dialog's close button",
    );
    await page.keyboard.press("Escape");
    await page.getByRole("banner").getByRole("link", { name: "Smart Account Manager" }).click();
    await expect(page.getByRole("heading", { name: "Directory", level: 1 })).toBeVisible();
    await expectClearOf(
      toastBox,
      page.getByRole("button", { name: "Create Smart Account" }),
      "Create Smart Account",
    );

    // A dialog that stays open after its result: the new API token.
    await page.goto("/api-tokens");
    await page.getByRole("button", { name: "Create token" }).click();
    const create = page.getByRole("dialog", { name: "Create API token" });
    await create.getByRole("textbox", { name: "Name" }).fill(`shell ${suffix}`);
    await create.getByRole("radio", { name: "Read only" }).check();
    await create.getByRole("button", { name: "Create token" }).click();
    const created = toasts(page).filter({ hasText: "API token created" });
    await expect(created).toBeVisible();
    const shown = page.getByRole("dialog", { name: "Your new API token" });
    await expectClearOf(
      await box(created),
      shown.getByRole("button", { name: "Close" }),
      "the token dialog's close button",
    );
  });
}

test("the navigation is headed by the current Smart Account, remembered, with a switcher", async ({
  page,
  request,
  baseURL,
}) => {
  const suffix = Date.now().toString(36);
  const {
    email,
    accounts: [first, second],
  } = await personWithAccounts(request, baseURL!, [
    `Heading One ${suffix}`,
    `Heading Two ${suffix}`,
  ]);
  await signInAs(page, email);
  const nav = page.getByRole("navigation", { name: "Main navigation" });

  await page.goto(`/smart-accounts/${first.id}`);
  await expect(nav.getByRole("link", { name: `Heading One ${suffix}` })).toBeVisible();
  await nav.getByRole("link", { name: "Requests", exact: true }).click();
  await expect(page.getByRole("heading", { name: /Requests/, level: 1 })).toBeVisible();
  await expect(nav.getByRole("link", { name: `Heading One ${suffix}` })).toBeVisible();

  // The switcher lists the accounts the person holds a role in.
  await nav.getByRole("button", { name: "Switch Smart Account" }).click();
  await nav.getByRole("textbox", { name: "Find your Smart Account" }).fill(`Heading Two ${suffix}`);
  const list = nav.getByRole("list", { name: "Your Smart Accounts" });
  await expect(list.getByRole("link")).toHaveText([`Heading Two ${suffix}`]);
  await expectNoAxeViolations(page, "the Smart Account switcher");
  await list.getByRole("link", { name: `Heading Two ${suffix}` }).click();
  await expect(page).toHaveURL(new RegExp(`/smart-accounts/${second.id}$`));
  await expect(nav.getByRole("link", { name: `Heading Two ${suffix}` })).toBeVisible();

  // Remembered between visits.
  await page.goto("/directory");
  await expect(nav.getByRole("link", { name: `Heading Two ${suffix}` })).toBeVisible();
});

test("loading shows a skeleton inside the standing console; failures a banner with a retry", async ({
  page,
  context,
}) => {
  await signInAsCustomer(page);
  const nav = page.getByRole("navigation", { name: "Main navigation" });

  // A page whose code is slow to arrive.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/RequestsPage-.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await nav.getByRole("link", { name: "Requests", exact: true }).click();
  const skeleton = page.getByRole("main").getByRole("status", { name: "Loading your requests" });
  await expect(skeleton).toBeVisible();
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(nav.getByRole("link", { name: "Directory" })).toBeVisible();
  release();
  await expect(page.getByRole("heading", { name: /Requests/, level: 1 })).toBeVisible();
  await page.unroute(/\/assets\/RequestsPage-.*\.js$/);

  // Offline: a banner in the page, the navigation still there.
  await context.setOffline(true);
  const offline = page.getByRole("main").getByRole("alert").filter({ hasText: "You are offline" });
  await expect(offline).toBeVisible();
  await expect(nav.getByRole("link", { name: "Directory" })).toBeVisible();
  await expect(offline.getByRole("button", { name: "Try again" })).toBeVisible();
  await context.setOffline(false);
  await expect(offline).toBeHidden();

  // The server failing when the console starts: the frame stands, the banner retries. (The page
  // then carries no answer to who is signed in: the database failed as it was sent too.)
  await page.route("**/requests", async (route) => {
    const response = await route.fetch();
    const headers = response.headers();
    delete headers["content-encoding"];
    delete headers["content-length"];
    const html = (await response.text()).replace(
      /<script type="application\/json" id="sam-session">[\s\S]*?<\/script>/,
      "",
    );
    await route.fulfill({ status: response.status(), headers, body: html });
  });
  let failing = true;
  await page.route("**/graphql", async (route) => {
    const body = route.request().postDataJSON() as { operationName?: string } | null;
    if (failing && body?.operationName === "Me") {
      await route.fulfill({ status: 503, contentType: "text/plain", body: "Service Unavailable" });
      return;
    }
    await route.continue();
  });
  await page.goto("/requests");
  const failed = page
    .getByRole("main")
    .getByRole("alert")
    .filter({ hasText: "The console could not load" });
  await expect(failed).toBeVisible();
  await expect(
    page.getByRole("banner").getByRole("link", { name: "Smart Account Manager" }),
  ).toBeVisible();
  await expect(nav.getByRole("link", { name: "Requests", exact: true })).toBeVisible();
  await expectNoAxeViolations(page, "the console with its session failing");
  failing = false;
  await failed.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: /Requests/, level: 1 })).toBeVisible();
});

test("a signed-in page draws without first asking who is signed in, and forgets it on sign-out", async ({
  page,
}) => {
  await signInAsCustomer(page);
  const operations: string[] = [];
  page.on("request", (request) => {
    if (!request.url().endsWith("/graphql")) return;
    const body = request.postDataJSON() as { operationName?: string } | null;
    operations.push(body?.operationName ?? "(none)");
  });
  await page.goto("/directory");
  await expect(page.getByRole("heading", { name: "Directory", level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: CUSTOMER.name })).toBeVisible();
  await expect(page.getByRole("table").first()).toBeVisible();
  // The page carried the answer; the console read it once and took it out of the document.
  expect(operations).not.toContain("Me");
  expect(operations.length).toBeGreaterThan(0);
  await expect(page.locator("#sam-session")).toHaveCount(0);

  // Signed out, a page asks again and sends the person to sign in.
  await page.getByRole("button", { name: CUSTOMER.name }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/directory");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fdirectory/);
  expect(operations).toContain("Me");
});

test("a signed-in page's frame and title are drawn before any script has run, then replaced", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await signInAsCustomer(page);
  // The code held back, as on a slow network: the page's HTML and stylesheet alone.
  await page.route("**/assets/*.js", (route) => route.abort());
  await page.goto("/directory/request/company");
  await expect(
    page.getByRole("heading", { level: 1, name: "Request for my company" }),
  ).toBeVisible();
  await expect(page.getByText("Smart Account Manager")).toBeVisible();
  await expect(page.getByText(/authorize a new Smart Account for your company/)).toBeVisible();
  const frameWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(frameWidth).toBeLessThanOrEqual(PHONE.width);

  // With its code the console takes the frame's place: one title, the console's.
  await page.unroute("**/assets/*.js");
  await page.goto("/directory/request/company");
  await expect(page.getByRole("button", { name: CUSTOMER.name })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(page.locator(".sam-first-paint")).toHaveCount(0);

  // Signed out, no frame: the sign-in page comes next.
  await page.context().clearCookies();
  await page.route("**/assets/*.js", (route) => route.abort());
  await page.goto("/directory");
  await expect(page.locator(".sam-first-paint")).toHaveCount(0);
});

test("a skip link is the first Tab stop, and dialogs add no second banner", async ({
  page,
  request,
  baseURL,
}) => {
  const {
    email,
    accounts: [account],
  } = await personWithAccounts(request, baseURL!, [`Keyboard ${Date.now().toString(36)}`]);
  await signInAs(page, email);

  // A page as it loads: its first Tab stop.
  await page.goto("/directory");
  await expect(page.getByRole("heading", { name: "Directory", level: 1 })).toBeVisible();
  // The server's first-paint frame shows that heading before the app runs; the skip link is the
  // app's, so its presence says the page Tab will move through is the app's.
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeAttached();
  await page.keyboard.press("Tab");
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  // From the page on, the next stops are the page's own.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);

  await page.goto(`/smart-accounts/${account.id}`);
  await page.getByRole("button", { name: "Edit details" }).click();
  await expect(page.getByRole("dialog", { name: "Edit details" })).toBeVisible();
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expectNoAxeViolations(page, "the Edit details dialog");
});

test("dark mode follows the system, is applied before the app runs, and a choice is kept", async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const cspViolations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  const {
    email,
    name,
    accounts: [account],
  } = await personWithAccounts(request, baseURL!, [`Dark ${Date.now().toString(36)}`]);
  await page.emulateMedia({ colorScheme: "dark" });

  // Without the app's JavaScript, the page is already dark: no flash of the light scheme.
  await page.route(/\/assets\/index-.*\.js$/, (route) => route.abort());
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", "dark");
  await page.unroute(/\/assets\/index-.*\.js$/);

  await signInAs(page, email);
  await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", "dark");
  await expectNoAxeViolations(page, "/directory, dark");
  await page.goto(`/smart-accounts/${account.id}`);
  await expect(page.getByRole("button", { name: "Edit details" })).toBeVisible();
  await expectNoAxeViolations(page, "the account page, dark");
  await page.getByRole("button", { name: "Edit details" }).click();
  await expect(page.getByRole("dialog", { name: "Edit details" })).toBeVisible();
  await expectNoAxeViolations(page, "the Edit details dialog, dark");
  await page.keyboard.press("Escape");

  // The person's choice beats the system's, and is kept.
  await page.getByRole("button", { name }).click();
  await expect(page.getByRole("menuitemradio", { name: "Match the system" })).toHaveAttribute(
    "aria-checked",
    "true",
  );
  await expectNoAxeViolations(page, "the user menu, dark");
  await page.getByRole("menuitemradio", { name: "Light" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", "light");
  await page.reload();
  await expect(page.getByRole("button", { name: "Edit details" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", "light");
  await expectNoAxeViolations(page, "the account page, light");

  await page.getByRole("button", { name }).click();
  await page.getByRole("menuitemradio", { name: "Dark" }).click();
  await page.emulateMedia({ colorScheme: "light" });
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", "dark");
  expect(cspViolations).toEqual([]);
});

test("at 390 px the top bar holds the product name on one line, the user menu and the page's action", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await signInAsCustomer(page);
  const banner = page.getByRole("banner");
  const product = banner.getByRole("link", { name: "Smart Account Manager" });
  await expect(product).toBeVisible();
  const fits = await product.evaluate(
    (element) =>
      element.scrollWidth <= element.clientWidth && element.getBoundingClientRect().height < 32,
  );
  expect(fits, "the product name fits on one line").toBe(true);
  await expect(banner.getByRole("button", { name: CUSTOMER.name })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole("button", { name: "Create Smart Account" })).toBeInViewport({
    ratio: 1,
  });
  expect(await banner.evaluate((element) => element.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

  // The navigation opens as a drawer no wider than the screen.
  await banner.getByRole("button", { name: "Toggle navigation" }).click();
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await expect(nav.getByRole("link", { name: "Requests", exact: true })).toBeInViewport();
  // Whole pixels: mid-transition the drawer measures a hair over (390.0000076).
  expect(Math.round((await box(nav)).width)).toBeLessThanOrEqual(PHONE.width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    PHONE.width,
  );
});
