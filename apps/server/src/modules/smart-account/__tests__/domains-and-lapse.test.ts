import { DAY, HOUR } from "../../../common/clock";
import { startTestApp, type TestApp } from "../../../../test/harness";
import {
  ACCOUNT,
  accountOf,
  APPROVE,
  approvalToken,
  CHECK,
  COMPANY,
  DENY,
  registeredUser,
  REQUEST,
  REQUEST_FOR_CUSTOMER,
  staffClient,
} from "../../../../test/account-api";
import { PASSWORD, SIGN_IN, SIGN_UP } from "../../../../test/user-api";
import { graphql } from "../../../../test/gql";
import type { RequestSmartAccountInput } from "../../../../test/gql/graphql";

const txt = new Map<string, string[][]>();
const VERIFY = graphql(`
  mutation DomainsVerifyChallenge($id: ID!) {
    verifyDomainChallenge(input: { domainId: $id }) {
      verified
      domain {
        status
      }
    }
  }
`);
const MY_REQUESTS = graphql(`
  query DomainsMyRequests($first: Int!) {
    myRequests(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          status
          approvers
          requester {
            email
          }
          domain {
            id
          }
          virtualAccounts {
            name
          }
          history {
            type
          }
          nextStep {
            actors
          }
        }
      }
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ resolveTxt: async (name) => txt.get(name) ?? [] });
});
afterAll(async () => {
  await app.close();
});
beforeEach(async () => {
  await app.reset();
  txt.clear();
});

const subjects = async (email: string) => (await app.outbox(email)).map((e) => e.subject);
const selfRequest = (
  overrides: Partial<RequestSmartAccountInput> = {},
): RequestSmartAccountInput => ({
  authorization: "REQUESTER",
  name: "CCO Esup",
  company: COMPANY,
  acceptTerms: true,
  ...overrides,
});

describe("checkDomain", () => {
  it("normalises, finds the top-level domain and says why review is needed", async () => {
    const ada = await registeredUser(app, { email: "ada@cisco.com" });
    const own = await ada.gql(CHECK, { d: "Cisco.COM." });
    expect(own.data!.checkDomain).toMatchObject({
      valid: true,
      identifier: "cisco.com",
      topLevelDomain: "cisco.com",
      reviewRequired: false,
      reviewReasons: [],
      identifierAvailable: true,
      existingAccounts: [],
    });
    const prefix = await ada.gql(CHECK, { d: "pl.cisco.com" });
    expect(prefix.data!.checkDomain).toMatchObject({
      topLevelDomain: "cisco.com",
      reviewReasons: ["NOT_APPROVER_HOST"],
    });
    const consumer = await ada.gql(CHECK, { d: "gmail.com", a: "someone@gmail.com" });
    expect(consumer.data!.checkDomain.reviewReasons).toEqual(["CONSUMER_DOMAIN"]);
    const mixed = await ada.gql(CHECK, { d: "ciscе.com" });
    expect(mixed.data!.checkDomain).toMatchObject({
      valid: false,
      message: expect.stringMatching(/scripts/),
    });
    expect((await app.client().gql(CHECK, { d: "cisco.com" })).errors?.[0].extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("lists the accounts on the domain with what may be done with each status", async () => {
    const staff = await staffClient(app);
    const ada = await registeredUser(app, { email: "ada@cisco.com" });
    const phone = "+1 408 555 0100";
    // ACTIVE (own domain, own authority)
    accountOf(await ada.gql(REQUEST, { input: selfRequest({ name: "Cisco" }) }));
    // PENDING_DOMAIN_APPROVAL
    accountOf(
      await ada.gql(REQUEST, {
        input: selfRequest({
          name: "Cisco Poland",
          domainIdentifier: "pl.cisco.com",
          contactPhone: phone,
          acknowledgeExistingAccounts: true,
        }),
      }),
    );
    // PENDING_CUSTOMER_ACCEPTANCE
    accountOf(
      await ada.gql(REQUEST, {
        input: {
          authorization: "SOMEONE_ELSE",
          name: "Cisco UK",
          approverEmails: ["boss@uk.cisco.com"],
          acknowledgeExistingAccounts: true,
        },
      }),
    );
    // DECLINED_BY_CUSTOMER and PENDING_CUSTOMER_ADDRESS
    const de = accountOf(
      await ada.gql(REQUEST, {
        input: {
          authorization: "SOMEONE_ELSE",
          name: "Cisco DE",
          approverEmails: ["boss@de.cisco.com"],
          acknowledgeExistingAccounts: true,
        },
      }),
    );
    const fr = accountOf(
      await ada.gql(REQUEST, {
        input: {
          authorization: "SOMEONE_ELSE",
          name: "Cisco FR",
          approverEmails: ["boss@fr.cisco.com"],
          acknowledgeExistingAccounts: true,
        },
      }),
    );
    const deBoss = await registeredUser(app, { email: "boss@de.cisco.com" });
    await deBoss.gql(DENY, { id: de.id, reason: "No." });
    const frBoss = await registeredUser(app, { email: "boss@fr.cisco.com" });
    await frBoss.gql(APPROVE, { input: { smartAccountId: fr.id, acceptTerms: true } });
    expect(staff).toBeDefined();

    const partner = await registeredUser(app, {
      email: "pat@partner.example",
      organisationType: "PARTNER",
    });
    const res = await partner.gql(CHECK, { d: "cisco.com", a: "x@cisco.com" });
    expect(res.errors).toBeUndefined();
    const rows = Object.fromEntries(
      res.data!.checkDomain.existingAccounts.map((a) => [a.status, a]),
    );
    expect(res.data!.checkDomain.identifierAvailable).toBe(false);
    expect(rows.ACTIVE).toMatchObject({
      name: "Cisco",
      allowedAction: "REQUEST_ACCESS",
      exactMatch: true,
      administrators: ["ada@cisco.com"],
    });
    expect(rows.PENDING_CUSTOMER_ACCEPTANCE).toMatchObject({ allowedAction: "NOMINATE_CREATORS" });
    expect(rows.DECLINED_BY_CUSTOMER).toMatchObject({ allowedAction: "NOMINATE_CREATORS" });
    expect(rows.PENDING_DOMAIN_APPROVAL).toMatchObject({
      allowedAction: "NONE",
      reason: expect.stringMatching(/review/),
    });
    expect(rows.PENDING_CUSTOMER_ADDRESS).toMatchObject({
      allowedAction: "NONE",
      reason: expect.stringMatching(/address/),
    });
  });

  it("shows a restricted account only on an exact identifier match", async () => {
    const ada = await registeredUser(app, { email: "ada@cisco.com" });
    accountOf(
      await ada.gql(REQUEST, { input: selfRequest({ name: "Secret", visibility: "RESTRICTED" }) }),
    );
    const eve = await registeredUser(app, { email: "eve@other.com" });
    const near = await eve.gql(CHECK, { d: "pl.cisco.com" });
    expect(near.data!.checkDomain.existingAccounts).toEqual([]);
    const exact = await eve.gql(CHECK, { d: "cisco.com" });
    expect(exact.data!.checkDomain.existingAccounts.map((a) => a.name)).toEqual(["Secret"]);
  });
});

describe("the existing top-level domain on request", () => {
  it("refuses a held identifier, asks for the acknowledgement, then notifies the administrators", async () => {
    const ada = await registeredUser(app, { email: "ada@cisco.com" });
    accountOf(await ada.gql(REQUEST, { input: selfRequest({ name: "Cisco" }) }));
    const bob = await registeredUser(app, { email: "bob@cisco.com" });
    const before = await app.rowCounts();
    const held = await bob.gql(REQUEST, { input: selfRequest({ name: "Cisco again" }) });
    expect(held.errors?.[0].extensions).toMatchObject({
      code: "CONFLICT",
      existingAccounts: [{ name: "Cisco", domainIdentifier: "cisco.com", status: "ACTIVE" }],
    });
    const prefixed = {
      name: "Cisco Poland",
      domainIdentifier: "pl.cisco.com",
      contactPhone: "+48 22 123 45 67",
    };
    const unacknowledged = await bob.gql(REQUEST, { input: selfRequest(prefixed) });
    expect(unacknowledged.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(unacknowledged.errors?.[0].message).toMatch(/already exist under cisco\.com/);
    expect(await app.rowCounts()).toEqual(before);

    const created = accountOf(
      await bob.gql(REQUEST, {
        input: selfRequest({ ...prefixed, acknowledgeExistingAccounts: true }),
      }),
    );
    expect(created.status).toBe("PENDING_DOMAIN_APPROVAL");
    expect(await subjects("ada@cisco.com")).toContain(
      "A new Smart Account was requested under pl.cisco.com",
    );
  });

  it("lets only one non-terminal account hold an identifier, even written by raw SQL", async () => {
    const ada = await registeredUser(app, { email: "ada@cisco.com" });
    const account = accountOf(await ada.gql(REQUEST, { input: selfRequest({ name: "Cisco" }) }));
    const raw = (await app.services.db.read((em) =>
      em.query("SELECT * FROM smart_accounts WHERE id = ?", [account.id]),
    )) as Record<string, unknown>[];
    const copy: Record<string, unknown> = { ...raw[0], id: "00000000-0000-4000-8000-000000000001" };
    delete copy.liveIdentifier;
    // Not the original's administrators and virtual accounts: the copy has none of its own.
    copy.administratorList = "[]";
    copy.virtualAccountList = "[]";
    const columns = Object.keys(copy);
    const insert = () =>
      app.services.db.transaction(async (em) => {
        await em.query(
          `INSERT INTO smart_accounts (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
          Object.values(copy),
        );
        await app.services.membership.refreshAccounts(em, [String(copy.id)]);
      });
    await expect(insert()).rejects.toThrow(/unique|duplicate/i);
    // A terminal account does not hold its identifier.
    await app.services.db.transaction(async (em) => {
      await em.query("UPDATE smart_accounts SET status = 'CANCELLED' WHERE id = ?", [account.id]);
      await app.services.membership.refreshAccounts(em, [account.id]);
    });
    await expect(insert()).resolves.toBeUndefined();
  });
});

