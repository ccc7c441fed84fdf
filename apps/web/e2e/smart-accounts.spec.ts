import { expect, test } from "./fixtures";
import {
  apiSession,
  fillCompany,
  gql,
  latestEmail,
  linkIn,
  registerVerified,
  requestForApproval,
  shot,
  signIn,
  signOut,
  uniqueDomain,
} from "./support";
import { expectAccessible } from "./axe";

// Journeys through the Smart Account lifecycle, each as a person takes it in the console. The
// people a journey is not about (approvers, existing account holders) are set up over the API.

test("a customer with the authority requests an account on their own domain and it is active", async ({
  page,
  request,
}) => {
  const domain = uniqueDomain("self");
  const email = `casey@${domain}`;
  await registerVerified(request, { email, name: "Casey Customer", company: "Self Co" });

  await page.goto("/directory");
  await signIn(page, email);
  await expect(page.getByRole("heading", { name: "Directory" })).toBeVisible();
  await page.getByRole("button", { name: "Create Smart Account" }).click();
  await page.getByRole("menuitem", { name: "Request for my company" }).click();

  await expect(page.getByRole("heading", { name: "Account Information", level: 2 })).toBeVisible();
  await page.getByRole("radio", { name: /Yes, I have the authority/ }).check();
  await expect(page.getByTestId("account-domain-identifier")).toHaveText(domain);
  await expect(page.getByText(`${domain} needs no domain review`)).toBeVisible();
  await page.getByRole("textbox", { name: "Account Name" }).fill("Self Co");
  await shot(page, "10-request-account-information");
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { name: "Company Information", level: 2 })).toBeVisible();
  await fillCompany(page, "Self Co");
  await shot(page, "11-request-company-information");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(
    page.getByRole("heading", { name: "Administrative User Access", level: 2 }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { name: "Review", level: 2 })).toBeVisible();
  await page.getByRole("checkbox", { name: /I accept the approver's terms/ }).check();
  await shot(page, "12-request-review");
  await page.getByRole("button", { name: "Submit Request" }).click();

  await expect(page.getByRole("heading", { name: "Smart Account Request Complete" })).toBeVisible();
  await expect(page.getByText(/The Smart Account “Self Co” is active/)).toBeVisible();
  await shot(page, "13-request-complete-active");

  await page.getByRole("link", { name: "Open the account" }).click();
  await expect(page.getByRole("heading", { name: "Self Co", level: 1 })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: /DEFAULT/ })).toBeVisible();
  await expect(page.getByText("Administrator", { exact: true }).first()).toBeVisible();
  await shot(page, "14-account-page");
});

test("a request goes to an approver, who approves it from the emailed link", async ({
  page,
  request,
  baseURL,
}) => {
  const domain = uniqueDomain("acme");
  const requester = `riley@${domain}`;
  const approver = `avery@${domain}`;
  await registerVerified(request, { email: requester, name: "Riley Requester", company: "Acme" });
  await registerVerified(request, { email: approver, name: "Avery Approver", company: "Acme" });

  await page.goto("/directory/request/company");
  await signIn(page, requester);
  await page.getByRole("radio", { name: /Someone else will authorize/ }).check();
  await page.getByRole("textbox", { name: "Approver Email Address" }).fill(approver);
  await page
    .getByRole("textbox", { name: "Message to Approver" })
    .fill("Please approve our account");
  await page.getByRole("textbox", { name: "Account Name" }).fill("Acme Inc.");
  await expect(page.getByTestId("account-domain-identifier")).toHaveText(domain);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Company Information", level: 2 })).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("checkbox", { name: "I request access for myself" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Submit Request" }).click();
  await expect(page.getByText(/An email has been sent to “avery@/)).toBeVisible();
  await shot(page, "20-request-complete-pending");
  await signOut(page, "Riley Requester");

  const email = await latestEmail(request, approver, "Please approve the Smart Account");
  await page.goto(linkIn(email).replace(/^https?:\/\/[^/]+/, baseURL ?? ""));
  await signIn(page, approver);
  await expect(page.getByRole("heading", { name: "Pending Request" })).toBeVisible();
  await expect(page.getByText("Please approve our account")).toBeVisible();
  await shot(page, "21-pending-request");

  await page.getByRole("button", { name: "Approve and Create the Account" }).click();
  const dialog = page.getByRole("dialog", { name: "Approve and Create the Account" });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, "Approve and Create the Account");
  await fillCompany(page, "Acme Inc.");
  await dialog.getByRole("checkbox", { name: /I accept the approver's terms/ }).check();
  await shot(page, "22-approve-dialog");
  await dialog.getByRole("button", { name: "Approve and Create the Account" }).click();
  await expect(page.getByText(/You approved and created “Acme Inc.”/)).toBeVisible();
  await expect(page.getByText(`Emailed: ${requester}.`, { exact: false })).toBeVisible();
  await expect(page.getByText("Active", { exact: true }).first()).toBeVisible();
  await shot(page, "23-approved");

  // The requester hears of it.
  await latestEmail(request, requester, "Smart Account approved");
});

