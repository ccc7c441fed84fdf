import { DAY } from "../../../common/clock";
import { seedDemoData, DEMO_PASSWORD } from "../../../db/seed";
import { REQUEST_FOR_CUSTOMER } from "../../../../test/account-api";
import { graphql } from "../../../../test/gql";
import { startTestApp, type Client, type TestApp } from "../../../../test/harness";
import { markdown, tableUnder } from "../../../../test/policy-scenario";
import { registeredUser, SIGN_IN } from "../../../../test/user-api";

const SYSTEM_OVERVIEW = graphql(`
  query InsightsSystemOverview {
    systemOverview {
      accountsByStatus {
        status
        count
      }
      domainReviewsByAge {
        label
        fromDays
        toDays
        count
      }
      lapsingSoon {
        label
        fromDays
        toDays
        count
      }
    }
  }
`);
const CUSTOMER_REQUESTS = graphql(`
  query InsightsCustomerRequests {
    customerRequestsByStatus {
      status
      count
    }
  }
`);

let app: TestApp;
let callers: Record<"anonymous" | "stranger" | "customer" | "partner" | "staff", Client>;

async function demo(email: string): Promise<Client> {
  const client = app.client();
  const res = await client.gql(SIGN_IN, { email, password: DEMO_PASSWORD });
  expect(res.errors).toBeUndefined();
  return client;
}

const counts = (rows: { status: string; count: number }[]) =>
  Object.fromEntries(rows.filter((r) => r.count > 0).map((r) => [r.status, r.count]));
const buckets = (rows: { label: string; count: number }[]) =>
  Object.fromEntries(rows.map((r) => [r.label, r.count]));

beforeAll(async () => {
  app = await startTestApp();
  await app.reset();
  await seedDemoData(app.services);
  callers = {
    anonymous: app.client(),
    stranger: await registeredUser(app, { email: "eve@stranger-co.com", name: "Eve Stranger" }),
    customer: await demo("ccoesup@ccoesup.com"),
    partner: await demo("pat@partner.example"),
    staff: await demo("staff@smartaccounts.example"),
  };
});
afterAll(async () => {
  await app.close();
});

describe("the overview figures", () => {
  it("count the demo data for staff, each figure one aggregate query", async () => {
    app.statements.length = 0;
    const res = await callers.staff.gql(SYSTEM_OVERVIEW);
    expect(res.errors).toBeUndefined();
    const overview = res.data!.systemOverview;
    expect(counts(overview.accountsByStatus)).toEqual({
      ACTIVE: 1,
      PENDING_CUSTOMER_ACCEPTANCE: 2,
      PENDING_DOMAIN_APPROVAL: 2,
      PENDING_CUSTOMER_ADDRESS: 1,
      DECLINED_BY_CUSTOMER: 1,
      LAPSED: 1,
    });
    // Every status is listed, so a chart has a stable axis.
    expect(overview.accountsByStatus).toHaveLength(7);
    expect(buckets(overview.domainReviewsByAge)).toEqual({
      "Under 1 day": 0,
      "1–7 days": 1,
      "8–30 days": 1,
      "Over 30 days": 0,
    });
    expect(buckets(overview.lapsingSoon)).toEqual({
      "Within 7 days": 0,
      "8–14 days": 1,
      "15–30 days": 1,
    });
    // Three statements read the tables, each an aggregate: no rows are loaded.
    const reads = app.statements.filter((s) => /FROM [`"]?(smart_accounts|domain_reviews)/.test(s));
    expect(reads).toHaveLength(3);
    for (const sql of reads) expect(sql).toMatch(/COUNT\(\*\)|SUM\(CASE/);
  });

  it("move with time: a review ages into the next bucket, a lapse comes into the window", async () => {
    app.clock.advance(11 * DAY);
    try {
      // Sessions idle out over 11 days: staff signs in again.
      const staff = await demo("staff@smartaccounts.example");
      const overview = (await staff.gql(SYSTEM_OVERVIEW)).data!.systemOverview;
      expect(buckets(overview.domainReviewsByAge)).toEqual({
        "Under 1 day": 0,
        "1–7 days": 0,
        "8–30 days": 2,
        "Over 30 days": 0,
      });
      // Globex's lapse date (10 days after the seed) has passed; Asia Pacific's (25) is 14 days off.
      expect(buckets(overview.lapsingSoon)).toEqual({
        "Within 7 days": 0,
        "8–14 days": 1,
        "15–30 days": 0,
      });
    } finally {
      app.clock.advance(-11 * DAY);
    }
  });

  it("give a partner only the requests they made for customers", async () => {
    const other = await registeredUser(app, {
      email: "otto@other-partner.example",
      name: "Otto Other",
      organisationType: "PARTNER",
    });
    const made = await other.gql(REQUEST_FOR_CUSTOMER, {
      input: {
        name: "Umbrella",
        domainIdentifier: "umbrella.example",
        customerEmails: ["buyer@umbrella.example"],
      },
    });
    expect(made.errors).toBeUndefined();

    const pat = await callers.partner.gql(CUSTOMER_REQUESTS);
    expect(counts(pat.data!.customerRequestsByStatus)).toEqual({
      PENDING_CUSTOMER_ACCEPTANCE: 1,
      PENDING_DOMAIN_APPROVAL: 1,
      LAPSED: 1,
    });
    const otto = await other.gql(CUSTOMER_REQUESTS);
    expect(counts(otto.data!.customerRequestsByStatus)).toEqual({
      PENDING_CUSTOMER_ACCEPTANCE: 1,
    });
  });

  // The table of docs/security.md decides who may ask; everyone else is refused without data.
  const rows = tableUnder(markdown, "### Overview figures").slice(1);
  const WHO: Record<string, keyof typeof callers> = {
    "operator staff": "staff",
    "a verified partner": "partner",
  };
  const DOCUMENTS = {
    systemOverview: SYSTEM_OVERVIEW,
    customerRequestsByStatus: CUSTOMER_REQUESTS,
  };

  it("documents every overview query", () => {
    expect(rows.map(([query]) => query).sort()).toEqual(Object.keys(DOCUMENTS).sort());
    for (const [, who] of rows) expect(WHO[who]).toBeDefined();
  });

  for (const [query, who] of rows) {
    it(`lets only ${who} read ${query}`, async () => {
      const ask = (client: Client) =>
        query === "systemOverview" ? client.gql(SYSTEM_OVERVIEW) : client.gql(CUSTOMER_REQUESTS);
      for (const [name, client] of Object.entries(callers)) {
        const res = await ask(client);
        if (name === WHO[who]) {
          expect(res.errors).toBeUndefined();
          expect(res.data).not.toBeNull();
        } else {
          expect([name, res.data]).toEqual([name, null]);
          expect([name, res.errors?.[0]?.extensions?.code]).toEqual([
            name,
            name === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN",
          ]);
        }
      }
    });
  }
});