describe("partners requesting for a customer", () => {
  it("pre-fill the identifier from the first customer email and add users on activation", async () => {
    const partner = await registeredUser(app, {
      email: "pat@partner.example",
      organisationType: "PARTNER",
    });
    const account = accountOf(
      await partner.gql(REQUEST_FOR_CUSTOMER, {
        input: {
          name: "Acme",
          customerEmails: ["ceo@acme.com", "cfo@acme.com"],
          noteToCustomers: "Your new account.",
          userEmails: ["ops@acme.com"],
        },
      }),
    );
    expect(account).toMatchObject({
      status: "PENDING_CUSTOMER_ACCEPTANCE",
      domainIdentifier: "acme.com",
      approvers: ["ceo@acme.com", "cfo@acme.com"],
    });
    expect(await subjects("cfo@acme.com")).toEqual(["Please approve the Smart Account Acme"]);
    const cfo = await registeredUser(app, { email: "cfo@acme.com" });
    await approvalToken(app, "cfo@acme.com");
    accountOf(
      await cfo.gql(APPROVE, {
        input: { smartAccountId: account.id, acceptTerms: true, company: COMPANY },
      }),
    );
    expect(await subjects("ops@acme.com")).toEqual(["You are nominated as a user of Acme"]);
    expect(await subjects("pat@partner.example")).toContain("Smart Account approved: Acme");
  });

  it("may not hold accounts on their own domain, and customers may not use the partner path", async () => {
    const partner = await registeredUser(app, {
      email: "pat@partner.example",
      organisationType: "PARTNER",
    });
    const customer = await registeredUser(app, { email: "ada@acme.com" });
    const before = await app.rowCounts();
    const own = await partner.gql(REQUEST_FOR_CUSTOMER, {
      input: {
        name: "Holding",
        customerEmails: ["ceo@acme.com"],
        domainIdentifier: "eu.partner.example",
        contactPhone: "+1 949 555 0100",
      },
    });
    expect(own.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "domainIdentifier" }],
    });
    const none = await partner.gql(REQUEST_FOR_CUSTOMER, {
      input: { name: "Acme", customerEmails: [] },
    });
    expect(none.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "customerEmails" }],
    });
    const refused = await customer.gql(REQUEST_FOR_CUSTOMER, {
      input: { name: "Acme", customerEmails: ["ceo@acme.com"] },
    });
    expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await app.rowCounts()).toEqual(before);
  });
});

