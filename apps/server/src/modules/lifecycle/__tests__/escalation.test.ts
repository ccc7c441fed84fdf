import { DAY, HOUR } from "../../../common/clock";
import { startTestApp, type TestApp } from "../../../../test/harness";
import {
  ACCOUNT,
  accountOf,
  APPROVAL_REQUEST,
  APPROVE_ACCESS,
  approvalToken,
  COMPANY,
  DENY,
  FORWARD,
  registeredUser,
  REQUEST,
  REQUEST_ACCESS,
} from "../../../../test/account-api";
import { PASSWORD, SIGN_IN } from "../../../../test/user-api";
import type { Client } from "../../../../test/harness";

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

const subjects = async (email: string) => (await app.outbox(email)).map((e) => e.subject);

/** A reminder that fails fails the test (the lapse job logs it and goes on). */
const rethrow = (error: unknown) => {
  throw error;
};

/** Every process runs the periodic pass: two at once still send each reminder once. */
async function passes() {
  await Promise.all([app.services.escalation.run(rethrow), app.services.escalation.run(rethrow)]);
  await app.services.lapseJob.run();
}

async function historyOf(client: Client, email: string, id: string) {
  // Weeks pass in these tests: the session has long expired.
  await client.gql(SIGN_IN, { email, password: PASSWORD });
  return accountOf(await client.gql(ACCOUNT, { id })).history!;
}

async function pendingRequest(ada: Client, approver = "boss@cisco.com", name = "Cisco") {
  return accountOf(
    await ada.gql(REQUEST, {
      input: { authorization: "SOMEONE_ELSE", name, approverEmails: [approver] },
    }),
  );
}

describe("a request nobody decides", () => {
  it("reminds its approvers with a working link and tells its requester, once, at 14 days", async () => {
    const ada = await registeredUser(app, { email: "ada@cisco.com" });
    const account = await pendingRequest(ada);
    const before = await approvalToken(app, "boss@cisco.com");

    app.clock.advance(14 * DAY - HOUR);
    await passes();
    expect(await subjects("boss@cisco.com")).toEqual(["Please approve the Smart Account Cisco"]);

    app.clock.advance(2 * HOUR);
    await passes();
    await passes();
    expect(await subjects("boss@cisco.com")).toEqual([
      "Please approve the Smart Account Cisco",
      "Waiting for your decision: Cisco",
    ]);
    expect((await subjects("ada@cisco.com")).filter((s) => s.startsWith("Still"))).toEqual([
      "Still waiting for a decision: Cisco",
    ]);
    const requesterEmail = (await app.outbox("ada@cisco.com")).at(-1)!;
    expect(requesterEmail.textBody).toContain("http://app.test/requests");
    expect(requesterEmail.textBody).toContain("14 days");

    // The reminder carries a link of its own that opens the request to decide or forward.
    const reminder = await approvalToken(app, "boss@cisco.com");
    expect(reminder.token).not.toBe(before.token);
    const boss = await registeredUser(app, { email: "boss@cisco.com" });
    const opened = await boss.gql(APPROVAL_REQUEST, { token: reminder.token });
    expect(opened.data!.approvalRequest).toMatchObject({ id: account.id, name: "Cisco" });

    const history = await historyOf(ada, "ada@cisco.com", account.id);
    expect(history.filter((h) => h.type === "DECISION_REMINDER_SENT")).toEqual([
      expect.objectContaining({
        actorEmail: null,
        detail: "Undecided for 14 days: the approvers were reminded and the requester told.",
      }),
    ]);

    // Weeks later, still undecided: the lapse reminders take over, no second escalation.
    app.clock.advance(30 * DAY);
    await passes();
    expect((await subjects("boss@cisco.com")).filter((s) => s.startsWith("Waiting"))).toHaveLength(
      1,
    );
  });

  it("reminds the approver a request was forwarded to, and nobody for a decided one", async () => {
    const ada = await registeredUser(app, { email: "ada@cisco.com" });
    const account = await pendingRequest(ada);
    const boss = await registeredUser(app, { email: "boss@cisco.com" });
    const forwarded = await boss.gql(FORWARD, { id: account.id, email: "cfo@cisco.com" });
    expect(forwarded.errors).toBeUndefined();

    const bea = await registeredUser(app, { email: "bea@cisco.net" });
    const denied = await pendingRequest(bea, "dan@cisco.net", "Cisco Net");
    const dan = await registeredUser(app, { email: "dan@cisco.net" });
    const deny = await dan.gql(DENY, { id: denied.id, reason: "Not ours" });
    expect(deny.errors).toBeUndefined();

    app.clock.advance(15 * DAY);
    await passes();
    expect(await subjects("cfo@cisco.com")).toContain("Waiting for your decision: Cisco");
    expect((await subjects("boss@cisco.com")).filter((s) => s.startsWith("Waiting"))).toEqual([]);
    // Declined is the approver's decision: nothing more to escalate.
    expect((await subjects("dan@cisco.net")).filter((s) => s.startsWith("Waiting"))).toEqual([]);
    expect((await subjects("bea@cisco.net")).filter((s) => s.startsWith("Still"))).toEqual([]);
  });

  it("tells nobody twice when the requester is the approver", async () => {
    const ada = await registeredUser(app, { email: "ada@cisco.com" });
    // Authority claimed for another identifier: a domain review first, then ada approves herself.
    const own = accountOf(
      await ada.gql(REQUEST, {
        input: { authorization: "SOMEONE_ELSE", name: "Self", approverEmails: ["ada@cisco.com"] },
      }),
    );
    expect(own.status).toBe("PENDING_CUSTOMER_ACCEPTANCE");
    app.clock.advance(15 * DAY);
    await passes();
    const reminders = (await subjects("ada@cisco.com")).filter(
      (s) => s.startsWith("Waiting") || s.startsWith("Still"),
    );
    expect(reminders).toEqual(["Waiting for your decision: Self"]);
  });
});

