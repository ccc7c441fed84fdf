import { expect, test, type Page } from "./fixtures";
import { expectAccessible } from "./axe";
import {
  apiSession,
  demoAccountId,
  DEMO_PASSWORD,
  gql,
  latestEmail,
  linkIn,
  PASSWORD,
  registerVerified,
  requestActiveAccount,
  requestForApproval,
  shot,
  signIn,
  signOut,
  uniqueDomain,
} from "./support";

// Every route of the console, and its main dialogs, checked with axe as each kind of seeded demo
// user sees them. Anything serious or critical fails the test; the rest is left to review.

const CUSTOMER = { email: "ccoesup@ccoesup.com", name: "Casey Customer" };
const PARTNER = { email: "pat@partner.example", name: "Pat Partner" };
const STAFF = { email: "staff@smartaccounts.example", name: "Sam Staff" };

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
  // A dozen pages and dialogs, the seeded account page among the largest: room for axe on a
  // busy machine.
  test.setTimeout(120_000);
  // The demo seed's active account, which the customer administers (users, roles, history).
  const api = await apiSession(baseURL!, CUSTOMER.email, DEMO_PASSWORD);
  const accountId = await demoAccountId(api, "CCO Esup, Inc.");
  await api.dispose();

  await page.goto("/directory");
  await signIn(page, CUSTOMER.email, DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Directory", level: 1 })).toBeVisible();
  await expectAccessible(page, "/directory");
  // The two menus of the first page, open.
  await page.getByRole("button", { name: "Create Smart Account" }).click();
  await expect(page.getByRole("menu", { name: "Create Smart Account" })).toBeVisible();
  await expectAccessible(page, "the Create Smart Account menu");
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: CUSTOMER.name }).click();
  await expect(page.getByRole("menu", { name: CUSTOMER.name })).toBeVisible();
  await expectAccessible(page, "the user menu");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toHaveCount(0);

  await visit(page, "/requests", /Requests/);
  await visit(page, "/access-requests", /Access Requests/);
  await visit(page, "/nominations", /Nominations/);
  await visit(page, "/api-tokens", /API tokens/i);

  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByRole("dialog", { name: "Create API token" })).toBeVisible();
  await expectAccessible(page, "Create API token");
  await page.keyboard.press("Escape");

  await page.goto(`/smart-accounts/${accountId}`);
  await expect(page.getByRole("heading", { name: "CCO Esup, Inc.", level: 1 })).toBeVisible();
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

  // The request was started (a choice made): the browser asks before the page is left.
  page.once("dialog", (dialog) => void dialog.accept());
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

  // The explorer's page is ours, the GraphiQL widget inside it is not: a development tool
  // (absent in production) whose own findings (labels, nesting) belong upstream.
  await page.goto("/explorer");
  await expect(page.getByRole("heading", { name: "GraphQL Explorer", level: 1 })).toBeAttached();
  await expect(page.locator(".graphiql-container")).toBeVisible();
  await expectAccessible(page, "/explorer around GraphiQL", { exclude: [".graphiql-container"] });
  await signOut(page, CUSTOMER.name);
});

