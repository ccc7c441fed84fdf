import { expect, test } from "./fixtures";
import {
  apiSession,
  latestEmail,
  registerVerified,
  requestActiveAccount,
  shot,
  signIn,
  signOut,
  uniqueDomain,
} from "./support";
import { expectAccessible } from "./axe";

// A customer starts a request for their company on a domain that already has an ACTIVE account:
// instead of a second account they ask for access to the existing one, straight from the
// "Existing Smart Accounts" dialog, and that account's administrator decides. The existing
// account is set up over the API.

test("on a domain with an active account: request access from the existing-accounts dialog, and its administrator decides", async ({
  page,
  request,
  baseURL,
}) => {
  const domain = uniqueDomain("holding");
  const admin = `hana@${domain}`;
  const requester = `ivan@${domain}`;
  const colleague = `jo@${domain}`;
  const accountName = `Holding ${domain.split(".")[0]}`;
  const reason = "Ivan and Jo run the license renewals for Holding.";
  await registerVerified(request, { email: admin, name: "Hana Admin", company: "Holding" });
  await registerVerified(request, { email: requester, name: "Ivan Requester", company: "Holding" });
  const api = await apiSession(baseURL!, admin);
  await requestActiveAccount(api, { name: accountName, company: "Holding" });
  await api.dispose();

  // The requester starts "Request for my company" from the directory, as a person does.
  await page.goto("/directory");
  await signIn(page, requester);
  await expect(page.getByRole("heading", { name: "Directory", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Create Smart Account" }).click();
  await page.getByRole("menuitem", { name: "Request for my company" }).click();
  await expect(page.getByRole("heading", { name: "Account Information", level: 2 })).toBeVisible();
  await page.getByRole("radio", { name: /Yes, I have the authority/ }).check();
  await expect(page.getByTestId("account-domain-identifier")).toHaveText(domain);
  await page.getByRole("textbox", { name: "Account Name" }).fill("Holding Second");
  await expect(page.getByText(`A Smart Account already exists under ${domain}.`)).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click();

  // The dialog lists the active account with its administrator, and offers access, not a copy.
  const existing = page.getByRole("dialog", { name: "Existing Smart Accounts" });
  await expect(existing).toBeVisible();
  await expectAccessible(page, "Existing Smart Accounts");
  const row = existing.getByRole("row", { name: new RegExp(accountName) });
  await expect(row.getByRole("rowheader", { name: accountName })).toBeVisible();
  await expect(row.getByText("Active", { exact: true })).toBeVisible();
  await expect(row.getByText(admin)).toBeVisible();
  await expect(
    existing.getByRole("button", { name: `Nominate Additional Creators of ${accountName}` }),
  ).toHaveCount(0);
  // The identifier itself is held, so going on with it as typed is not offered.
  await expect(
    existing.getByText(`${domain} itself is held by one of these accounts`),
  ).toBeVisible();
  await expect(existing.getByRole("button", { name: `Continue with ${domain}` })).toHaveCount(0);
  await shot(page, "80-existing-active-account");

  await row.getByRole("button", { name: `Request Access to ${accountName}` }).click();
  const ask = page.getByRole("dialog", { name: "Request Access" });
  await expect(ask).toBeVisible();
  await expectAccessible(page, "Request Access");
  await expect(existing).toBeHidden();
  await expect(ask.getByText(accountName)).toBeVisible();
  // A reason is required: nothing is sent without one.
  await ask.getByRole("textbox", { name: "Email addresses" }).fill(colleague);
  const forMyself = ask.getByRole("checkbox", { name: "I request access for myself" });
  await forMyself.check();
  await expect(forMyself).toBeChecked();
  await ask.getByRole("button", { name: "Request Access" }).click();
  await expect(ask.getByText("Give the reason for the request")).toBeVisible();
  await ask.getByRole("combobox", { name: "Role" }).click();
  await page.getByRole("option", { name: "Viewer", exact: true }).click();
  await ask.getByRole("textbox", { name: "Reason" }).fill(reason);
  await shot(page, "81-request-access-from-existing");
  await ask.getByRole("button", { name: "Request Access" }).click();

  const created = page.getByRole("dialog", { name: "User Access Request Created" });
  await expect(created).toBeVisible();
  await expectAccessible(page, "User Access Request Created");
  const list = created.getByRole("list", { name: "Access requests created" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByRole("listitem").filter({ hasText: requester })).toContainText("Viewer");
  await expect(list.getByRole("listitem").filter({ hasText: colleague })).toContainText(
    "Pending: the account's administrators decide",
  );
  await shot(page, "82-access-request-created");
  await created.getByRole("button", { name: "Done" }).click();
  // Back on the list of existing accounts; the request stands without a new account.
  await expect(existing).toBeVisible();
  await existing.getByRole("button", { name: "Cancel" }).click();
  await expect(existing).toBeHidden();

  // The administrator is told of each request.
  const told = await latestEmail(request, admin, `Access requested to ${accountName}`);
  expect(told.text).toContain(reason);
  await signOut(page, "Ivan Requester");

  // The administrator sees both requests pending, and decides them.
  await page.goto("/access-requests");
  await signIn(page, admin);
  await expect(page.getByRole("heading", { name: "Access Requests", level: 1 })).toBeVisible();
  const requests = page.getByRole("table", {
    name: "Access requests to the account, pending first",
  });
  // Rows by whom the access is for (the requester's email is also in every "Requested by").
  const requestFor = (email: string) =>
    requests.getByRole("row").filter({ has: page.getByRole("rowheader", { name: email }) });
  const mine = requestFor(requester);
  const theirs = requestFor(colleague);
  await expect(mine.getByText(reason)).toBeVisible();
  await expect(mine.getByText("Pending", { exact: true })).toBeVisible();
  await expect(theirs.getByRole("cell", { name: requester, exact: true })).toBeVisible();
  await expect(theirs.getByText("Pending", { exact: true })).toBeVisible();
  await expect(page.getByText("2 pending")).toBeVisible();
  await shot(page, "83-pending-access-requests");

  await mine.getByRole("button", { name: `Approve the request of ${requester}…` }).click();
  const approve = page.getByRole("dialog", { name: "Approve Access Request" });
  await expect(approve).toBeVisible();
  await expectAccessible(page, "Approve Access Request");
  await approve.getByRole("combobox", { name: "Role to grant" }).click();
  await page.getByRole("option", { name: "User", exact: true }).click();
  await shot(page, "84-approve-access-request");
  await approve.getByRole("button", { name: "Approve and grant access" }).click();
  await expect(approve).toBeHidden();
  // Both what was asked and what was granted are kept.
  await expect(mine.getByText("Approved", { exact: true })).toBeVisible();
  await expect(mine.getByRole("cell", { name: "Viewer", exact: true })).toBeVisible();
  await expect(mine.getByRole("cell", { name: "User, whole account" })).toBeVisible();

  await theirs.getByRole("button", { name: `Decline the request of ${colleague}` }).click();
  const decline = page.getByRole("dialog", { name: "Decline Access Request" });
  await expect(decline).toBeVisible();
  await expectAccessible(page, "Decline Access Request");
  await decline.getByRole("textbox", { name: "Reason" }).fill("Jo has left the company.");
  await decline.getByRole("button", { name: "Decline" }).click();
  await expect(decline).toBeHidden();
  await expect(theirs.getByText("Declined", { exact: true })).toBeVisible();
  await expect(theirs.getByText("Declined: Jo has left the company.")).toBeVisible();
  await expect(page.getByText("0 pending")).toBeVisible();
  await shot(page, "85-access-requests-decided");
  await latestEmail(request, requester, `Access request approved: ${accountName}`);
  await signOut(page, "Hana Admin");

  // The requester now reaches the account with the granted role.
  await signIn(page, requester);
  const directory = page.getByRole("table", {
    name: "Smart Accounts you can reach, in the directory's order",
  });
  const reached = directory.getByRole("row", { name: new RegExp(accountName) });
  await expect(reached.getByRole("cell", { name: "User", exact: true })).toBeVisible();
  await shot(page, "86-directory-with-granted-role");
});