describe("an access request nobody decides", () => {
  async function setUp() {
    const admin = await registeredUser(app, { email: "admin@acme.com" });
    const account = accountOf(
      await admin.gql(REQUEST, {
        input: { authorization: "REQUESTER", name: "Acme", company: COMPANY, acceptTerms: true },
      }),
    );
    expect(account.status).toBe("ACTIVE");
    const asker = await registeredUser(app, { email: "asker@elsewhere.net" });
    const asked = await asker.gql(REQUEST_ACCESS, {
      input: { smartAccountId: account.id, forMyself: true, reason: "Project work" },
    });
    expect(asked.errors).toBeUndefined();
    return { admin, account, requestId: asked.data!.requestAccess.accessRequests[0].id };
  }

  it("reminds the administrators at 7 and 14 days and tells the requester at 21, each once", async () => {
    const { admin, account } = await setUp();
    const adminReminders = async () =>
      (await subjects("admin@acme.com")).filter((s) => s.startsWith("Access request waiting"));
    const toRequester = async () =>
      (await subjects("asker@elsewhere.net")).filter((s) => s.startsWith("No decision yet"));

    app.clock.advance(7 * DAY - HOUR);
    await passes();
    expect(await adminReminders()).toEqual([]);
    app.clock.advance(2 * HOUR);
    await passes();
    await passes();
    expect(await adminReminders()).toEqual(["Access request waiting 7 days: Acme"]);
    const reminder = (await app.outbox("admin@acme.com")).at(-1)!;
    expect(reminder.textBody).toContain(`http://app.test/access-requests?account=${account.id}`);
    expect(reminder.textBody).toContain("asker@elsewhere.net");

    app.clock.advance(7 * DAY);
    await passes();
    expect(await adminReminders()).toEqual([
      "Access request waiting 7 days: Acme",
      "Access request waiting 14 days: Acme",
    ]);
    expect(await toRequester()).toEqual([]);

    app.clock.advance(7 * DAY);
    await passes();
    await passes();
    expect(await adminReminders()).toHaveLength(2);
    expect(await toRequester()).toEqual(["No decision yet on your access request: Acme"]);
    expect((await app.outbox("asker@elsewhere.net")).at(-1)!.textBody).toContain(
      "http://app.test/access-requests",
    );

    app.clock.advance(30 * DAY);
    await passes();
    expect(await adminReminders()).toHaveLength(2);
    expect(await toRequester()).toHaveLength(1);

    const history = await historyOf(admin, "admin@acme.com", account.id);
    expect(history.filter((h) => h.type === "ACCESS_REMINDER_SENT").map((h) => h.detail)).toEqual([
      "The access request for asker@elsewhere.net waited 7 days: the administrators were reminded.",
      "The access request for asker@elsewhere.net waited 14 days: the administrators were reminded.",
      "The access request for asker@elsewhere.net waited 21 days: its requester was told nobody has decided yet.",
    ]);
  });

  it("stops once the request is decided", async () => {
    const { admin, requestId } = await setUp();
    app.clock.advance(8 * DAY);
    await passes();
    await admin.gql(SIGN_IN, { email: "admin@acme.com", password: PASSWORD });
    const approved = await admin.gql(APPROVE_ACCESS, {
      input: { accessRequestId: requestId, role: "VIEWER" },
    });
    expect(approved.errors).toBeUndefined();
    app.clock.advance(30 * DAY);
    await passes();
    expect(
      (await subjects("admin@acme.com")).filter((s) => s.startsWith("Access request waiting")),
    ).toHaveLength(1);
    expect(
      (await subjects("asker@elsewhere.net")).filter((s) => s.startsWith("No decision yet")),
    ).toEqual([]);
  });
});

describe("escalation settings", () => {
  it("follow DECISION_REMINDER_DAYS and ACCESS_REMINDER_DAYS", async () => {
    const other = await startTestApp({
      env: { DECISION_REMINDER_DAYS: "3", ACCESS_REMINDER_DAYS: "2" },
    });
    try {
      await other.reset();
      const ada = await registeredUser(other, { email: "ada@cisco.com" });
      await ada.gql(REQUEST, {
        input: { authorization: "SOMEONE_ELSE", name: "Soon", approverEmails: ["boss@cisco.com"] },
      });
      other.clock.advance(3 * DAY + HOUR);
      await other.services.escalation.run(rethrow);
      expect((await other.outbox("boss@cisco.com")).map((e) => e.subject)).toContain(
        "Waiting for your decision: Soon",
      );
    } finally {
      await other.reset();
      await other.close();
    }
  });
});
