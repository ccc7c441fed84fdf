import { expect, test, type APIRequestContext, type Locator, type Page } from "./fixtures";
import { expectAccessible } from "./axe";
import { apiSession, DEMO_PASSWORD, demoAccountId, gql, shot, signIn } from "./support";

// Item 13: the staff overview's charts, a partner's customers' requests, and the account's
// history as a timeline, against the demo seed's data.

const STAFF = "staff@smartaccounts.example";
const CUSTOMER = "ccoesup@ccoesup.com";
const PARTNER = "pat@partner.example";

type Bucket = { label: string; count: number };
type StatusCount = { status: string; count: number };
type Overview = {
  systemOverview: {
    accountsByStatus: StatusCount[];
    domainReviewsByAge: Bucket[];
    lapsingSoon: Bucket[];
  };
};

const STATUS_WORDS: Record<string, string> = {
  PENDING_DOMAIN_APPROVAL: "Pending Domain Approval",
  PENDING_CUSTOMER_ACCEPTANCE: "Pending Customer Acceptance",
  PENDING_CUSTOMER_ADDRESS: "Pending Customer Address",
  ACTIVE: "Active",
  DECLINED_BY_CUSTOMER: "Declined by Customer",
  LAPSED: "Lapsed",
  CANCELLED: "Cancelled",
};

/** A chart's text alternative as label -> number. */
async function numbersOf(region: Locator): Promise<Record<string, number>> {
  const rows = region.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toBeVisible();
  const out: Record<string, number> = {};
  for (const row of (await rows.all()).slice(1)) {
    const label = (await row.getByRole("rowheader").textContent())!.trim();
    out[label] = Number((await row.getByRole("cell").textContent())!.trim());
  }
  return out;
}

async function post(api: APIRequestContext, query: string) {
  const response = await api.post("/graphql", {
    headers: { "content-type": "application/json" },
    data: { query },
  });
  return (await response.json()) as {
    data: unknown;
    errors?: { extensions?: { code?: string } }[];
  };
}

async function signInAt(page: Page, path: string, email: string) {
  await page.goto(path);
  await signIn(page, email, DEMO_PASSWORD);
}

test("staff see the overview's charts with the numbers of the data", async ({ page, baseURL }) => {
  const api = await apiSession(baseURL!, STAFF, DEMO_PASSWORD);
  const { systemOverview } = await gql<Overview>(
    api,
    `query { systemOverview {
      accountsByStatus { status count }
      domainReviewsByAge { label count }
      lapsingSoon { label count }
    } }`,
  );
  await api.dispose();
  // The demo seed alone puts something in each of these.
  const byStatus = Object.fromEntries(
    systemOverview.accountsByStatus.map((r) => [r.status, r.count]),
  );
  for (const status of [
    "ACTIVE",
    "PENDING_CUSTOMER_ACCEPTANCE",
    "PENDING_DOMAIN_APPROVAL",
    "PENDING_CUSTOMER_ADDRESS",
    "DECLINED_BY_CUSTOMER",
    "LAPSED",
  ]) {
    expect(byStatus[status], status).toBeGreaterThanOrEqual(1);
  }

  await signInAt(page, "/directory", STAFF);
  const nav = page
    .getByRole("navigation")
    .filter({ has: page.getByRole("link", { name: "Overview" }) });
  await nav.getByRole("link", { name: "Overview" }).click();
  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();

  const accounts = page.getByRole("region", { name: "Accounts by status" });
  const reviews = page.getByRole("region", { name: "Domain reviews by age" });
  const lapsing = page.getByRole("region", { name: "Lapsing in the next 30 days" });
  expect(await numbersOf(accounts)).toEqual(
    Object.fromEntries(
      systemOverview.accountsByStatus.map((r) => [STATUS_WORDS[r.status], r.count]),
    ),
  );
  expect(await numbersOf(reviews)).toEqual(
    Object.fromEntries(systemOverview.domainReviewsByAge.map((r) => [r.label, r.count])),
  );
  expect((await numbersOf(reviews))["1–7 days"]).toBeGreaterThanOrEqual(1);
  expect(await numbersOf(lapsing)).toEqual(
    Object.fromEntries(systemOverview.lapsingSoon.map((r) => [r.label, r.count])),
  );
  // The pictures are drawn: a bar chart per figure, one bar per row of its table.
  for (const [region, rows] of [
    [accounts, systemOverview.accountsByStatus.length],
    [reviews, systemOverview.domainReviewsByAge.length],
    [lapsing, systemOverview.lapsingSoon.length],
  ] as const) {
    await expect(region.locator("svg.recharts-surface").first()).toBeVisible();
    await expect(region.locator(".recharts-bar-rectangle")).toHaveCount(rows);
  }
  await expectAccessible(page, "/overview");
  await shot(page, "overview");
});

