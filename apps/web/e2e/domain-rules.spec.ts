import { expect, test, type APIRequestContext, type Page } from "./fixtures";
import {
  apiSession,
  gql,
  registerVerified,
  requestActiveAccount,
  requestForApproval,
  shot,
  signIn,
  uniqueDomain,
} from "./support";
import { expectAccessible } from "./axe";

// The rules the server applies to an identifier and to an access request, said where the person
// types, before anything is sent: a partner's own domain, an identifier already held, the
// modified-domain editor's prefix; an administrator asking for what they hold; and what a scoped
// grant gave.

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

async function documentWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** An active account and one waiting for acceptance on the same domain, made over the API. */
async function domainWithTwoAccounts(
  request: APIRequestContext,
  baseURL: string,
): Promise<{ domain: string; active: string; pending: string }> {
  const domain = uniqueDomain("ruled");
  const label = domain.split(".")[0];
  const admin = `hana@${domain}`;
  await registerVerified(request, { email: admin, name: "Hana Admin", company: "Ruled" });
  const api = await apiSession(baseURL, admin);
  const pending = `Ruled Europe Operations ${label}`;
  await requestForApproval(api, pending, [`boss@eu.${domain}`]);
  const active = `Ruled Holdings International ${label}`;
  await requestActiveAccount(api, {
    name: active,
    company: "Ruled",
    acknowledgeExistingAccounts: true,
  });
  await api.dispose();
  return { domain, active, pending };
}

test("a partner typing their own domain in the customer wizard is refused at the field, before Review", async ({
  page,
  request,
}) => {
  await page.setViewportSize(DESKTOP);
  const domain = uniqueDomain("partnerown");
  const partner = `pat@${domain}`;
  await registerVerified(request, {
    email: partner,
    name: "Pat Partner",
    company: "Partner",
    organisationType: "PARTNER",
  });
  await page.goto("/directory/request/customer");
  await signIn(page, partner);
  await page.getByRole("textbox", { name: "Smart Account Name" }).fill("Our Holding");
  await page.getByRole("textbox", { name: "Customer Email" }).fill(`me@${domain}`);

  const check = page.getByRole("status", { name: "Identifier check" });
  await expect(check).toContainText(`${domain} is your own company's domain`);
  await expect(check).not.toContainText("needs no domain review");
  await expect(check).toHaveAttribute("data-state", "refused");
  await shot(page, "90-partner-own-domain-refused");

  await page.getByRole("button", { name: "Send Request" }).click();
  await expect(page.getByRole("dialog", { name: "Review Request" })).toHaveCount(0);
  // Said once, at the identifier.
  await expect(page.getByText(`${domain} is your own company's domain`)).toHaveCount(1);
  await expectAccessible(page, "Request for a customer, own domain refused");
});