describe("unverified users", () => {
  it("cannot request an account", async () => {
    const client = app.client();
    await client.gql(SIGN_UP, {
      input: {
        email: "new@acme.com",
        name: "N",
        company: "Acme",
        organisationType: "CUSTOMER",
        password: "long enough pass",
      },
    });
    await client.gql(SIGN_IN, { email: "new@acme.com", password: "long enough pass" });
    const before = await app.rowCounts();
    const res = await client.gql(REQUEST, { input: selfRequest() });
    expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await app.rowCounts()).toEqual(before);
  });
});

describe("the DNS TXT challenge", () => {
  it("approves the identifier without staff once the record is published", async () => {
    const ada = await registeredUser(app, { email: "ada@cisco.com" });
    const account = accountOf(
      await ada.gql(REQUEST, {
        input: {
          authorization: "SOMEONE_ELSE",
          name: "Cisco PL",
          approverEmails: ["boss@cisco.com"],
          domainIdentifier: "pl.cisco.com",
          contactPhone: "+48 22 123 45 67",
        },
      }),
    );
    const challenge = account.domain!.dnsChallenge!;
    expect(challenge.recordName).toBe("_smart-account-challenge.pl.cisco.com");
    expect((await ada.gql(VERIFY, { id: account.domain!.id })).data).toEqual({
      verifyDomainChallenge: { verified: false, domain: { status: "PENDING_APPROVAL" } },
    });
    txt.set(challenge.recordName, [
      [challenge.recordValue.slice(0, 10), challenge.recordValue.slice(10)],
    ]);
    expect((await ada.gql(VERIFY, { id: account.domain!.id })).data).toEqual({
      verifyDomainChallenge: { verified: true, domain: { status: "APPROVED" } },
    });
    const after = accountOf(await ada.gql(ACCOUNT, { id: account.id }));
    expect(after.status).toBe("PENDING_CUSTOMER_ACCEPTANCE");
    expect(after.history!.find((h) => h.type === "DOMAIN_APPROVED")).toMatchObject({
      actorEmail: null,
    });
  });
});