test("a partner's wizard and a stranger's Request Access dialog have no serious problems", async ({
  page,
  request,
  baseURL,
}) => {
  // An account the partner has no relation to, so the directory search offers Request access.
  const domain = uniqueDomain("a11y-access");
  const owner = `olga@${domain}`;
  await registerVerified(request, { email: owner, name: "Olga Owner", company: "Accessible" });
  const api = await apiSession(baseURL!, owner);
  await requestActiveAccount(api, {
    name: `Accessible ${domain.split(".")[0]}`,
    company: "Accessible",
  });
  await api.dispose();

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

test("the Pending Request page from an approver's emailed link, and each of its dialogs, have no serious problems", async ({
  page,
  request,
  baseURL,
}) => {
  const domain = uniqueDomain("a11y-approve");
  const requester = `rita@${domain}`;
  const approver = `abe@${domain}`;
  const stranger = `sol@${domain}`;
  await registerVerified(request, { email: requester, name: "Rita Requester", company: "Axe" });
  await registerVerified(request, { email: approver, name: "Abe Approver", company: "Axe" });
  await registerVerified(request, { email: stranger, name: "Sol Stranger", company: "Axe" });
  const api = await apiSession(baseURL!, requester);
  await requestForApproval(api, "Accessible Approval", [approver]);
  await api.dispose();
  const email = await latestEmail(request, approver, "Please approve the Smart Account");
  const link = linkIn(email).replace(/^https?:\/\/[^/]+/, baseURL ?? "");

  // Signed out, the link lands on sign-in, which comes back to the request.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fpending-requests%2F/);
  await expectAccessible(page, "sign-in from an approval link");

  // Someone else signed in sees that the link is not theirs.
  await signIn(page, stranger);
  await expect(
    page.getByRole("heading", { name: "This link was sent to another email address" }),
  ).toBeVisible();
  await expectAccessible(page, "an approval link opened by someone else");
  await shot(page, "100-approval-link-other-address");
  await signOut(page, "Sol Stranger");

  await page.goto(link);
  await signIn(page, approver);
  await expect(page.getByRole("heading", { name: "Pending Request", level: 1 })).toBeVisible();
  await expect(page.getByText("Please approve", { exact: true })).toBeVisible();
  await expectAccessible(page, "the Pending Request page");
  await shot(page, "101-pending-request");

  await page.getByRole("button", { name: "Forward" }).click();
  const forward = page.getByRole("dialog", { name: "Forward" });
  await expect(forward.getByRole("textbox", { name: "Email" })).toBeVisible();
  await expectAccessible(page, "the Forward dialog");
  await forward.getByRole("button", { name: "Forward" }).click();
  await expect(forward.getByRole("textbox", { name: "Email" })).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expectAccessible(page, "the Forward dialog with its errors");
  await shot(page, "102-forward-dialog");
  await forward.getByRole("button", { name: "Cancel" }).click();
  await expect(forward).toBeHidden();

  await page.getByRole("button", { name: "Deny Request" }).click();
  const deny = page.getByRole("dialog", { name: "Deny Request" });
  await expect(deny.getByRole("textbox", { name: "Reason" })).toBeVisible();
  await expectAccessible(page, "the Deny Request dialog");
  await deny.getByRole("button", { name: "Deny Request" }).click();
  await expect(deny.getByText("Give the reason for denying")).toBeVisible();
  await expectAccessible(page, "the Deny Request dialog with its error");
  await shot(page, "103-deny-dialog");
  await deny.getByRole("button", { name: "Cancel" }).click();
  await expect(deny).toBeHidden();

  await page.getByRole("button", { name: "Approve and Create the Account" }).click();
  const approve = page.getByRole("dialog", { name: "Approve and Create the Account" });
  await expect(
    approve.getByRole("checkbox", { name: /I accept the approver's terms/ }),
  ).toBeVisible();
  await expectAccessible(page, "the Approve and Create the Account dialog");
  await approve.getByRole("button", { name: "Approve and Create the Account" }).click();
  await expect(approve.getByText("Accept the approver's terms to approve")).toBeVisible();
  await expectAccessible(page, "the Approve and Create the Account dialog with its errors");
  await shot(page, "104-approve-dialog");
  await approve.getByRole("button", { name: "Cancel" }).click();
  await expect(approve).toBeHidden();

  // The decision's outcome, then the spent link and a broken one.
  await page.getByRole("button", { name: "Deny Request" }).click();
  await deny.getByRole("textbox", { name: "Reason" }).fill("Not needed after all");
  await deny.getByRole("button", { name: "Deny Request" }).click();
  await expect(page.getByText(/You denied the request for “Accessible Approval”/)).toBeVisible();
  await expectAccessible(page, "the Pending Request page after denying");

  await page.goto(link);
  await expect(
    page.getByRole("heading", { name: "This link can no longer be used" }),
  ).toBeVisible();
  await expectAccessible(page, "a spent approval link");

  await page.goto(link.replace(/token=[^&]+/, "token=not-a-real-token"));
  await expect(
    page.getByRole("heading", { name: "This approval link is not valid" }),
  ).toBeVisible();
  await expectAccessible(page, "a broken approval link");
  await shot(page, "105-broken-approval-link");
});

test("the pages emailed links land on (verify email, reset password, nominations) have no serious problems", async ({
  page,
  request,
  baseURL,
}) => {
  const domain = uniqueDomain("a11y-links");
  const newcomer = `nia@${domain}`;
  const requester = `ray@${domain}`;
  const nominee = `nell@${domain}`;
  const unregistered = `nobody@${domain}`;

  // Verify email: a good link, then one that no longer works (with its resend form).
  await gql(request, `mutation ($input: SignUpInput!) { signUp(input: $input) { email } }`, {
    input: {
      email: newcomer,
      name: "Nia Newcomer",
      company: "Links",
      organisationType: "CUSTOMER",
      password: PASSWORD,
    },
  });
  const verify = await latestEmail(request, newcomer, "Verify your email address");
  const verifyLink = linkIn(verify).replace(/^https?:\/\/[^/]+/, baseURL ?? "");
  await page.goto(verifyLink);
  await expect(page.getByRole("heading", { name: "Email verified" })).toBeVisible();
  await expectAccessible(page, "/verify-email with a good link");
  await shot(page, "110-verify-email");
  await page.goto(verifyLink);
  await expect(page.getByText("This link is invalid or has expired")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Verify your email" })).toBeVisible();
  await expectAccessible(page, "/verify-email with a spent link");
  await shot(page, "111-verify-email-spent");

  // Reset password: the form, with its errors, and a link that does not work.
  await gql(
    request,
    `mutation ($input: RequestPasswordResetInput!) {
      requestPasswordReset(input: $input) { accepted }
    }`,
    { input: { email: newcomer } },
  );
  const reset = await latestEmail(request, newcomer, "Reset your password");
  await page.goto(linkIn(reset).replace(/^https?:\/\/[^/]+/, baseURL ?? ""));
  await expect(page.getByRole("heading", { name: "Set a new password" })).toBeVisible();
  await expectAccessible(page, "/reset-password");
  await page.getByRole("textbox", { name: "New password", exact: true }).fill("short");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Use at least 10 characters")).toBeVisible();
  await expectAccessible(page, "/reset-password with its errors");
  await shot(page, "112-reset-password");
  await page.goto("/reset-password?token=not-a-real-token");
  await page.getByRole("textbox", { name: "New password", exact: true }).fill(PASSWORD);
  await page.getByRole("textbox", { name: "Confirm new password" }).fill(PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("This link is invalid or has expired")).toBeVisible();
  await expectAccessible(page, "/reset-password with a link that does not work");

  // Nominations: an unregistered nominee's link opens registration; a registered one's, the list.
  await registerVerified(request, { email: requester, name: "Ray Requester", company: "Links" });
  await registerVerified(request, { email: nominee, name: "Nell Nominee", company: "Links" });
  const api = await apiSession(baseURL!, requester);
  const account = await requestForApproval(api, "Accessible Nominations", [`boss@${domain}`]);
  await gql(
    api,
    `mutation ($input: NominateCreatorsInput!) {
      nominateCreators(input: $input) { nominations { id } }
    }`,
    { input: { smartAccountId: account.id, emails: [nominee, unregistered] } },
  );
  await api.dispose();

  const toUnregistered = await latestEmail(request, unregistered, "You are nominated as");
  await page.goto(linkIn(toUnregistered).replace(/^https?:\/\/[^/]+/, baseURL ?? ""));
  await expect(page.getByRole("heading", { name: "Register Now" })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(unregistered);
  await expectAccessible(page, "/register from a nomination link");
  await shot(page, "113-register-from-nomination");

  const toNominee = await latestEmail(request, nominee, "You are nominated as");
  await page.goto(linkIn(toNominee).replace(/^https?:\/\/[^/]+/, baseURL ?? ""));
  await signIn(page, nominee);
  await expect(page.getByRole("heading", { name: "My Nominations", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Accessible Nominations" })).toBeVisible();
  await expectAccessible(page, "/nominations from a nomination link");
  await shot(page, "114-nominations-from-link");
});

test("the identifier review dialogs (verify by DNS, reject, resubmit) have no serious problems", async ({
  page,
  request,
  baseURL,
}) => {
  const domain = uniqueDomain("a11y-review");
  const requester = `rae@${domain}`;
  const identifier = `lab.${domain}`;
  const name = `Reviewed ${domain.split(".")[0]}`;
  await registerVerified(request, { email: requester, name: "Rae Requester", company: "Review" });
  const api = await apiSession(baseURL!, requester);
  await gql(
    api,
    `mutation ($input: RequestSmartAccountInput!) {
      requestSmartAccount(input: $input) { smartAccount { id status } }
    }`,
    {
      input: {
        authorization: "REQUESTER",
        acceptTerms: true,
        name,
        domainIdentifier: identifier,
        contactPhone: "+1 949 555 0100",
        company: {
          name: "Review",
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

  // The requester may prove the domain by DNS while the review waits.
  await page.goto("/requests");
  await signIn(page, requester);
  await page.getByRole("button", { name: `Verify ${identifier} by DNS` }).click();
  const dns = page.getByRole("dialog", { name: "Verify the domain by DNS" });
  await expect(dns).toBeVisible();
  await expectAccessible(page, "Verify the domain by DNS");
  await page.keyboard.press("Escape");
  await signOut(page, "Rae Requester");

  // Staff reject it with a reason.
  await page.goto("/domain-approvals");
  await signIn(page, STAFF.email, DEMO_PASSWORD);
  await page.getByRole("button", { name: `Reject ${identifier}` }).click();
  const reject = page.getByRole("dialog", { name: "Reject Domain Identifier" });
  await expect(reject).toBeVisible();
  await expectAccessible(page, "Reject Domain Identifier");
  await reject.getByRole("button", { name: "Reject" }).click();
  await expect(reject.getByText("Give the reason for rejecting")).toBeVisible();
  await expectAccessible(page, "Reject Domain Identifier with its error");
  await reject.getByRole("textbox", { name: "Reason" }).fill("Use the company's main domain.");
  await reject.getByRole("button", { name: "Reject" }).click();
  await expect(reject).toBeHidden();
  await signOut(page, STAFF.name);

  // The requester proposes another identifier.
  await page.goto("/requests");
  await signIn(page, requester);
  await page.getByRole("button", { name: `Resubmit identifier of ${name}` }).click();
  const resubmit = page.getByRole("dialog", { name: "Resubmit Account Domain Identifier" });
  await expect(resubmit).toBeVisible();
  await expect(resubmit.getByText(/Use the company's main domain/)).toBeVisible();
  await expectAccessible(page, "Resubmit Account Domain Identifier");
  await resubmit.getByRole("button", { name: "Resubmit" }).click();
  await expect(resubmit.getByText("Enter a domain, such as example.com")).toBeVisible();
  await expectAccessible(page, "Resubmit Account Domain Identifier with its errors");
  await shot(page, "115-resubmit-identifier");
});
