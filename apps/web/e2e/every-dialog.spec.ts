import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type APIRequestContext, type Locator, type Page } from "./fixtures";
import { COLOUR_RULES, expectNoAxeViolations } from "./axe";
import { dialogsInSource, menusInSource } from "./dialog-inventory";
import {
  apiSession,
  DEMO_PASSWORD,
  gql,
  latestEmail,
  linkIn,
  registerVerified,
  requestActiveAccount,
  requestForApproval,
  signIn,
  uniqueDomain,
  type Person,
} from "./support";

// Every dialog and menu of the console, opened for real by the person who would open it, checked
// with axe with every impact kept at 1440×900 in the light and the dark scheme, then checked to
// fit a 390×844 screen. The list of dialogs below is compared with the dialogs the source
// declares (dialog-inventory.ts), so a dialog added to the console fails this file until it is
// swept.

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const STAFF = { email: "staff@smartaccounts.example", name: "Sam Staff" };
const PARTNER = { email: "pat@partner.example", name: "Pat Partner" };

/** What a group's set-up made, for its entries to find their way. */
type Setup = Record<string, string>;

type Entry = {
  /** The title as the source writes it, "…" for an interpolated part. */
  title: string;
  /** How this entry reaches the dialog, when a title has several ways in. */
  via?: string;
  /** Opens the dialog from a signed-in page; the sweep then finds it by its title. */
  open(page: Page, setup: Setup): Promise<void>;
  /** A form's submit button: pressed with the form empty, the errors are swept too. */
  submitEmpty?: string;
};

type Group = {
  /** Who opens these dialogs. */
  who: string;
  /** Makes the person and their data through the public API; signs in with what it returns. */
  setUp(
    baseURL: string,
    api: APIRequestContext,
  ): Promise<Setup & { email: string; password: string }>;
  entries: Entry[];
};