test("a partner requests an account for a customer and finds it pending on the directory", async ({
  page,
  request,
}) => {
  const partnerDomain = uniqueDomain("partner");
  const customerDomain = uniqueDomain("customer");
  const partner = `pat@${partnerDomain}`;
  await registerVerified(request, {
    email: partner,
    name: "Pat Partner",
    company: "Partner Ltd",
    organisationType: "PARTNER",
  });

  await page.goto("/directory");
  await signIn(page, partner);
  await page.getByRole("button", { name: "Create Smart Account" }).click();
  await page.getByRole("menuitem", { name: "Request for a customer" }).click();
  await page.getByRole("textbox", { name: "Smart Account Name" }).fill("Customer Co");
  await page.getByRole("textbox", { name: "Customer Email" }).fill(`buyer@${customerDomain}`);
  await expect(page.getByTestId("account-domain-identifier")).toHaveText(customerDomain);
  await page.getByRole("textbox", { name: "Note to Customer" }).fill("Please accept");
  await page.getByRole("textbox", { name: "User Emails" }).fill(`ops@${partnerDomain}`);
  await page.getByRole("textbox", { name: "Note to Added Users" }).fill("Welcome");
  await shot(page, "30-request-for-customer");
  await page.getByRole("button", { name: "Send Request" }).click();

  const review = page.getByRole("dialog", { name: "Review Request" });
  await expect(review).toBeVisible();
  await expectAccessible(page, "Review Request");
  await expect(review.getByText(`buyer@${customerDomain}`)).toBeVisible();
  await shot(page, "31-review-request");
  await review.getByRole("button", { name: "Send Request" }).click();

  await expect(page).toHaveURL(/\/directory\/request\/customer\/complete\//);
  await expect(page.getByRole("heading", { name: "Smart Account Request Complete" })).toBeVisible();
  await page.getByRole("link", { name: "Back to the directory" }).click();
  await expect(page).toHaveURL(/\/directory$/);
  const panel = page.getByRole("region", { name: "Your requests" });
  const row = panel.getByRole("row", { name: /Customer Co/ });
  await expect(row.getByText("Pending Customer Acceptance")).toBeVisible();
  await shot(page, "32-directory-pending");
  await latestEmail(request, `buyer@${customerDomain}`, "Please approve the Smart Account");
});

test("on a domain that already has an account: nominate creators, then go on with a modified identifier", async ({
  page,
  request,
  baseURL,
}) => {
  const domain = uniqueDomain("shared");
  const first = `first@${domain}`;
  const second = `sam@${domain}`;
  await registerVerified(request, { email: first, name: "First Requester", company: "Shared" });
  await registerVerified(request, { email: second, name: "Sam Second", company: "Shared" });
  const api = await apiSession(baseURL!, first);
  await requestForApproval(api, "Shared Original", [`boss@${domain}`]);
  await api.dispose();

  await page.goto("/directory/request/company");
  await signIn(page, second);
  await page.getByRole("radio", { name: /Yes, I have the authority/ }).check();
  await page.getByRole("textbox", { name: "Account Name" }).fill("Shared Poland");
  await expect(page.getByText(`A Smart Account already exists under ${domain}.`)).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click();

  const existing = page.getByRole("dialog", { name: "Existing Smart Accounts" });
  await expect(existing).toBeVisible();
  await expectAccessible(page, "Existing Smart Accounts");
  await expect(existing.getByRole("rowheader", { name: "Shared Original" })).toBeVisible();
  await expect(existing.getByText("Pending Customer Acceptance")).toBeVisible();
  await shot(page, "40-existing-accounts");
  await existing
    .getByRole("button", { name: "Nominate Additional Creators of Shared Original" })
    .click();
  const nominate = page.getByRole("dialog", { name: "Nominate Additional Creators" });
  await expect(nominate).toBeVisible();
  await expectAccessible(page, "Nominate Additional Creators");
  await nominate.getByRole("textbox", { name: "Email addresses" }).fill(`cfo@${domain}, ${second}`);
  await nominate.getByRole("button", { name: "OK" }).click();
  const nominated = page.getByRole("dialog", { name: "Creators Nominated" });
  await expect(nominated).toBeVisible();
  await expectAccessible(page, "Creators Nominated");
  await expect(
    nominated.getByText(/were nominated as additional creators of “Shared Original”/),
  ).toBeVisible();
  await shot(page, "41-creators-nominated");
  await latestEmail(request, `cfo@${domain}`, "nominated as an additional creator");

  await nominated.getByRole("button", { name: "Back to the accounts" }).click();
  await existing.getByRole("button", { name: "Proceed with a Modified Account Domain" }).click();
  const edit = page.getByRole("dialog", { name: "Edit Account Identifier" });
  await expect(edit).toBeVisible();
  await expectAccessible(page, "Edit Account Identifier");
  await edit.getByRole("textbox", { name: "Prefix" }).fill("pl");
  await expect(edit.getByText(`pl.${domain} needs review by a domain approver`)).toBeVisible();
  await edit.getByRole("textbox", { name: "Contact Phone Number" }).fill("+1 949 555 0100");
  await shot(page, "42-edit-account-identifier");
  await edit.getByRole("button", { name: "OK" }).click();
  await expect(page.getByTestId("account-domain-identifier")).toHaveText(`pl.${domain}`);

  await page.getByRole("button", { name: "Continue" }).click();
  await existing.getByRole("button", { name: `Continue with pl.${domain}` }).click();
  await expect(page.getByRole("heading", { name: "Company Information", level: 2 })).toBeVisible();
  await fillCompany(page, "Shared Poland");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("checkbox", { name: /I accept the approver's terms/ }).check();
  await page.getByRole("button", { name: "Submit Request" }).click();
  await expect(
    page.getByText(
      new RegExp(
        `Account Domain Identifier pl.${domain.replace(/\./g, "\\.")} needs approval by a domain approver`,
      ),
    ),
  ).toBeVisible();
  await shot(page, "43-request-complete-domain-review");

  // As one of the nominated creators, the second requester accepts on My Nominations.
  await page.goto("/nominations");
  await page
    .getByRole("button", { name: "Accept nomination as Additional creator (approver)" })
    .click();
  await expect(page.getByText("Nomination accepted")).toBeVisible();
  await shot(page, "44-nominations");

  // Domain approvers (operator staff) are made by a command-line tool; the demo seed has one.
  await signOut(page, "Sam Second");
  await page.goto("/domain-approvals");
  await page.getByLabel("Email").fill("staff@smartaccounts.example");
  await page.getByRole("textbox", { name: "Password" }).fill("smart-accounts-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("rowheader", { name: `pl.${domain}` })).toBeVisible();
  await shot(page, "45-domain-approvals");
  await page.getByRole("button", { name: `Approve pl.${domain}` }).click();
  await expect(page.getByText("Identifier approved")).toBeVisible();
});

test("an approver forwards the request, and the new approver denies it with a reason", async ({
  page,
  request,
  baseURL,
}) => {
  const domain = uniqueDomain("fwd");
  const requester = `req@${domain}`;
  const first = `ann@${domain}`;
  const second = `bob@${domain}`;
  for (const [email, name] of [
    [requester, "Rae Requester"],
    [first, "Ann Approver"],
    [second, "Bob Approver"],
  ] as const) {
    await registerVerified(request, { email, name, company: "Fwd" });
  }
  const api = await apiSession(baseURL!, requester);
  await requestForApproval(api, "Forwarded Co", [first]);
  await api.dispose();

  const toFirst = await latestEmail(request, first, "Please approve the Smart Account");
  await page.goto(linkIn(toFirst).replace(/^https?:\/\/[^/]+/, baseURL ?? ""));
  await signIn(page, first);
  await page.getByRole("button", { name: "Forward" }).click();
  const forward = page.getByRole("dialog", { name: "Forward" });
  await expect(forward).toBeVisible();
  await expectAccessible(page, "Forward");
  await forward.getByRole("textbox", { name: "Email" }).fill(second);
  await forward.getByRole("textbox", { name: "Message" }).fill("Bob decides these");
  await forward.getByRole("button", { name: "Forward" }).click();
  await expect(page.getByText(new RegExp(`You forwarded the request to ${second}`))).toBeVisible();
  await shot(page, "50-forwarded");

  // The first link is spent by the forward.
  await page.goto(linkIn(toFirst).replace(/^https?:\/\/[^/]+/, baseURL ?? ""));
  await expect(
    page.getByRole("heading", { name: "This link can no longer be used" }),
  ).toBeVisible();
  await shot(page, "51-spent-link");
  await signOut(page, "Ann Approver");

  const toSecond = await latestEmail(request, second, "Please approve the Smart Account");
  await page.goto(linkIn(toSecond).replace(/^https?:\/\/[^/]+/, baseURL ?? ""));
  await signIn(page, second);
  await page.getByRole("button", { name: "Deny Request" }).click();
  const deny = page.getByRole("dialog", { name: "Deny Request" });
  await expect(deny).toBeVisible();
  await expectAccessible(page, "Deny Request");
  await deny.getByRole("button", { name: "Deny Request" }).click();
  await expect(deny.getByText("Give the reason for denying")).toBeVisible();
  await deny.getByRole("textbox", { name: "Reason" }).fill("We already have an account");
  await deny.getByRole("button", { name: "Deny Request" }).click();
  await expect(
    page.getByText(new RegExp(`You denied the request for “Forwarded Co”. ${requester} was told`)),
  ).toBeVisible();
  await expect(page.getByText("Declined by Customer").first()).toBeVisible();
  await shot(page, "52-denied");
  await latestEmail(request, requester, "Smart Account request denied");
});

test("a requester resends the approval email and cancels the request", async ({
  page,
  request,
  baseURL,
}) => {
  const domain = uniqueDomain("cancel");
  const requester = `quinn@${domain}`;
  await registerVerified(request, { email: requester, name: "Quinn Requester", company: "Cancel" });
  const api = await apiSession(baseURL!, requester);
  await requestForApproval(api, "Cancel Me", [`boss@${domain}`]);
  await api.dispose();

  await page.goto("/requests");
  await signIn(page, requester);
  const row = page.getByRole("row", { name: /Cancel Me/ });
  await expect(row.getByText("Pending Customer Acceptance")).toBeVisible();
  await expect(row.getByText(`boss@${domain}`, { exact: false })).toBeVisible();
  await shot(page, "60-requests");

  await row.getByRole("button", { name: "Resend approval email for Cancel Me" }).click();
  await expect(page.getByText("Approval email sent again")).toBeVisible();

  await row.getByRole("button", { name: "Cancel request Cancel Me" }).click();
  const dialog = page.getByRole("dialog", { name: "Cancel Request" });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, "Cancel Request");
  await dialog.getByRole("button", { name: "Cancel Request" }).click();
  await expect(row.getByText("Cancelled")).toBeVisible();
  await expect(page.getByText("Request cancelled")).toBeVisible();
  await shot(page, "61-request-cancelled");

  // The identifier is free again.
  const check = await apiSession(baseURL!, requester);
  const data = await gql<{ checkDomain: { identifierAvailable: boolean } }>(
    check,
    `query ($d: String!) { checkDomain(domainIdentifier: $d) { identifierAvailable } }`,
    { d: domain },
  );
  expect(data.checkDomain.identifierAvailable).toBe(true);
  await check.dispose();
});
