import { startTestApp, type TestApp } from "../../../../test/harness";
import type { Client } from "../../../../test/harness";
import {
  ACCOUNT,
  ACCOUNT_USERS,
  accountOf,
  APPROVE,
  APPROVE_DOMAIN,
  COMPANY,
  PROVIDE_ADDRESS,
  registeredUser,
  REQUEST,
  staffClient,
} from "../../../../test/account-api";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});
beforeEach(async () => {
  await app.reset();
});

const PHONE = "+1 949 555 0100";

/** The whole-account roles an email holds, as the account's users list shows them. */
async function rolesOf(admin: Client, accountId: string, email: string): Promise<string[]> {
  const res = await admin.gql(ACCOUNT_USERS, { id: accountId });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const user = res.data!.accountUsers.find((u) => u.email === email);
  return (user?.roles ?? [])
    .filter((r) => r.virtualAccountId === null)
    .map((r) => r.role)
    .sort();
}

/** A request for `approver` to authorize `identifier`; staff approve the identifier if it needs review. */
async function pendingFor(approverEmail: string, identifier: string, company = true) {
  const requester = await registeredUser(app, { email: "ada@requester.example" });
  const account = accountOf(
    await requester.gql(REQUEST, {
      input: {
        authorization: "SOMEONE_ELSE",
        name: "Alpha Industries",
        approverEmails: [approverEmail],
        domainIdentifier: identifier,
        contactPhone: PHONE,
        acknowledgeExistingAccounts: true,
      },
    }),
  );
  if (account.status === "PENDING_DOMAIN_APPROVAL") {
    const staff = await staffClient(app);
    const decided = await staff.gql(APPROVE_DOMAIN, { id: account.domain!.id });
    if (decided.errors) throw new Error(JSON.stringify(decided.errors));
  }
  const approver = await registeredUser(app, { email: approverEmail });
  const approved = accountOf(
    await approver.gql(APPROVE, {
      input: {
        smartAccountId: account.id,
        acceptTerms: true,
        ...(company ? { company: COMPANY } : {}),
      },
    }),
  );
  return { approver, account: approved };
}

describe("the roles the system grants whoever activates an account", () => {
  it("makes an approver on another domain ADMINISTRATOR only", async () => {
    const { approver, account } = await pendingFor("eve@beta.example", "alpha.example");
    expect(account).toMatchObject({ status: "ACTIVE", domainIdentifier: "alpha.example" });
    expect(await rolesOf(approver, account.id, "eve@beta.example")).toEqual(["ADMINISTRATOR"]);
  });

  it("makes an approver on the account's domain ADMINISTRATOR and APPROVER", async () => {
    const { approver, account } = await pendingFor("cfo@alpha.example", "alpha.example");
    expect(account.status).toBe("ACTIVE");
    expect(await rolesOf(approver, account.id, "cfo@alpha.example")).toEqual([
      "ADMINISTRATOR",
      "APPROVER",
    ]);
  });

  it("compares registrable domains: an approver at a host under the domain is its APPROVER", async () => {
    const { approver, account } = await pendingFor("it@eu.alpha.example", "alpha.example");
    expect(account.status).toBe("ACTIVE");
    expect(await rolesOf(approver, account.id, "it@eu.alpha.example")).toEqual([
      "ADMINISTRATOR",
      "APPROVER",
    ]);
  });

  it("follows the same rule when the address is given after approval", async () => {
    const { approver, account } = await pendingFor("eve@beta.example", "alpha.example", false);
    expect(account.status).toBe("PENDING_CUSTOMER_ADDRESS");
    const active = await approver.gql(PROVIDE_ADDRESS, { id: account.id, company: COMPANY });
    expect(active.errors).toBeUndefined();
    expect(accountOf(await approver.gql(ACCOUNT, { id: account.id })).status).toBe("ACTIVE");
    expect(await rolesOf(approver, account.id, "eve@beta.example")).toEqual(["ADMINISTRATOR"]);
  });

  it("applies to a requester who authorizes an account on another domain", async () => {
    const requester = await registeredUser(app, { email: "ada@alpha.example" });
    const requested = accountOf(
      await requester.gql(REQUEST, {
        input: {
          authorization: "REQUESTER",
          name: "Gamma Holdings",
          domainIdentifier: "gamma.example",
          contactPhone: PHONE,
          company: COMPANY,
          acceptTerms: true,
        },
      }),
    );
    const staff = await staffClient(app);
    await staff.gql(APPROVE_DOMAIN, { id: requested.domain!.id });
    const active = accountOf(
      await requester.gql(APPROVE, { input: { smartAccountId: requested.id, acceptTerms: true } }),
    );
    expect(active.status).toBe("ACTIVE");
    expect(await rolesOf(requester, active.id, "ada@alpha.example")).toEqual(["ADMINISTRATOR"]);
  });

  it("gives a requester who authorizes their own domain both roles at once", async () => {
    const requester = await registeredUser(app, { email: "ada@alpha.example" });
    const active = accountOf(
      await requester.gql(REQUEST, {
        input: { authorization: "REQUESTER", name: "Alpha", company: COMPANY, acceptTerms: true },
      }),
    );
    expect(active.status).toBe("ACTIVE");
    expect(await rolesOf(requester, active.id, "ada@alpha.example")).toEqual([
      "ADMINISTRATOR",
      "APPROVER",
    ]);
  });
});