/** The title as a pattern: "…" stands for any text. */
function titlePattern(title: string): RegExp {
  const parts = title.split("…").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join(".+")}$`);
}

async function personWithAccount(api: APIRequestContext, baseURL: string, label: string) {
  const domain = uniqueDomain(label);
  const person: Person = { email: `olive@${domain}`, name: "Olive Owner", company: "Swept" };
  await registerVerified(api, person);
  const session = await apiSession(baseURL, person.email);
  const name = `Swept ${domain.split(".")[0]}`;
  const { id } = await requestActiveAccount(session, { name, company: "Swept" });
  return { domain, person, session, accountId: id, accountName: name };
}

/** A request whose identifier waits for staff (a subdomain of the requester's domain). */
async function requestWithReview(api: APIRequestContext, name: string, identifier: string) {
  const data = await gql<{ requestSmartAccount: { smartAccount: { id: string } } }>(
    api,
    `mutation ($input: RequestSmartAccountInput!) {
      requestSmartAccount(input: $input) { smartAccount { id } }
    }`,
    {
      input: {
        authorization: "REQUESTER",
        acceptTerms: true,
        name,
        domainIdentifier: identifier,
        acknowledgeExistingAccounts: true,
        contactPhone: "+1 949 555 0100",
        company: {
          name: "Swept",
          country: "US",
          addressLine: "1 Sample Street",
          city: "Irvine",
          region: "CALIFORNIA",
          postalCode: "92617",
        },
      },
    },
  );
  return data.requestSmartAccount.smartAccount;
}

type Queue = {
  domainApprovals: {
    edges: { node: { id: string; identifier: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

/** Staff reject an identifier over the API (the queue is paged; the newest are last). */
async function rejectIdentifier(baseURL: string, identifier: string) {
  const staff = await apiSession(baseURL, STAFF.email, DEMO_PASSWORD);
  let after: string | null = null;
  for (;;) {
    const { domainApprovals }: Queue = await gql<Queue>(
      staff,
      `query ($after: String) {
        domainApprovals(first: 100, after: $after) {
          edges { node { id identifier } }
          pageInfo { hasNextPage endCursor }
        }
      }`,
      { after },
    );
    const review = domainApprovals.edges.find((edge) => edge.node.identifier === identifier);
    if (review) {
      await gql(
        staff,
        `mutation ($input: RejectDomainInput!) { rejectDomain(input: $input) { domain { id } } }`,
        { input: { domainId: review.node.id, reason: "Use the company's main domain." } },
      );
      break;
    }
    if (!domainApprovals.pageInfo.hasNextPage) throw new Error(`${identifier} is not in the queue`);
    after = domainApprovals.pageInfo.endCursor;
  }
  await staff.dispose();
}

async function startCompanyRequest(page: Page, accountName: string) {
  await page.goto("/directory/request/company");
  await page.getByRole("radio", { name: /Yes, I have the authority/ }).check();
  await page.getByRole("textbox", { name: "Account Name" }).fill(accountName);
}

async function existingAccounts(page: Page) {
  await startCompanyRequest(page, "Swept Again");
  await page.getByRole("button", { name: "Continue" }).click();
  const dialog = page.getByRole("dialog", { name: "Existing Smart Accounts" });
  await expect(dialog.getByRole("row")).not.toHaveCount(0);
  return dialog;
}

/** An active account with a virtual account, a user, and someone's access request waiting. */
async function administratorSetUp(baseURL: string, api: APIRequestContext) {
  const { domain, person, session, accountId, accountName } = await personWithAccount(
    api,
    baseURL,
    "dialog-owner",
  );
  await gql(
    session,
    `mutation ($input: CreateVirtualAccountInput!) {
        createVirtualAccount(input: $input) { virtualAccount { id } }
      }`,
    { input: { smartAccountId: accountId, name: "Engineering", description: "Builds" } },
  );
  const user = `uma@${domain}`;
  await gql(
    session,
    `mutation ($input: SetAccountUserRolesInput!) {
        setAccountUserRoles(input: $input) { user { email } }
      }`,
    { input: { smartAccountId: accountId, email: user, roles: [{ role: "USER" }] } },
  );
  await session.dispose();
  // Someone from elsewhere asks for access: a request the administrator decides.
  const asker: Person = {
    email: `ash@${uniqueDomain("dialog-asker")}`,
    name: "Ash Asker",
    company: "Elsewhere",
  };
  await registerVerified(api, asker);
  const askerSession = await apiSession(baseURL, asker.email);
  await gql(
    askerSession,
    `mutation ($input: RequestAccessInput!) { requestAccess(input: $input) { accessRequests { id } } }`,
    {
      input: {
        smartAccountId: accountId,
        forMyself: true,
        role: "USER",
        reason: "We resell their licenses.",
      },
    },
  );
  await askerSession.dispose();
  return {
    email: person.email,
    password: "a long enough password",
    accountId,
    accountName,
    user,
    asker: asker.email,
  };
}

// The longest file of the suite (about seven minutes): its tests set up what they need and share
// nothing, so they are spread over the workers instead of keeping one busy to the end.
test.describe.configure({ mode: "parallel" });

const groups: Group[] = [
  {
    who: "an account's administrator on its page",
    setUp: administratorSetUp,
    entries: [
      {
        title: "Edit details",
        async open(page, { accountId }) {
          await page.goto(`/smart-accounts/${accountId}`);
          await page.getByRole("button", { name: "Edit details" }).click();
        },
      },
      {
        title: "Add user",
        submitEmpty: "Save",
        async open(page, { accountId }) {
          await page.goto(`/smart-accounts/${accountId}`);
          await page.getByRole("button", { name: "Add user" }).click();
        },
      },
      {
        title: "Change roles of …",
        async open(page, { accountId, user }) {
          await page.goto(`/smart-accounts/${accountId}`);
          await page.getByRole("button", { name: `Change roles of ${user}` }).click();
        },
      },
      {
        title: "Remove user",
        async open(page, { accountId, user }) {
          await page.goto(`/smart-accounts/${accountId}`);
          await page.getByRole("button", { name: `Remove ${user}` }).click();
        },
      },
      {
        title: "Add virtual account",
        submitEmpty: "Add",
        async open(page, { accountId }) {
          await page.goto(`/smart-accounts/${accountId}`);
          await page.getByRole("button", { name: "Add virtual account" }).click();
        },
      },
      {
        title: "Edit virtual account “…”",
        async open(page, { accountId }) {
          await page.goto(`/smart-accounts/${accountId}`);
          await page.getByRole("button", { name: "Edit Engineering" }).click();
        },
      },
      {
        title: "Delete virtual account",
        async open(page, { accountId }) {
          await page.goto(`/smart-accounts/${accountId}`);
          await page.getByRole("button", { name: "Delete Engineering" }).click();
        },
      },
    ],
  },
  {
    who: "an account's administrator deciding access and making API tokens",
    setUp: administratorSetUp,
    entries: [
      {
        title: "Approve Access Request",
        async open(page, { asker }) {
          await page.goto("/access-requests");
          await page.getByRole("button", { name: `Approve the request of ${asker}…` }).click();
        },
      },
      {
        title: "Decline Access Request",
        submitEmpty: "Decline",
        async open(page, { asker }) {
          await page.goto("/access-requests");
          await page.getByRole("button", { name: `Decline the request of ${asker}` }).click();
        },
      },
      {
        title: "Create API token",
        submitEmpty: "Create token",
        async open(page) {
          await page.goto("/api-tokens");
          await page.getByRole("button", { name: "Create token" }).click();
        },
      },
      {
        title: "Your new API token",
        async open(page) {
          await page.goto("/api-tokens");
          await page.getByRole("button", { name: "Create token" }).click();
          const create = page.getByRole("dialog", { name: "Create API token" });
          await create.getByRole("textbox", { name: "Name" }).fill("Swept token");
          await create.getByRole("button", { name: "Create token" }).click();
        },
      },
      {
        title: "Revoke API token",
        async open(page) {
          await page.goto("/api-tokens");
          await page.getByRole("button", { name: "Revoke Swept token" }).click();
        },
      },
    ],
  },
  {
    who: "someone asking for access",
    async setUp(baseURL, api) {
      const owner = await personWithAccount(api, baseURL, "dialog-wanted");
      await owner.session.dispose();
      const asker: Person = {
        email: `ada@${uniqueDomain("dialog-stranger")}`,
        name: "Ada Asker",
        company: "Elsewhere",
      };
      await registerVerified(api, asker);
      return {
        email: asker.email,
        password: "a long enough password",
        accountId: owner.accountId,
        accountName: owner.accountName,
      };
    },
    entries: [
      {
        title: "Request Access",
        via: "the account page",
        submitEmpty: "Request Access",
        async open(page, { accountId }) {
          await page.goto(`/smart-accounts/${accountId}`);
          await page.getByRole("button", { name: "Request Access" }).click();
        },
      },
      {
        title: "Request Access",
        via: "the directory's search",
        async open(page, { accountName }) {
          await page.goto("/directory");
          await page.getByRole("searchbox", { name: "Search Smart Accounts" }).fill(accountName);
          await page.keyboard.press("Enter");
          await page.getByRole("button", { name: `Request access to ${accountName}` }).click();
        },
      },
      {
        title: "User Access Request Created",
        async open(page, { accountId }) {
          await page.goto(`/smart-accounts/${accountId}`);
          await page.getByRole("button", { name: "Request Access" }).click();
          const dialog = page.getByRole("dialog", { name: "Request Access" });
          await dialog.getByRole("checkbox", { name: "I request access for myself" }).check();
          await dialog.getByRole("textbox", { name: "Reason" }).fill("We resell their licenses.");
          await dialog.getByRole("button", { name: "Request Access" }).click();
        },
      },
    ],
  },
  {
    who: "a requester",
    async setUp(baseURL, api) {
      const domain = uniqueDomain("dialog-requester");
      const person: Person = { email: `rae@${domain}`, name: "Rae Requester", company: "Swept" };
      await registerVerified(api, person);
      const session = await apiSession(baseURL, person.email);
      const waiting = `Swept review ${domain.split(".")[0]}`;
      const rejected = `Swept rejected ${domain.split(".")[0]}`;
      await requestWithReview(session, waiting, `lab.${domain}`);
      await requestWithReview(session, rejected, `rd.${domain}`);
      await session.dispose();
      await rejectIdentifier(baseURL, `rd.${domain}`);
      return {
        email: person.email,
        password: "a long enough password",
        waiting,
        rejected,
        identifier: `lab.${domain}`,
      };
    },
    entries: [
      {
        title: "Verify the domain by DNS",
        async open(page, { identifier }) {
          await page.goto("/requests");
          await page.getByRole("button", { name: `Verify ${identifier} by DNS` }).click();
        },
      },
      {
        title: "Cancel Request",
        async open(page, { waiting }) {
          await page.goto("/requests");
          await page.getByRole("button", { name: `Cancel request ${waiting}` }).click();
        },
      },
      {
        title: "Resubmit Account Domain Identifier",
        submitEmpty: "Resubmit",
        async open(page, { rejected }) {
          await page.goto("/requests");
          await page.getByRole("button", { name: `Resubmit identifier of ${rejected}` }).click();
        },
      },
    ],
  },
  {
    who: "a requester on a domain that already has an account",
    async setUp(baseURL, api) {
      const domain = uniqueDomain("dialog-shared");
      const first: Person = { email: `fay@${domain}`, name: "Fay First", company: "Shared" };
      const second: Person = { email: `sid@${domain}`, name: "Sid Second", company: "Shared" };
      await registerVerified(api, first);
      await registerVerified(api, second);
      const session = await apiSession(baseURL, first.email);
      const original = `Swept original ${domain.split(".")[0]}`;
      await requestForApproval(session, original, [`boss@${domain}`]);
      await session.dispose();
      return { email: second.email, password: "a long enough password", original, domain };
    },
    entries: [
      {
        title: "Edit Account Identifier",
        via: "the identifier's Edit button",
        async open(page) {
          await startCompanyRequest(page, "Swept Edit");
          await page.getByRole("button", { name: "Edit", exact: true }).click();
        },
      },
      {
        title: "Existing Smart Accounts",
        async open(page) {
          await existingAccounts(page);
        },
      },
      {
        title: "Edit Account Identifier",
        via: "Proceed with a Modified Account Domain",
        async open(page) {
          const existing = await existingAccounts(page);
          await existing
            .getByRole("button", { name: "Proceed with a Modified Account Domain" })
            .click();
        },
      },
      {
        title: "Nominate Additional Creators",
        submitEmpty: "OK",
        async open(page, { original }) {
          const existing = await existingAccounts(page);
          await existing
            .getByRole("button", { name: `Nominate Additional Creators of ${original}` })
            .click();
        },
      },
      {
        title: "Creators Nominated",
        async open(page, { original, domain }) {
          const existing = await existingAccounts(page);
          await existing
            .getByRole("button", { name: `Nominate Additional Creators of ${original}` })
            .click();
          const nominate = page.getByRole("dialog", { name: "Nominate Additional Creators" });
          await nominate.getByRole("textbox", { name: "Email addresses" }).fill(`cfo@${domain}`);
          await nominate.getByRole("button", { name: "OK" }).click();
        },
      },
      {
        title: "Leave this request?",
        async open(page) {
          await startCompanyRequest(page, "Swept Leave");
          await page.getByRole("link", { name: "Requests", exact: true }).click();
        },
      },
    ],
  },
  {
    who: "an approver from the emailed link",
    async setUp(baseURL, api) {
      const domain = uniqueDomain("dialog-approver");
      const requester: Person = { email: `ron@${domain}`, name: "Ron Requester", company: "Ax" };
      const approver: Person = { email: `abe@${domain}`, name: "Abe Approver", company: "Ax" };
      await registerVerified(api, requester);
      await registerVerified(api, approver);
      const session = await apiSession(baseURL, requester.email);
      await requestForApproval(session, `Swept approval ${domain.split(".")[0]}`, [approver.email]);
      await session.dispose();
      const email = await latestEmail(api, approver.email, "Please approve the Smart Account");
      return {
        email: approver.email,
        password: "a long enough password",
        link: new URL(linkIn(email)).pathname + new URL(linkIn(email)).search,
      };
    },
    entries: [
      {
        title: "Forward",
        submitEmpty: "Forward",
        async open(page, { link }) {
          await page.goto(link);
          await page.getByRole("button", { name: "Forward" }).click();
        },
      },
      {
        title: "Deny Request",
        submitEmpty: "Deny Request",
        async open(page, { link }) {
          await page.goto(link);
          await page.getByRole("button", { name: "Deny Request" }).click();
        },
      },
      {
        title: "Approve and Create the Account",
        async open(page, { link }) {
          await page.goto(link);
          await page.getByRole("button", { name: "Approve and Create the Account" }).click();
        },
      },
    ],
  },
  {
    who: "staff",
    async setUp(baseURL, api) {
      // At least one identifier in the queue, whatever else the suite has decided.
      const domain = uniqueDomain("dialog-queue");
      const person: Person = { email: `quinn@${domain}`, name: "Quinn Queue", company: "Queue" };
      await registerVerified(api, person);
      const session = await apiSession(baseURL, person.email);
      await requestWithReview(session, `Swept queue ${domain.split(".")[0]}`, `lab.${domain}`);
      await session.dispose();
      return { email: STAFF.email, password: DEMO_PASSWORD };
    },
    entries: [
      {
        title: "Reject Domain Identifier",
        submitEmpty: "Reject",
        async open(page) {
          await page.goto("/domain-approvals");
          await page
            .getByRole("button", { name: /^Reject / })
            .first()
            .click();
        },
      },
    ],
  },
  {
    who: "a partner",
    async setUp() {
      return { email: PARTNER.email, password: DEMO_PASSWORD };
    },
    entries: [
      {
        title: "Review Request",
        async open(page) {
          await page.goto("/directory/request/customer");
          await page.getByRole("textbox", { name: "Smart Account Name" }).fill("Swept Customer");
          await page
            .getByRole("textbox", { name: "Customer Email" })
            .fill(`buyer@${uniqueDomain("dialog-customer")}`);
          await page.getByRole("button", { name: "Send Request" }).click();
        },
      },
    ],
  },
];

/** The menus, opened by their buttons (the customer sees both). */
const menus: { source: string; button: (name: string) => string }[] = [
  { source: "app/layout/UserMenu.tsx › UserMenu", button: (name) => name },
  {
    source: "components/actions/CreateSmartAccountMenu.tsx › CreateSmartAccountMenu",
    button: () => "Create Smart Account",
  },
];

/**
 * Axe on what is open now, at 1440 px in both schemes; then, at 390 px, that it fits the phone's
 * width (the colours and names axe checks are the same at both widths; what a narrow dialog
 * changes is its scrolling regions and wrapping, which the width shows). `what` must stay open
 * throughout.
 */
async function sweep(page: Page, what: Locator, label: string) {
  await page.setViewportSize(DESKTOP);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", scheme);
    await expect(what).toBeVisible();
    await expectNoAxeViolations(page, `${label}, ${DESKTOP.width} px, ${scheme}`, {
      rules: scheme === "dark" ? COLOUR_RULES : undefined,
    });
  }
  await page.setViewportSize(PHONE);
  await expect(what).toBeVisible();
  // Read once the page has laid itself out at the new width.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth), {
      message: `${label} at 390 px fits the screen`,
    })
    .toBeLessThanOrEqual(PHONE.width);
  await page.setViewportSize(DESKTOP);
  await page.emulateMedia({ colorScheme: "light" });
}

test("the sweep opens every dialog and menu the console's source declares", () => {
  const declared = [...new Set(dialogsInSource().map((site) => site.title))].sort();
  const swept = [...new Set(groups.flatMap((g) => g.entries.map((e) => e.title)))].sort();
  expect(declared.length).toBeGreaterThan(20);
  expect(swept, "dialogs in the source (add a sweep entry for each new one)").toEqual(declared);
  expect(menus.map((m) => m.source).sort()).toEqual(menusInSource().sort());
});

test("the source reader finds a new dialog, the uses of a wrapper, and refuses a title it cannot read", () => {
  const dir = mkdtempSync(join(tmpdir(), "dialogs-"));
  try {
    writeFileSync(
      join(dir, "Wrapper.tsx"),
      `import { Modal } from "@mantine/core";
      export function Wrapper({ title }: { title: string }) {
        return <Modal opened onClose={() => {}} title={title}>x</Modal>;
      }`,
    );
    writeFileSync(
      join(dir, "Page.tsx"),
      `import { Drawer } from "@mantine/core";
      export function Page({ done, name }: { done: boolean; name: string }) {
        const heading = done ? "All done" : \`Edit “\${name}”\`;
        return (
          <>
            <Drawer opened onClose={() => {}} title="Filters">x</Drawer>
            <Wrapper title={heading} />
          </>
        );
      }`,
    );
    expect(dialogsInSource(dir).map((site) => site.title)).toEqual([
      "Filters",
      "All done",
      "Edit “…”",
    ]);
    writeFileSync(
      join(dir, "Odd.tsx"),
      `import { Modal } from "@mantine/core";
      export function Odd() { return <Modal opened onClose={() => {}} title={makeTitle()}>x</Modal>; }`,
    );
    expect(() => dialogsInSource(dir)).toThrow(/Odd.tsx:2: cannot read the dialog title/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

for (const group of groups) {
  test(`every dialog ${group.who} opens has no axe violation, light and dark, and fits 390 px`, async ({
    page,
    baseURL,
    request,
  }) => {
    // Axe on a busy page takes a while on a loaded machine: two minutes an entry.
    test.setTimeout(60_000 + group.entries.length * 120_000);
    const setup = await group.setUp(baseURL!, request);
    // Leaving a started request: the browser's own question, answered yes.
    page.on("dialog", (dialog) => void dialog.accept());
    await page.setViewportSize(DESKTOP);
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/sign-in");
    await signIn(page, setup.email, setup.password);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    await expect(page).not.toHaveURL(/sign-in/);

    for (const entry of group.entries) {
      const label = entry.via ? `${entry.title} (from ${entry.via})` : entry.title;
      await test.step(label, async () => {
        // A started request's draft would come back in the next entry's wizard.
        await page.evaluate(() => window.sessionStorage.clear());
        await entry.open(page, setup);
        const dialog = page.getByRole("dialog", { name: titlePattern(entry.title) });
        await expect(dialog).toBeVisible();
        await expect(dialog).toHaveAttribute("aria-modal", "true");
        await sweep(page, dialog, label);
        if (entry.submitEmpty) {
          await dialog.getByRole("button", { name: entry.submitEmpty, exact: true }).click();
          await expect(dialog.locator("[aria-invalid='true']").first()).toBeVisible();
          for (const scheme of ["light", "dark"] as const) {
            await page.emulateMedia({ colorScheme: scheme });
            await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", scheme);
            await expectNoAxeViolations(page, `${label} with its errors, ${scheme}`, {
              rules: scheme === "dark" ? COLOUR_RULES : undefined,
            });
          }
          await page.emulateMedia({ colorScheme: "light" });
        }
        await page.keyboard.press("Escape");
        await expect(dialog).toBeHidden();
      });
    }
  });
}

test("the menus and the phone's navigation have no axe violation, light and dark", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize(DESKTOP);
  await page.goto("/sign-in");
  await signIn(page, "ccoesup@ccoesup.com", DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Directory", level: 1 })).toBeVisible();
  for (const menu of menus) {
    const name = menu.button("Casey Customer");
    await page.getByRole("button", { name }).click();
    const open = page.getByRole("menu", { name });
    await expect(open).toBeVisible();
    // A phone's width closes nothing: the menu stays open through the resize.
    await sweep(page, open, `the ${name} menu`);
    await page.keyboard.press("Escape");
    await expect(open).toBeHidden();
  }

  await page.setViewportSize(PHONE);
  await page.getByRole("banner").getByRole("button", { name: "Toggle navigation" }).click();
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", scheme);
    await expect(nav).toBeVisible();
    await expectNoAxeViolations(page, `the phone's navigation, ${scheme}`, {
      rules: scheme === "dark" ? COLOUR_RULES : undefined,
    });
  }
});