test("someone who is not staff has no link to the overview and is refused its data", async ({
  page,
  baseURL,
}) => {
  await signInAt(page, "/directory", CUSTOMER);
  await expect(page.getByRole("heading", { name: "Directory", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Overview" })).toHaveCount(0);
  await page.goto("/overview");
  await expect(page.getByText("For operator staff only")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);

  const customer = await apiSession(baseURL!, CUSTOMER, DEMO_PASSWORD);
  const refused = await post(customer, "query { systemOverview { accountsByStatus { count } } }");
  expect(refused.data).toBeNull();
  expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  await customer.dispose();
});

test("a partner sees their customers' requests by status on the Requests page", async ({
  page,
  baseURL,
}) => {
  const api = await apiSession(baseURL!, PARTNER, DEMO_PASSWORD);
  const { customerRequestsByStatus } = await gql<{ customerRequestsByStatus: StatusCount[] }>(
    api,
    "query { customerRequestsByStatus { status count } }",
  );
  await api.dispose();
  const expected = Object.fromEntries(
    customerRequestsByStatus
      .filter((r) => r.count > 0)
      .map((r) => [STATUS_WORDS[r.status], r.count]),
  );
  expect(expected).toMatchObject({ "Pending Customer Acceptance": expect.any(Number), Lapsed: 1 });

  await signInAt(page, "/requests", PARTNER);
  const chart = page.getByRole("region", { name: "Your customers' requests by status" });
  await expect(chart).toBeVisible();
  expect(await numbersOf(chart)).toEqual(expected);
  await expect(page.getByRole("link", { name: "Overview" })).toHaveCount(0);
});

test("the account's history is a timeline of its events, newest first", async ({
  page,
  baseURL,
}) => {
  const api = await apiSession(baseURL!, CUSTOMER, DEMO_PASSWORD);
  const id = await demoAccountId(api, "CCO Esup, Inc.");
  const { smartAccount } = await gql<{
    smartAccount: {
      history: { createdAt: string; actorEmail: string | null; detail: string | null }[];
    };
  }>(
    api,
    `query ($id: ID!) { smartAccount(id: $id) { history { createdAt actorEmail detail } } }`,
    {
      id,
    },
  );
  await api.dispose();

  await signInAt(page, `/smart-accounts/${id}`, CUSTOMER);
  const timeline = page.getByRole("list", { name: "Account history, newest first" });
  await expect(timeline).toBeVisible();
  const items = timeline.getByRole("listitem");
  await expect(items).toHaveCount(smartAccount.history.length);
  const newestFirst = [...smartAccount.history].reverse();
  // Each event in its place: when, by whom, what.
  for (const [index, event] of newestFirst.entries()) {
    const item = items.nth(index);
    await expect(item.locator("time")).toHaveAttribute("datetime", event.createdAt);
    await expect(item).toContainText(event.actorEmail ?? "System");
    if (event.detail) await expect(item).toContainText(event.detail);
  }
  const times = await timeline
    .locator("time")
    .evaluateAll((els) => els.map((el) => Date.parse(el.getAttribute("datetime")!)));
  expect(times).toEqual([...times].sort((a, b) => b - a));
  await expect(items.last()).toContainText("Requested");
  await expectAccessible(page, "the account page's timeline");
});
