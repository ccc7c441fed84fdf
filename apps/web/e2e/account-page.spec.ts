import { expect, test, type Locator, type Page } from "./fixtures";
import {
  apiSession,
  registerVerified,
  requestActiveAccount,
  shot,
  signIn,
  uniqueDomain,
} from "./support";
import { expectAccessible } from "./axe";

// An administrator manages their Smart Account on its page against the real server: details,
// virtual accounts and users. After each group of changes the page is reloaded, so what is
// asserted is what the server kept, not what the page remembers. The account is set up over
// the API.

/** The value shown under a label of the account page's details. */
function detail(page: Page, label: string) {
  return page
    .locator("dt")
    .filter({ hasText: new RegExp(`^${label}$`) })
    .locator("xpath=following-sibling::dd[1]");
}

async function chooseOption(page: Page, combobox: Locator, name: string) {
  await combobox.click();
  await page.getByRole("option", { name, exact: true }).click();
}

test("an administrator edits details, virtual accounts and users, and every change survives a reload", async ({
  page,
  request,
  baseURL,
}) => {
  // A whole administrator's journey (some 60 steps, ten accessibility scans): a minute on a
  // quiet machine, more on a busy one.
  test.setTimeout(120_000);
  const domain = uniqueDomain("managed");
  const admin = `mia@${domain}`;
  const uma = `uma@${domain}`;
  const vic = `vic@${domain}`;
  const outsider = `oz@${uniqueDomain("elsewhere")}`;
  const firstName = `Managed ${domain.split(".")[0]}`;
  const newName = `${firstName} Renamed`;
  await registerVerified(request, { email: admin, name: "Mia Admin", company: "Managed" });
  await registerVerified(request, { email: uma, name: "Uma User", company: "Managed" });
  const api = await apiSession(baseURL!, admin);
  const account = await requestActiveAccount(api, { name: firstName, company: "Managed" });
  await api.dispose();
  const accountId = account.id;

  await page.goto(`/smart-accounts/${accountId}`);
  await signIn(page, admin);
  await expect(page.getByRole("heading", { name: firstName, level: 1 })).toBeVisible();
  await expect(detail(page, "Visibility")).toHaveText("Unrestricted");
  await shot(page, "90-account-page-before");

  // --- Details: name, visibility and company address.
  await page.getByRole("button", { name: "Edit details" }).click();
  const edit = page.getByRole("dialog", { name: "Edit details" });
  await expect(edit).toBeVisible();
  await expectAccessible(page, "Edit details");
  await expect(edit.getByRole("textbox", { name: "Account Name" })).toHaveValue(firstName);
  await edit.getByRole("textbox", { name: "Account Name" }).fill(newName);
  await edit.getByRole("radio", { name: "Restricted: only its people find it" }).check();
  await edit.getByRole("textbox", { name: "Address" }).fill("170 West Tasman Drive");
  await edit.getByRole("textbox", { name: "City" }).fill("San Jose");
  await edit.getByRole("textbox", { name: "Zip/Postal Code" }).fill("95134");
  await shot(page, "91-edit-details");
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByText("Account details saved")).toBeVisible();
  await expect(page.getByRole("heading", { name: newName, level: 1 })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { name: newName, level: 1 })).toBeVisible();
  await expect(detail(page, "Account Name")).toHaveText(newName);
  await expect(detail(page, "Visibility")).toHaveText("Restricted");
  const address = detail(page, "Company Information");
  await expect(address).toContainText("170 West Tasman Drive");
  await expect(address).toContainText("San Jose, CALIFORNIA, 95134");

  // --- Virtual accounts: add, nest, rename, move, delete.
  const vas = page.getByRole("table", { name: `Virtual accounts of ${newName}` });
  const vaRow = (name: string) =>
    vas.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
  const parentOf = (name: string) => vaRow(name).getByRole("cell").first();
  const addVirtualAccount = async (name: string, description: string, parent?: string) => {
    await page.getByRole("button", { name: "Add virtual account" }).click();
    const dialog = page.getByRole("dialog", { name: "Add virtual account" });
    await expect(dialog).toBeVisible();
    await expectAccessible(page, "Add virtual account");
    await dialog.getByRole("textbox", { name: "Name" }).fill(name);
    await dialog.getByRole("textbox", { name: "Description" }).fill(description);
    if (parent) {
      await chooseOption(
        page,
        dialog.getByRole("combobox", { name: "Parent virtual account" }),
        parent,
      );
    }
    await dialog.getByRole("button", { name: "Add" }).click();
    await expect(dialog).toBeHidden();
    await expect(vaRow(name)).toBeVisible();
  };
  await expect(vas.getByRole("rowheader", { name: /DEFAULT/ })).toBeVisible();
  await addVirtualAccount("Engineering", "Builds the products");
  await addVirtualAccount("Lab", "Test equipment", "Engineering");
  await addVirtualAccount("Sales", "Sells the products");
  await expect(parentOf("Lab")).toHaveText("Engineering");
  await shot(page, "92-virtual-accounts-added");

  await page.reload();
  await expect(vas.getByRole("rowheader")).toHaveText([/DEFAULT/, "Engineering", "Lab", "Sales"]);
  await expect(parentOf("Lab")).toHaveText("Engineering");
  await expect(vaRow("Engineering")).toContainText("Builds the products");

  // Rename Engineering: its child now shows the new name as its parent.
  await vas.getByRole("button", { name: "Edit Engineering" }).click();
  const rename = page.getByRole("dialog", { name: "Edit virtual account “Engineering”" });
  await expect(rename).toBeVisible();
  await expectAccessible(page, "Edit virtual account “Engineering”");
  await expect(rename.getByRole("textbox", { name: "Name" })).toHaveValue("Engineering");
  await rename.getByRole("textbox", { name: "Name" }).fill("Research");
  await rename.getByRole("button", { name: "Save", exact: true }).click();
  await expect(rename).toBeHidden();
  await expect(parentOf("Lab")).toHaveText("Research");

  // Move Lab from under Research to under Sales.
  await vas.getByRole("button", { name: "Edit Lab" }).click();
  const move = page.getByRole("dialog", { name: "Edit virtual account “Lab”" });
  await expect(move).toBeVisible();
  await expectAccessible(page, "Edit virtual account “Lab”");
  await chooseOption(page, move.getByRole("combobox", { name: "Parent virtual account" }), "Sales");
  await move.getByRole("button", { name: "Save", exact: true }).click();
  await expect(move).toBeHidden();
  await expect(parentOf("Lab")).toHaveText("Sales");

  // Sales is not empty any more: the server refuses to delete it, and says why.
  await vas.getByRole("button", { name: "Delete Sales" }).click();
  const refuse = page.getByRole("dialog", { name: "Delete virtual account" });
  await expect(refuse).toBeVisible();
  await expectAccessible(page, "Delete virtual account");
  await refuse.getByRole("button", { name: "Delete" }).click();
  await expect(refuse.getByRole("alert")).toContainText(
    "Only an empty virtual account can be deleted",
  );
  await refuse.getByRole("button", { name: "Cancel" }).click();
  await expect(refuse).toBeHidden();

  // Research is empty now: it can go.
  await vas.getByRole("button", { name: "Delete Research" }).click();
  const remove = page.getByRole("dialog", { name: "Delete virtual account" });
  await expect(remove).toContainText("Delete Research?");
  await remove.getByRole("button", { name: "Delete" }).click();
  await expect(remove).toBeHidden();
  await expect(vaRow("Research")).toHaveCount(0);
  await shot(page, "93-virtual-accounts-edited");

  await page.reload();
  await expect(vas.getByRole("rowheader")).toHaveText([/DEFAULT/, "Sales", "Lab"]);
  await expect(parentOf("Lab")).toHaveText("Sales");
  await expect(parentOf("Sales")).toHaveText("—");
  await expect(vaRow("Research")).toHaveCount(0);

  // --- Users: add with a role, change a role, remove.
  const users = page.getByRole("table", { name: `People holding roles on ${newName}` });
  const userRow = (email: string) =>
    users.getByRole("row").filter({ has: page.getByRole("rowheader", { name: email }) });
  await expect(userRow(admin)).toContainText("Administrator");

  // A registered user, as User of one virtual account.
  await page.getByRole("button", { name: "Add user" }).click();
  let dialog = page.getByRole("dialog", { name: "Add user" });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, "Add user");
  await dialog.getByRole("textbox", { name: "Email" }).fill(uma);
  await chooseOption(page, dialog.getByRole("combobox", { name: "Role" }), "User");
  await dialog.getByRole("radio", { name: "Chosen virtual accounts" }).check();
  await dialog.getByRole("checkbox", { name: "Lab" }).check();
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  await expect(userRow(uma)).toContainText("User of Lab");
  await expect(userRow(uma)).toContainText("Uma User");

  // Someone not registered yet, as Viewer of the whole account.
  await page.getByRole("button", { name: "Add user" }).click();
  dialog = page.getByRole("dialog", { name: "Add user" });
  await dialog.getByRole("textbox", { name: "Email" }).fill(vic);
  await chooseOption(page, dialog.getByRole("combobox", { name: "Role" }), "Viewer");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  await expect(userRow(vic)).toContainText("Not registered yet");
  await expect(userRow(vic)).toContainText("Viewer");

  // APPROVER is only for an email on the account's domain: the server says so in the form.
  await page.getByRole("button", { name: "Add user" }).click();
  dialog = page.getByRole("dialog", { name: "Add user" });
  await dialog.getByRole("textbox", { name: "Email" }).fill(outsider);
  await chooseOption(page, dialog.getByRole("combobox", { name: "Role" }), "Approver");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog.getByText(/APPROVER is only for an email on/)).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(userRow(outsider)).toHaveCount(0);
  await shot(page, "94-users-added");

  await page.reload();
  await expect(userRow(uma)).toContainText("User of Lab");
  await expect(userRow(vic)).toContainText("Viewer");

  // Change Uma from User of Lab to Viewer of the whole account.
  await users.getByRole("button", { name: `Change roles of ${uma}` }).click();
  dialog = page.getByRole("dialog", { name: `Change roles of ${uma}` });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, `Change roles of ${uma}`);
  await expect(dialog.getByRole("textbox", { name: "Email" })).toHaveValue(uma);
  await chooseOption(page, dialog.getByRole("combobox", { name: "Role" }), "Viewer");
  await dialog.getByRole("radio", { name: "The whole account" }).check();
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  await expect(userRow(uma).getByText("Viewer", { exact: true })).toBeVisible();
  await expect(userRow(uma)).not.toContainText("User of Lab");

  // Remove Vic.
  await users.getByRole("button", { name: `Remove ${vic}` }).click();
  dialog = page.getByRole("dialog", { name: "Remove user" });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, "Remove user");
  await expect(dialog).toContainText(vic);
  await dialog.getByRole("button", { name: "Remove" }).click();
  await expect(dialog).toBeHidden();
  await expect(userRow(vic)).toHaveCount(0);
  await shot(page, "95-users-edited");

  await page.reload();
  await expect(page.getByRole("heading", { name: newName, level: 1 })).toBeVisible();
  await expect(userRow(admin)).toContainText("Administrator");
  await expect(userRow(uma).getByText("Viewer", { exact: true })).toBeVisible();
  await expect(userRow(uma)).not.toContainText("User of Lab");
  await expect(userRow(vic)).toHaveCount(0);
  // The history records what was done.
  const history = page.getByRole("list", { name: "Account history, newest first" });
  await expect(
    history.getByText('Virtual account "Research" deleted.', { exact: false }),
  ).toBeVisible();
  await shot(page, "96-account-page-after");
});

