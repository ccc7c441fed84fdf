import { expect, test, type Page } from "./fixtures";
import { fillCompany, registerVerified, signIn, uniqueDomain } from "./support";

// The request wizards keep the person's work: a URL per step (Back, Forward), a draft that
// survives a reload until it is sent or cancelled, a question before leaving it, an addressable
// completion page; and Continue that neither moves under the pointer nor drops focus.

const WIZARD = "/directory/request/company";

/** The wizards' drafts this tab holds in session storage. */
function drafts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(window.sessionStorage).filter((key) => key.startsWith("sam.request-draft.")),
  );
}

function stepHeading(page: Page, name: string) {
  return page.getByRole("heading", { name, level: 2 });
}

async function signedInCustomer(page: Page, request: Parameters<typeof registerVerified>[0]) {
  const domain = uniqueDomain("wizard");
  const email = `wendy@${domain}`;
  await registerVerified(request, { email, name: "Wendy Wizard", company: "Wizard Co" });
  await page.goto("/directory");
  await signIn(page, email);
  await expect(page.getByRole("heading", { name: "Directory" })).toBeVisible();
  return { domain, email };
}

async function openCompanyWizard(page: Page) {
  await page.getByRole("button", { name: "Create Smart Account" }).click();
  await page.getByRole("menuitem", { name: "Request for my company" }).click();
  await expect(page).toHaveURL(`${WIZARD}/account-information`);
  await expect(stepHeading(page, "Account Information")).toBeVisible();
}

test("each step has its own address: Back, Forward and Reload keep every typed value, and the completion page survives a reload", async ({
  page,
  request,
}) => {
  const { domain } = await signedInCustomer(page, request);
  await openCompanyWizard(page);

  const approver = page.getByRole("textbox", { name: "Approver Email Address" });
  const accountName = page.getByRole("textbox", { name: "Account Name" });
  await page.getByRole("radio", { name: /Someone else will authorize/ }).check();
  await approver.fill(`boss@${domain}`);
  await page.getByRole("textbox", { name: "Message to Approver" }).fill("Please approve");
  await accountName.fill("Wizard Co");
  await page.reload();
  await expect(page).toHaveURL(`${WIZARD}/account-information`);
  await expect(page.getByRole("radio", { name: /Someone else will authorize/ })).toBeChecked();
  await expect(approver).toHaveValue(`boss@${domain}`);
  await expect(accountName).toHaveValue("Wizard Co");
  await expect(page.getByTestId("account-domain-identifier")).toHaveText(domain);
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page).toHaveURL(`${WIZARD}/company-information`);
  await page.getByRole("checkbox", { name: "Select to provide this information now" }).check();
  await fillCompany(page, "Wizard Co");
  await page.reload();
  await expect(stepHeading(page, "Company Information")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Company/Organization Name" })).toHaveValue(
    "Wizard Co",
  );
  await expect(page.getByRole("textbox", { name: "Zip/Postal Code" })).toHaveValue("92617");
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page).toHaveURL(`${WIZARD}/administrative-access`);
  const others = page.getByRole("textbox", { name: "I request access for other users" });
  await others.fill(`it@${domain}`);
  await page.reload();
  await expect(others).toHaveValue(`it@${domain}`);

  // Back on step 3 goes to step 2, not out of the wizard; Forward returns.
  await page.goBack();
  await expect(page).toHaveURL(`${WIZARD}/company-information`);
  await expect(stepHeading(page, "Company Information")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "City" })).toHaveValue("Irvine");
  await page.goBack();
  await expect(page).toHaveURL(`${WIZARD}/account-information`);
  await expect(accountName).toHaveValue("Wizard Co");
  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL(`${WIZARD}/administrative-access`);
  await expect(others).toHaveValue(`it@${domain}`);
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page).toHaveURL(`${WIZARD}/review`);
  await page.reload();
  await expect(stepHeading(page, "Review")).toBeVisible();
  await expect(page.getByText(`it@${domain}`)).toBeVisible();
  await page.getByRole("button", { name: "Submit Request" }).click();

  await expect(page).toHaveURL(new RegExp(`${WIZARD}/complete/[0-9a-f-]{36}$`));
  const complete = page.getByRole("heading", { name: "Smart Account Request Complete" });
  await expect(complete).toBeVisible();
  await expect(
    page.getByText(/A provisional Smart Account has been created for “Wizard Co”/),
  ).toBeVisible();
  await page.reload();
  await expect(complete).toBeVisible();
  await expect(
    page.getByText(/A provisional Smart Account has been created for “Wizard Co”/),
  ).toBeVisible();

  // Back from the completion goes to the directory, not to a step emptied by sending, and
  // Forward comes back to the completion.
  await page.goBack();
  await expect(page).toHaveURL(/\/directory$/);
  await expect(page.getByRole("heading", { name: "Directory", level: 1 })).toBeVisible();
  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`${WIZARD}/complete/[0-9a-f-]{36}$`));
  await expect(complete).toBeVisible();

  // Sent: the draft is gone, and the wizard, opened anew, starts empty.
  expect(await drafts(page)).toEqual([]);
  await page.getByRole("link", { name: "Back to the directory" }).click();
  await openCompanyWizard(page);
  await expect(page.getByRole("radio", { name: /Someone else will authorize/ })).not.toBeChecked();
  await page.goto(WIZARD);
  await expect(page).toHaveURL(`${WIZARD}/account-information`);
  await expect(page.getByRole("radio", { name: /Someone else will authorize/ })).not.toBeChecked();
});

