import {
  expect,
  request as playwrightRequest,
  type APIRequestContext,
  type Page,
} from "@playwright/test";

export const PASSWORD = "a long enough password";
/** The password of the seeded demo users (see the README). */
export const DEMO_PASSWORD = "smart-accounts-demo";
export const SHOTS = "e2e/artifacts/screenshots";

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** A fresh domain per journey: the suite shares one database and identifiers are unique. */
export function uniqueDomain(label: string): string {
  return `${label}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}.com`;
}

type GraphQLAnswer<T> = {
  data: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};

export async function gql<T>(
  api: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await api.post("/graphql", {
    headers: { "content-type": "application/json", ...headers },
    data: { query, variables },
  });
  const body = (await response.json()) as GraphQLAnswer<T>;
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

type MailboxEmail = { to: string; subject: string; text: string; createdAt: string };

/** The newest email to `to` whose subject contains `subject`, from the development mailbox. */
export async function latestEmail(
  api: APIRequestContext,
  to: string,
  subject: string,
): Promise<MailboxEmail> {
  let found: MailboxEmail | undefined;
  await expect
    .poll(
      async () => {
        const response = await api.get("/dev/mailbox");
        const { emails } = (await response.json()) as { emails: MailboxEmail[] };
        found = emails.find((e) => e.to === to && e.subject.includes(subject));
        return found !== undefined;
      },
      { message: `an email "${subject}" to ${to}` },
    )
    .toBe(true);
  return found!;
}

export function linkIn(email: MailboxEmail): string {
  const match = email.text.match(/https?:\/\/\S+/);
  if (!match) throw new Error(`no link in "${email.subject}"`);
  return match[0];
}

export type Person = {
  email: string;
  name: string;
  company: string;
  organisationType?: "CUSTOMER" | "PARTNER";
};

let setupClients = 0;

/**
 * Registers and verifies someone over the API, as the setup of a journey about someone else.
 * Each one signs up from an address of its own (the suite's server trusts the loopback proxy,
 * see playwright.config.ts), as different people do: the whole suite registers more people than
 * one address may in an hour, and that limit is not what these journeys are about.
 */
export async function registerVerified(api: APIRequestContext, person: Person): Promise<void> {
  setupClients += 1;
  const address = `198.51.100.${(setupClients % 250) + 1}`; // TEST-NET-2 (RFC 5737)
  await gql(
    api,
    `mutation ($input: SignUpInput!) { signUp(input: $input) { email } }`,
    {
      input: {
        email: person.email,
        name: person.name,
        company: person.company,
        organisationType: person.organisationType ?? "CUSTOMER",
        password: PASSWORD,
      },
    },
    { "x-forwarded-for": address },
  );
  const email = await latestEmail(api, person.email, "Verify your email address");
  const token = new URL(linkIn(email)).searchParams.get("token");
  await gql(
    api,
    `mutation ($input: VerifyEmailInput!) { verifyEmail(input: $input) { user { id } } }`,
    {
      input: { token },
    },
  );
}

/** An API session of its own (cookie jar) for a person who acts off screen. */
export async function apiSession(
  baseURL: string,
  email: string,
  password = PASSWORD,
): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL });
  await gql(api, `mutation ($input: SignInInput!) { signIn(input: $input) { user { id } } }`, {
    input: { email, password },
  });
  return api;
}

/** Signs in through the page, as the person would. */
export async function signIn(page: Page, email: string, password = PASSWORD) {
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("textbox", { name: "Password" }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page, name: string) {
  await page.getByRole("button", { name }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

/** Fills the company step (or any company form) the way a person does. */
export async function fillCompany(page: Page, name: string) {
  await page.getByRole("textbox", { name: "Company/Organization Name" }).fill(name);
  await page.getByRole("combobox", { name: "Country" }).fill("United States");
  await page.getByRole("option", { name: "United States", exact: true }).click();
  await page.getByRole("textbox", { name: "Address" }).fill("Cisco Sample Street");
  await page.getByRole("textbox", { name: "City" }).fill("Irvine");
  await page.getByRole("textbox", { name: "State/Province/Region" }).fill("CALIFORNIA");
  await page.getByRole("textbox", { name: "Zip/Postal Code" }).fill("92617");
}

/** Asks for a Smart Account over the API with the given input; the new account's id comes back. */
async function requestSmartAccount(
  api: APIRequestContext,
  input: Record<string, unknown>,
): Promise<{ id: string }> {
  const data = await gql<{ requestSmartAccount: { smartAccount: { id: string } } }>(
    api,
    `mutation ($input: RequestSmartAccountInput!) {
      requestSmartAccount(input: $input) { smartAccount { id } }
    }`,
    { input },
  );
  return data.requestSmartAccount.smartAccount;
}

/** A request made over the API by someone else (the setup of journeys about approvers). */
export function requestForApproval(
  api: APIRequestContext,
  name: string,
  approverEmails: string[],
): Promise<{ id: string }> {
  return requestSmartAccount(api, {
    authorization: "SOMEONE_ELSE",
    name,
    approverEmails,
    message: "Please approve",
  });
}

type ActiveAccount = {
  name: string;
  /** The company's name; the address is a fixed one in Irvine, California. */
  company: string;
  administratorEmails?: string[];
  acknowledgeExistingAccounts?: boolean;
};

/** Creates an ACTIVE account over the API, as a requester with the authority to do so. */
export function requestActiveAccount(
  api: APIRequestContext,
  { name, company, administratorEmails, acknowledgeExistingAccounts }: ActiveAccount,
): Promise<{ id: string }> {
  return requestSmartAccount(api, {
    authorization: "REQUESTER",
    acceptTerms: true,
    name,
    administratorEmails,
    acknowledgeExistingAccounts,
    company: {
      name: company,
      country: "US",
      addressLine: "1 Sample Street",
      city: "Irvine",
      region: "CALIFORNIA",
      postalCode: "92617",
    },
  });
}

/** The id of a demo-seed account the API session's person may see, by its name. */
export async function demoAccountId(api: APIRequestContext, name: string): Promise<string> {
  const data = await gql<{
    directory: { edges: { node: { smartAccount: { id: string; name: string } } }[] };
  }>(api, `query { directory(first: 100) { edges { node { smartAccount { id name } } } } }`);
  const found = data.directory.edges.find((e) => e.node.smartAccount.name === name);
  if (!found) throw new Error(`the demo seed has no account "${name}"`);
  return found.node.smartAccount.id;
}