test("an administrator sends a lost nomination again from the account page", async ({
  page,
  request,
  baseURL,
}) => {
  const domain = uniqueDomain("renominate");
  const admin = `nia@${domain}`;
  const nominee = `ned@${domain}`;
  const name = `Renominate ${domain.split(".")[0]}`;
  await registerVerified(request, { email: admin, name: "Nia Admin", company: "Renominate" });
  const api = await apiSession(baseURL!, admin);
  const account = await requestActiveAccount(api, {
    name,
    administratorEmails: [nominee],
    company: "Renominate",
  });
  await api.dispose();
  const nomineeEmails = async () => {
    const response = await request.get("/dev/mailbox");
    const { emails } = (await response.json()) as { emails: { to: string }[] };
    return emails.filter((email) => email.to === nominee).length;
  };
  await expect.poll(nomineeEmails).toBe(1);

  await page.goto(`/smart-accounts/${account.id}`);
  await signIn(page, admin);
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  const nominations = page.getByRole("region", { name: "Nominations" });
  const row = nominations.getByRole("row").filter({ hasText: nominee });
  await expect(row).toContainText("Administrator");
  await expect(row).toContainText("Pending");
  await expectAccessible(page, "the account page with its nominations");
  await shot(page, "97-account-nominations");

  await row.getByRole("button", { name: `Send the nomination of ${nominee} again` }).click();
  await expect(page.getByRole("alert").getByText("Nomination sent again")).toBeVisible();
  await expect.poll(nomineeEmails).toBe(2);

  // The history says so too, without a reload (the page follows the account's changes).
  await expect(page.getByRole("list", { name: "Account history, newest first" })).toContainText(
    `ADMINISTRATOR nomination of ${nominee} sent again.`,
  );
  await shot(page, "98-account-nomination-resent");
});