test("a link to a later step lands on the first step not yet complete", async ({
  page,
  request,
}) => {
  await signedInCustomer(page, request);
  await page.goto(`${WIZARD}/review`);
  await expect(page).toHaveURL(`${WIZARD}/account-information`);
  await expect(stepHeading(page, "Account Information")).toBeVisible();

  await page.getByRole("radio", { name: /Yes, I have the authority/ }).check();
  await page.getByRole("textbox", { name: "Account Name" }).fill("Halfway Co");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(`${WIZARD}/company-information`);
  // The company step is mandatory on this path and still empty.
  await page.goto(`${WIZARD}/administrative-access`);
  await expect(page).toHaveURL(`${WIZARD}/company-information`);
  await expect(page.getByRole("textbox", { name: "Company/Organization Name" })).toHaveValue("");
});

test("leaving a started request asks first; Stay keeps it, Discard and leave and Cancel drop it", async ({
  page,
  request,
}) => {
  await signedInCustomer(page, request);
  await openCompanyWizard(page);
  const accountName = page.getByRole("textbox", { name: "Account Name" });
  await page.getByRole("radio", { name: /Yes, I have the authority/ }).check();
  await accountName.fill("Kept Co");

  // In the console: a side-navigation link, then the top bar's product name.
  const ask = page.getByRole("dialog", { name: "Leave this request?" });
  await page.getByRole("link", { name: "Requests", exact: true }).click();
  await expect(ask).toBeVisible();
  await ask.getByRole("button", { name: "Stay on the request" }).click();
  await expect(ask).toBeHidden();
  await expect(page).toHaveURL(`${WIZARD}/account-information`);
  await expect(accountName).toHaveValue("Kept Co");

  await page.getByRole("link", { name: "Smart Account Manager" }).first().click();
  await expect(ask).toBeVisible();
  await ask.getByRole("button", { name: "Discard and leave" }).click();
  await expect(page).toHaveURL(/\/directory$/);
  expect(await drafts(page)).toEqual([]);

  // The browser asks before the tab closes (its session storage, and the draft, would go).
  await openCompanyWizard(page);
  await page.getByRole("radio", { name: /Yes, I have the authority/ }).check();
  await accountName.fill("Closing Co");
  const asked: string[] = [];
  page.once("dialog", (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toEqual(["beforeunload"]);
  expect(page.isClosed()).toBe(false);
  await expect(accountName).toHaveValue("Closing Co");

  // A reload, once accepted, keeps the draft.
  page.once("dialog", (dialog) => void dialog.accept());
  await page.reload();
  await expect(accountName).toHaveValue("Closing Co");

  // Cancel is the person's own choice: no question, and the draft is gone.
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page).toHaveURL(/\/directory$/);
  expect(await drafts(page)).toEqual([]);
  await openCompanyWizard(page);
  await expect(page.getByRole("radio", { name: /Yes, I have the authority/ })).not.toBeChecked();

  // Accepted, closing the tab goes ahead.
  await page.getByRole("radio", { name: /Yes, I have the authority/ }).check();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
});

test("Company Information: an error vanishing on blur moves nothing, one click on Continue goes on, and focus follows", async ({
  page,
  request,
}) => {
  await signedInCustomer(page, request);
  await openCompanyWizard(page);
  const proceed = page.getByRole("button", { name: "Continue" });

  // A failed Continue puts focus on the first field in error.
  await proceed.click();
  await expect(page.getByText("Choose who will authorize the account")).toBeVisible();
  await expect(page.getByRole("radio", { name: /Yes, I have the authority/ })).toBeFocused();
  await page.getByRole("radio", { name: /Yes, I have the authority/ }).check();
  await page.getByRole("textbox", { name: "Account Name" }).fill("Steady Co");
  await proceed.click();
  // A successful one puts it on the new step's heading.
  await expect(stepHeading(page, "Company Information")).toBeFocused();

  await proceed.click();
  const companyName = page.getByRole("textbox", { name: "Company/Organization Name" });
  await expect(companyName).toBeFocused();
  await expect(page.getByText("Enter the company or organization name")).toBeVisible();

  await companyName.fill("Steady Co");
  await page.getByRole("combobox", { name: "Country" }).fill("United States");
  await page.getByRole("option", { name: "United States", exact: true }).click();
  await page.getByRole("textbox", { name: "City" }).fill("Irvine");
  await page.getByRole("textbox", { name: "State/Province/Region" }).fill("CALIFORNIA");

  // A field filled keeps its error until it is left (as the person reaches for Continue):
  // the error vanishing moves nothing below it.
  const address = page.getByRole("textbox", { name: "Address" });
  const addressError = page.getByText("Enter the address", { exact: true });
  await address.fill("1 Steady Street");
  await expect(addressError).toBeVisible();
  const before = await proceed.boundingBox();
  await address.blur();
  await expect(addressError).toBeHidden();
  expect(await proceed.boundingBox()).toEqual(before);

  // With the Zip error on screen when the pointer goes down on Continue, one click goes on.
  const zip = page.getByRole("textbox", { name: "Zip/Postal Code" });
  await zip.fill("92617");
  await expect(page.getByText("Enter the postal code, or NA")).toBeVisible();
  await proceed.click();
  await expect(page).toHaveURL(`${WIZARD}/administrative-access`);
  await expect(stepHeading(page, "Administrative User Access")).toBeFocused();
});

test("the customer request: its review has an address, Back closes it, the draft survives a reload and goes when sent, and its completion has an address", async ({
  page,
  request,
}) => {
  const partnerDomain = uniqueDomain("partner");
  const customerDomain = uniqueDomain("customer");
  const partner = `pia@${partnerDomain}`;
  await registerVerified(request, {
    email: partner,
    name: "Pia Partner",
    company: "Partner Ltd",
    organisationType: "PARTNER",
  });
  await page.goto("/directory");
  await signIn(page, partner);
  await page.getByRole("button", { name: "Create Smart Account" }).click();
  await page.getByRole("menuitem", { name: "Request for a customer" }).click();
  await expect(page).toHaveURL("/directory/request/customer");

  const name = page.getByRole("textbox", { name: "Smart Account Name" });
  await name.fill("Draft Customer");
  await page.getByRole("textbox", { name: "Customer Email" }).fill(`buyer@${customerDomain}`);
  await page.getByRole("textbox", { name: "Note to Customer" }).fill("Please accept");
  await expect(page.getByTestId("account-domain-identifier")).toHaveText(customerDomain);
  await page.reload();
  await expect(name).toHaveValue("Draft Customer");
  await expect(page.getByRole("textbox", { name: "Note to Customer" })).toHaveValue(
    "Please accept",
  );

  await page.getByRole("button", { name: "Send Request" }).click();
  const review = page.getByRole("dialog", { name: "Review Request" });
  await expect(review).toBeVisible();
  await expect(page).toHaveURL("/directory/request/customer/review");
  await page.goBack();
  await expect(review).toBeHidden();
  await expect(page).toHaveURL("/directory/request/customer");
  await page.goForward();
  await expect(review).toBeVisible();
  await page.reload();
  await expect(review).toBeVisible();
  await expect(review.getByText("Draft Customer")).toBeVisible();

  await review.getByRole("button", { name: "Send Request" }).click();

  // The completion has an address of its own: it names the account and survives a reload.
  await expect(page).toHaveURL(/\/directory\/request\/customer\/complete\/[0-9a-f-]{36}$/);
  const complete = page.getByRole("heading", { name: "Smart Account Request Complete" });
  await expect(complete).toBeVisible();
  const summary = page.getByText(
    /A provisional Smart Account has been created for “Draft Customer”/,
  );
  await expect(summary).toContainText(`buyer@${customerDomain}`);
  await page.reload();
  await expect(complete).toBeVisible();
  await expect(summary).toBeVisible();
  expect(await drafts(page)).toEqual([]);

  // Back goes to the directory (not to the emptied form), Forward to the completion again.
  await page.goBack();
  await expect(page).toHaveURL(/\/directory$/);
  await expect(page.getByRole("heading", { name: "Directory", level: 1 })).toBeVisible();
  await page.goForward();
  await expect(summary).toBeVisible();

  // The form, opened anew, starts empty.
  await page.getByRole("link", { name: "Back to the directory" }).click();
  await page.getByRole("button", { name: "Create Smart Account" }).click();
  await page.getByRole("menuitem", { name: "Request for a customer" }).click();
  await expect(page).toHaveURL("/directory/request/customer");
  await expect(name).toHaveValue("");
});