test("a taken identifier is 'already held', never 'needs no domain review'; the modified domain starts from a prefix", async ({
  page,
  request,
  baseURL,
}) => {
  // Two widths and two dialogs: a longer journey than most.
  test.setTimeout(120_000);
  await page.setViewportSize(DESKTOP);
  const { domain, active, pending } = await domainWithTwoAccounts(request, baseURL!);
  const requester = `ivan@${domain}`;
  await registerVerified(request, { email: requester, name: "Ivan Requester", company: "Ruled" });

  await page.goto("/directory/request/company");
  await signIn(page, requester);
  await page.getByRole("radio", { name: /Yes, I have the authority/ }).check();
  await expect(page.getByTestId("account-domain-identifier")).toHaveText(domain);
  const check = page.getByRole("status", { name: "Identifier check" });
  await expect(check).toContainText(`${domain} is already held by the Smart Account “${active}”`);
  await expect(check).not.toContainText("needs no domain review");
  await expect(check).not.toContainText("needs review");
  await shot(page, "91-identifier-already-held");

  // The existing accounts: the action column whole at 1440 px, one line per row.
  await page.getByRole("textbox", { name: "Account Name" }).fill("Ruled Again");
  await page.getByRole("button", { name: "Continue" }).click();
  const existing = page.getByRole("dialog", { name: "Existing Smart Accounts" });
  await expect(existing).toBeVisible();
  const nominate = existing.getByRole("button", {
    name: `Nominate Additional Creators of ${pending}`,
  });
  await expect(nominate).toBeVisible();
  const region = existing.getByRole("region", { name: "Smart Accounts on this top-level domain" });
  const fits = await region.evaluate((el) => el.scrollWidth <= el.clientWidth);
  expect(fits, "the table fits the dialog at 1440 px").toBe(true);
  const button = (await nominate.boundingBox())!;
  const box = (await region.boundingBox())!;
  expect(button.x + button.width).toBeLessThanOrEqual(box.x + box.width);
  expect(await nominate.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  const rows = existing.getByRole("row");
  await expect(rows).toHaveCount(3);
  const heights = await rows.evaluateAll((els) =>
    els.map((el) => el.getBoundingClientRect().height),
  );
  for (const height of heights.slice(1)) expect(height).toBeLessThan(56);
  await expectAccessible(page, "Existing Smart Accounts");
  await shot(page, "92-existing-accounts-1440");

  // At 390 px the dialog scrolls its table inside, and the page is no wider than the screen.
  await page.setViewportSize(PHONE);
  await expect(existing).toBeVisible();
  // (once the page has laid itself out again at the new width)
  await expect.poll(() => documentWidth(page)).toBeLessThanOrEqual(PHONE.width);
  const modify = existing.getByRole("button", { name: "Proceed with a Modified Account Domain" });
  await expect(modify).toBeInViewport({ ratio: 1 });
  // Its words whole, wrapped if need be, not cut.
  expect(await modify.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  expect(
    await modify.evaluate((el) => {
      const label = el.querySelector(".mantine-Button-label") ?? el;
      return label.scrollWidth <= label.clientWidth;
    }),
  ).toBe(true);
  await shot(page, "93-existing-accounts-390");
  await page.setViewportSize(DESKTOP);

  await existing.getByRole("button", { name: "Proceed with a Modified Account Domain" }).click();
  const edit = page.getByRole("dialog", { name: "Edit Account Identifier" });
  await expect(edit).toBeVisible();
  const prefix = edit.getByRole("textbox", { name: "Prefix" });
  await expect(prefix).toHaveValue("");
  await expect(edit.getByTestId("identifier-suffix")).toHaveText(`.${domain}`);
  await expect(edit.getByRole("status", { name: "Identifier check" })).toHaveAttribute(
    "data-state",
    "refused",
  );
  await prefix.fill("lab");
  await expect(edit.getByRole("status", { name: "Identifier check" })).toContainText(
    `lab.${domain} needs review by a domain approver`,
  );
  await expect(edit.getByText(`lab.${domain}`, { exact: true })).toBeVisible();
  await expectAccessible(page, "Edit Account Identifier, prefix");
  await shot(page, "94-modified-domain-prefix");
  await edit.getByRole("textbox", { name: "Contact Phone Number" }).fill("+1 949 555 0100");
  await edit.getByRole("button", { name: "OK" }).click();
  await expect(page.getByTestId("account-domain-identifier")).toHaveText(`lab.${domain}`);
});

test("an administrator asking for access to their own account is refused, with the reason at the field", async ({
  page,
  request,
  baseURL,
}) => {
  const domain = uniqueDomain("ownaccess");
  const admin = `ada@${domain}`;
  const accountName = `Own Access ${domain.split(".")[0]}`;
  await registerVerified(request, { email: admin, name: "Ada Admin", company: "Own" });
  const api = await apiSession(baseURL!, admin);
  await requestActiveAccount(api, { name: accountName, company: "Own" });
  await api.dispose();

  await page.goto("/directory");
  await signIn(page, admin);
  await page.getByRole("searchbox", { name: "Search Smart Accounts" }).fill(accountName);
  await page.keyboard.press("Enter");
  const results = page.getByRole("table", { name: "Smart Accounts matching the search, by name" });
  await results.getByRole("button", { name: `Request access to ${accountName}` }).click();
  const ask = page.getByRole("dialog", { name: "Request Access" });
  await ask.getByRole("checkbox", { name: "I request access for myself" }).check();
  await ask.getByRole("textbox", { name: "Reason" }).fill("To use it.");
  await ask.getByRole("button", { name: "Request Access" }).click();
  await expect(
    ask.getByText(`You are already Administrator of “${accountName}”, which includes User access.`),
  ).toBeVisible();
  await expect(page.getByRole("dialog", { name: "User Access Request Created" })).toHaveCount(0);
  await expectAccessible(page, "Request Access, refused");
  await shot(page, "95-own-account-access-refused");
});

test("a grant on a virtual account says so: User of the “Irvine Lab” virtual account", async ({
  page,
  request,
  baseURL,
}) => {
  const domain = uniqueDomain("scoped");
  const admin = `ada@${domain}`;
  const asker = `robin@${domain}`;
  const accountName = `Scoped ${domain.split(".")[0]}`;
  await registerVerified(request, { email: admin, name: "Ada Admin", company: "Scoped" });
  await registerVerified(request, { email: asker, name: "Robin Asker", company: "Scoped" });
  const api = await apiSession(baseURL!, admin);
  const { id } = await requestActiveAccount(api, { name: accountName, company: "Scoped" });
  await gql(
    api,
    `mutation ($input: CreateVirtualAccountInput!) { createVirtualAccount(input: $input) { virtualAccount { id } } }`,
    { input: { smartAccountId: id, name: "Irvine Lab" } },
  );
  await api.dispose();
  const askerApi = await apiSession(baseURL!, asker);
  await gql(
    askerApi,
    `mutation ($input: RequestAccessInput!) { requestAccess(input: $input) { accessRequests { id } } }`,
    { input: { smartAccountId: id, forMyself: true, reason: "Lab orders", role: "USER" } },
  );
  await askerApi.dispose();

  await page.goto(`/access-requests?account=${id}`);
  await signIn(page, admin);
  await page.getByRole("button", { name: `Approve the request of ${asker}…` }).click();
  const approve = page.getByRole("dialog", { name: "Approve Access Request" });
  await approve.getByRole("radio", { name: "Chosen virtual accounts" }).check();
  await approve.getByRole("checkbox", { name: "Irvine Lab" }).check();
  await approve.getByRole("button", { name: "Approve and grant access" }).click();
  await expect(approve).toBeHidden();
  await expect(
    page.getByText(`${asker} is now User of the “Irvine Lab” virtual account of “${accountName}”.`),
  ).toBeVisible();
  await shot(page, "96-scoped-grant-named");
});
