import { DEMO_ACCOUNTS } from "../src/db/demo-accounts";
import { DEMO_PASSWORD, DEMO_USERS, seedDemoData } from "../src/db/seed";
import { DOMAIN_APPROVALS, MY_NOMINATIONS } from "./account-api";
import { graphql } from "./gql";
import { startTestApp, type Client, type TestApp } from "./harness";
import { ME, SIGN_IN } from "./user-api";

const SEED_MY_REQUESTS = graphql(`
  query SeedMyRequests {
    myRequests(first: 50) {
      edges {
        node {
          id
          name
          status
          domainIdentifier
          lapseAt
          virtualAccounts {
            id
            name
            parentId
          }
          history {
            type
            actorEmail
            statusAfter
          }
        }
      }
    }
  }
`);
const SEED_PENDING_APPROVALS = graphql(`
  query SeedPendingApprovals {
    pendingApprovals {
      edges {
        node {
          name
          status
        }
      }
    }
  }
`);
const SEED_ACCESS_REQUESTS = graphql(`
  query SeedAccessRequests($sid: ID!) {
    accessRequests(smartAccountId: $sid, status: PENDING) {
      edges {
        node {
          email
          askedRole
        }
      }
    }
  }
`);
const SEED_ACCOUNT_USERS = graphql(`
  query SeedAccountUsers($sid: ID!) {
    accountUsers(smartAccountId: $sid) {
      email
      roles {
        role
        virtualAccountId
      }
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

async function as(email: string): Promise<Client> {
  const client = app.client();
  const res = await client.gql(SIGN_IN, { email, password: DEMO_PASSWORD });
  expect(res.errors).toBeUndefined();
  return client;
}

async function requestsOf(email: string) {
  const res = await (await as(email)).gql(SEED_MY_REQUESTS);
  expect(res.errors).toBeUndefined();
  return new Map(res.data!.myRequests.edges.map((e) => [e.node.name, e.node]));
}

describe("the demo seed", () => {
  beforeAll(async () => {
    await app.reset();
  });

  it("makes the demo users and an account in every state, through the services", async () => {
    const first = await seedDemoData(app.services);
    expect(first.created).toEqual(DEMO_USERS.map((u) => u.email));
    expect(first.accounts.sort()).toEqual(Object.values(DEMO_ACCOUNTS).sort());

    const customer = await requestsOf("ccoesup@ccoesup.com");
    const status = (name: string) => customer.get(name)?.status;
    expect(status(DEMO_ACCOUNTS.active)).toBe("ACTIVE");
    expect(status(DEMO_ACCOUNTS.pendingAcceptance)).toBe("PENDING_CUSTOMER_ACCEPTANCE");
    expect(status(DEMO_ACCOUNTS.pendingDomain)).toBe("PENDING_DOMAIN_APPROVAL");
    expect(status(DEMO_ACCOUNTS.pendingAddress)).toBe("PENDING_CUSTOMER_ADDRESS");
    expect(status(DEMO_ACCOUNTS.declined)).toBe("DECLINED_BY_CUSTOMER");

    const partner = await requestsOf("pat@partner.example");
    expect(partner.get(DEMO_ACCOUNTS.partnerPending)?.status).toBe("PENDING_CUSTOMER_ACCEPTANCE");
    expect(partner.get(DEMO_ACCOUNTS.partnerDomain)?.status).toBe("PENDING_DOMAIN_APPROVAL");
    const lapsed = partner.get(DEMO_ACCOUNTS.lapsed)!;
    expect(lapsed.status).toBe("LAPSED");
    // Lapsed by the job (no actor), after the request the partner made 95 days ago.
    expect(lapsed.history!.map((h) => [h.type, h.actorEmail])).toEqual([
      ["REQUESTED", "pat@partner.example"],
      ["LAPSED", null],
    ]);
    // The partner's pending request lapses within 30 days: the job has reminded its approver.
    const globex = partner.get(DEMO_ACCOUNTS.partnerPending)!;
    expect(new Date(globex.lapseAt!).getTime() - Date.now()).toBeLessThan(30 * 86_400_000);
    expect(globex.history!.map((h) => h.type)).toContain("LAPSE_REMINDER_SENT");

    // The active account: a nested virtual-account tree, users on scopes, a real history.
    const active = customer.get(DEMO_ACCOUNTS.active)!;
    const byName = new Map(active.virtualAccounts!.map((va) => [va.name, va]));
    expect([...byName.keys()].sort()).toEqual(["DEFAULT", "Engineering", "Irvine Lab", "Sales"]);
    expect(byName.get("Irvine Lab")!.parentId).toBe(byName.get("Engineering")!.id);
    expect(active.history!.map((h) => h.type)).toEqual(
      expect.arrayContaining([
        "REQUESTED",
        "VIRTUAL_ACCOUNTS_CHANGED",
        "USER_ROLES_CHANGED",
        "ACCESS_REQUESTED",
        "ACCESS_APPROVED",
      ]),
    );
    const admin = await as("ccoesup@ccoesup.com");
    const users = await admin.gql(SEED_ACCOUNT_USERS, { sid: active.id });
    const roles = new Map(users.data!.accountUsers.map((u) => [u.email, u.roles]));
    expect(roles.get("lee@ccoesup.com")).toEqual([
      { role: "USER", virtualAccountId: byName.get("Irvine Lab")!.id },
    ]);
    expect(roles.get("morgan@ccoesup.com")).toEqual([{ role: "VIEWER", virtualAccountId: null }]);

    // Access requests waiting for the administrator.
    const waiting = await admin.gql(SEED_ACCESS_REQUESTS, { sid: active.id });
    expect(waiting.data!.accessRequests.edges.map((e) => e.node.email).sort()).toEqual([
      "jordan@ccoesup.com",
      "pat@partner.example",
    ]);
  });

  it("leaves work waiting for the approver, the staff and in the Mailbox", async () => {
    const approver = await as("approver@ccoesup.com");
    const pending = await approver.gql(SEED_PENDING_APPROVALS);
    expect(pending.data!.pendingApprovals.edges.map((e) => e.node)).toEqual(
      expect.arrayContaining([
        { name: DEMO_ACCOUNTS.pendingAcceptance, status: "PENDING_CUSTOMER_ACCEPTANCE" },
        { name: DEMO_ACCOUNTS.pendingAddress, status: "PENDING_CUSTOMER_ADDRESS" },
      ]),
    );
    const nominations = await approver.gql(MY_NOMINATIONS);
    expect(nominations.data!.myNominations.edges.map((e) => [e.node.kind, e.node.status])).toEqual([
      ["ADMINISTRATOR", "PENDING"],
    ]);
    // The approval link is in the Mailbox, and works.
    const europe = (await requestsOf("ccoesup@ccoesup.com")).get(DEMO_ACCOUNTS.pendingAcceptance)!;
    expect(await app.linkFrom("approver@ccoesup.com", `/pending-requests/${europe.id}`)).toMatch(
      /^[\w-]{20,}$/,
    );
    const partnerLink = (await app.outbox("buyer@globex.example")).find((e) =>
      e.textBody.includes("/pending-requests/"),
    );
    expect(partnerLink).toBeDefined();

    const staff = await as("staff@smartaccounts.example");
    expect((await staff.gql(ME)).data!.me.isStaff).toBe(true);
    const queue = await staff.gql(DOMAIN_APPROVALS);
    expect(queue.data!.domainApprovals.edges.map((e) => e.node.identifier).sort()).toEqual([
      "eu.hooli.example",
      "labs.ccoesup.com",
    ]);
  });

  it("adds nothing when run again", async () => {
    const before = await app.rowCounts();
    expect(await seedDemoData(app.services)).toEqual({ created: [], accounts: [] });
    expect(await app.rowCounts()).toEqual(before);
  });

  it("is refused in production", async () => {
    const production = {
      ...app.services,
      config: { ...app.services.config, isProduction: true },
    };
    await expect(seedDemoData(production)).rejects.toThrow(/refused when NODE_ENV=production/);
  });
});