describe("lapse", () => {
  it("reminds at 30, 7 and 1 days, lapses at the date and not a day before, once", async () => {
    const ada = await registeredUser(app, { email: "ada@cisco.com" });
    const account = accountOf(
      await ada.gql(REQUEST, {
        input: { authorization: "SOMEONE_ELSE", name: "Cisco", approverEmails: ["boss@cisco.com"] },
      }),
    );
    const reminders = async () =>
      (await subjects("boss@cisco.com")).filter((s) => s.startsWith("Reminder"));
    await app.services.lapseJob.run();
    expect(await reminders()).toEqual([]);
    app.clock.advance(60 * DAY + HOUR);
    await app.services.lapseJob.run();
    await app.services.lapseJob.run();
    expect(await reminders()).toEqual(["Reminder: Cisco lapses in 30 days"]);
    app.clock.advance(23 * DAY);
    await app.services.lapseJob.run();
    expect(await reminders()).toHaveLength(2);
    app.clock.advance(6 * DAY);
    await app.services.lapseJob.run();
    expect(await reminders()).toEqual([
      "Reminder: Cisco lapses in 30 days",
      "Reminder: Cisco lapses in 7 days",
      "Reminder: Cisco lapses in 1 day",
    ]);
    // The day before: still pending.
    await app.services.lapseJob.run();
    await ada.gql(SIGN_IN, { email: "ada@cisco.com", password: PASSWORD });
    expect(accountOf(await ada.gql(ACCOUNT, { id: account.id })).status).toBe(
      "PENDING_CUSTOMER_ACCEPTANCE",
    );
    app.clock.advance(DAY);
    await Promise.all([app.services.lapseJob.run(), app.services.lapseJob.run()]);
    await app.services.lapseJob.run();
    await ada.gql(SIGN_IN, { email: "ada@cisco.com", password: PASSWORD });
    const lapsed = accountOf(await ada.gql(ACCOUNT, { id: account.id }));
    expect(lapsed.status).toBe("LAPSED");
    expect(lapsed.history!.filter((h) => h.type === "LAPSED")).toHaveLength(1);
    expect(
      lapsed.history!.filter((h) => h.type === "LAPSE_REMINDER_SENT").map((h) => h.detail),
    ).toEqual([
      "30 days before the lapse date.",
      "7 days before the lapse date.",
      "1 day before the lapse date.",
    ]);
    expect((await subjects("ada@cisco.com")).filter((s) => s.includes("lapsed"))).toHaveLength(1);
    expect((await subjects("boss@cisco.com")).filter((s) => s.includes("lapsed"))).toHaveLength(1);
    // A lapsed account frees its identifier.
    const again = accountOf(
      await ada.gql(REQUEST, {
        input: { authorization: "SOMEONE_ELSE", name: "Cisco", approverEmails: ["boss@cisco.com"] },
      }),
    );
    expect(again.status).toBe("PENDING_CUSTOMER_ACCEPTANCE");
  });

  it("lapses and reminds the other accounts when one fails, and that one on a later pass", async () => {
    const ada = await registeredUser(app, { email: "ada@cisco.com" });
    const request = async (name: string, approver: string) =>
      accountOf(
        await ada.gql(REQUEST, {
          input: {
            authorization: "SOMEONE_ELSE",
            name,
            approverEmails: [approver],
            acknowledgeExistingAccounts: true,
          },
        }),
      );
    const alpha = await request("Alpha", "boss@alpha.cisco.com");
    const beta = await request("Beta", "boss@beta.cisco.com");
    const statusOf = async (id: string) => {
      // Weeks pass here: the session has long expired.
      await ada.gql(SIGN_IN, { email: "ada@cisco.com", password: PASSWORD });
      return accountOf(await ada.gql(ACCOUNT, { id })).status;
    };
    app.clock.advance(60 * DAY);
    await ada.gql(SIGN_IN, { email: "ada@cisco.com", password: PASSWORD });
    await request("Gamma", "boss@gamma.cisco.com");
    app.clock.advance(30 * DAY + HOUR);
    // Alpha's lapse fails (an email that cannot be written); the pass goes on without it.
    const mail = app.services.mail;
    const enqueue = mail.enqueue.bind(mail);
    const broken = jest
      .spyOn(mail, "enqueue")
      .mockImplementation((em, to, content) =>
        to === "boss@alpha.cisco.com"
          ? Promise.reject(new Error("the template broke"))
          : enqueue(em, to, content),
      );
    try {
      await app.services.lapseJob.run();
    } finally {
      broken.mockRestore();
    }
    expect(await statusOf(alpha.id)).toBe("PENDING_CUSTOMER_ACCEPTANCE");
    expect(await statusOf(beta.id)).toBe("LAPSED");
    // The escalation, after the lapses in the pass, still reminds Gamma's undecided approver.
    expect(await subjects("boss@gamma.cisco.com")).toContain("Waiting for your decision: Gamma");
    expect(await subjects("boss@alpha.cisco.com")).not.toContain(
      "Smart Account request lapsed: Alpha",
    );
    // Nothing of Alpha's failed lapse was written; the next pass lapses it, once.
    await app.services.lapseJob.run();
    await app.services.lapseJob.run();
    expect(await statusOf(alpha.id)).toBe("LAPSED");
    const history = accountOf(await ada.gql(ACCOUNT, { id: alpha.id })).history!;
    expect(history.filter((h) => h.type === "LAPSED")).toHaveLength(1);
    expect(
      (await subjects("boss@alpha.cisco.com")).filter((s) => s.includes("lapsed")),
    ).toHaveLength(1);
  });
});

describe("list queries", () => {
  it("issue the same number of statements for a page of 1 and a page of 50", async () => {
    const ada = await registeredUser(app, { email: "ada@cisco.com" });
    for (let i = 0; i < 50; i++) {
      accountOf(
        await ada.gql(REQUEST, {
          input: {
            authorization: "SOMEONE_ELSE",
            name: `Cisco ${i}`,
            approverEmails: [`boss${i}@c${i}.cisco.com`],
            acknowledgeExistingAccounts: true,
          },
        }),
      );
    }
    const count = async (first: number) => {
      app.statements.length = 0;
      const res = await ada.gql(MY_REQUESTS, {
        first,
      });
      expect(res.data!.myRequests.edges).toHaveLength(first);
      expect(res.data!.myRequests.totalCount).toBe(50);
      return app.statements.length;
    };
    const one = await count(1);
    const fifty = await count(50);
    expect(fifty).toBe(one);
  });
});
