import { expect, test } from "./fixtures";
import {
  apiSession,
  registerVerified,
  requestActiveAccount,
  shot,
  signIn,
  signOut,
  uniqueDomain,
} from "./support";
import { expectAccessible } from "./axe";

// Access to an existing account: found in the directory search, asked for with a reason, and
// granted by the account's administrator on Access Requests. The account is set up over the API.

test("a user finds an account, asks for access, and its administrator grants USER", async ({
  page,
  request,
  baseURL,
}) => {
  const domain = uniqueDomain("joined");
  const admin = `ada@${domain}`;
  const requester = `robin@${domain}`;
  const accountName = `Joined ${domain.split(".")[0]}`;
  await registerVerified(request, { email: admin, name: "Ada Admin", company: "Joined" });
  await registerVerified(request, { email: requester, name: "Robin Requester", company: "Joined" });
  const api = await apiSession(baseURL!, admin);
  await requestActiveAccount(api, { name: accountName, company: "Joined" });
  await api.dispose();

  await page.goto("/directory");
  await signIn(page, requester);
  await expect(page.getByRole("heading", { name: "Directory", level: 1 })).toBeVisible();
  await page.getByRole("searchbox", { name: "Search Smart Accounts" }).fill(accountName);
  await page.keyboard.press("Enter");
  const results = page.getByRole("table", { name: "Smart Accounts matching the search, by name" });
  await expect(results.getByText(accountName)).toBeVisible();
  await shot(page, "70-directory-search");
  await results.getByRole("button", { name: `Request access to ${accountName}` }).click();

  const dialog = page.getByRole("dialog", { name: "Request Access" });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, "Request Access");
  await dialog.getByRole("checkbox", { name: "I request access for myself" }).check();
  await dialog.getByRole("textbox", { name: "Reason" }).fill("I run the lab orders for Joined.");
  await shot(page, "71-request-access");
  await dialog.getByRole("button", { name: "Request Access" }).click();
  await expect(page.getByRole("dialog", { name: "User Access Request Created" })).toBeVisible();
  await shot(page, "72-access-request-created");
  await page.keyboard.press("Escape");
  await signOut(page, "Robin Requester");

  await signIn(page, admin);
  await expect(page.getByRole("heading", { name: "Directory", level: 1 })).toBeVisible();
  await page.goto("/access-requests");
  await expect(page.getByRole("heading", { name: "Access Requests", level: 1 })).toBeVisible();
  const requests = page.getByRole("table", {
    name: "Access requests to the account, pending first",
  });
  await expect(requests.getByText("I run the lab orders for Joined.")).toBeVisible();
  await shot(page, "73-access-requests");
  await requests.getByRole("button", { name: `Approve the request of ${requester}…` }).click();
  const approve = page.getByRole("dialog", { name: "Approve Access Request" });
  await expect(approve).toBeVisible();
  await expectAccessible(page, "Approve Access Request");
  await approve.getByRole("combobox", { name: "Role to grant" }).click();
  await page.getByRole("option", { name: "User", exact: true }).click();
  await shot(page, "74-approve-access-request");
  await approve.getByRole("button", { name: "Approve and grant access" }).click();
  await expect(approve).toBeHidden();
  await expect(requests.getByText("Approved")).toBeVisible();
  await shot(page, "75-access-request-approved");
  await signOut(page, "Ada Admin");

  await signIn(page, requester);
  const directory = page.getByRole("table", {
    name: "Smart Accounts you can reach, in the directory's order",
  });
  const row = directory.getByRole("row", { name: new RegExp(accountName) });
  await expect(row).toBeVisible();
  await expect(row.getByRole("cell", { name: "User", exact: true })).toBeVisible();
  await shot(page, "76-directory-with-role");
});
