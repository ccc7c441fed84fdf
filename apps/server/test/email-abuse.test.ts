import { HOUR } from "../src/common/clock";
import { ACTION_LIMITS, RECIPIENT_LIMITS } from "../src/modules/user/email-limits";
import {
  accountOf,
  activeAccount,
  APPROVE_DOMAIN,
  CANCEL,
  COMPANY,
  DECLINE_ACCESS,
  DENY,
  FORWARD,
  NOMINATE_CREATORS,
  REQUEST,
  REQUEST_ACCESS,
  REQUEST_FOR_CUSTOMER,
  SET_ROLES,
  staffClient,
} from "./account-api";
import { graphql } from "./gql";
import type { RequestSmartAccountInput, SetAccountUserRolesInput } from "./gql/graphql";
import { startTestApp, type Client, type GqlResult, type TestApp } from "./harness";
import { PASSWORD, registeredUser, SIGN_IN } from "./user-api";

// Every mutation that makes the system email an address the caller chose: limited per caller,
// per client address and per recipient, a refused call writing nothing; the caller's words arrive
// quoted and unlinkable.

const RESEND_NOMINATION = graphql(`
  mutation AbuseResendNomination($id: ID!) {
    resendNomination(input: { nominationId: $id }) {
      nomination {
        id
      }
    }
  }
`);
const EVIL = "Claim your prize at https://evil.example/claim or www.evil.example today";

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

const perHour = (rules: { max: number; windowMs: number }[]) =>
  rules.find((r) => r.windowMs === HOUR)!.max;

function code(res: GqlResult): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

function ok<R extends GqlResult>(res: R): R & { data: NonNullable<R["data"]> } {
  if (res.errors || res.data === null) throw new Error(JSON.stringify(res.errors));
  return res as R & { data: NonNullable<R["data"]> };
}

/** The same signed-in person, calling from another client address. */
function from(client: Client, ip: string): Client {
  const moved = app.client(ip);
  moved.cookie = client.cookie;
  return moved;
}

/** The call is refused as RATE_LIMITED and leaves every table as it was. */
async function expectRefused(call: () => Promise<GqlResult>): Promise<void> {
  const before = await app.rowCounts();
  const res = await call();
  expect(code(res)).toBe("RATE_LIMITED");
  expect(res.errors?.[0].message).not.toMatch(/@/);
  expect(await app.rowCounts()).toEqual(before);
}

const someoneElse = (
  i: number,
  overrides: Partial<RequestSmartAccountInput> = {},
): RequestSmartAccountInput => ({
  authorization: "SOMEONE_ELSE",
  name: `Target ${i}`,
  approverEmails: [`boss@target${i}.example`],
  ...overrides,
});

/** A PENDING_CUSTOMER_ACCEPTANCE account on zeta-corp.com, which anyone may nominate creators for. */
async function pendingZeta(): Promise<string> {
  const zed = await registeredUser(app, { email: "zed@zeta-corp.com" });
  return accountOf(
    await zed.gql(REQUEST, {
      input: {
        authorization: "SOMEONE_ELSE",
        name: "Zeta",
        approverEmails: ["boss@zeta-corp.com"],
      },
    }),
  ).id;
}

describe("per caller", () => {
  it("account requests, for oneself or for customers, share one budget", async () => {
    const pat = await registeredUser(app, {
      email: "pat@partner.example",
      organisationType: "PARTNER",
    });
    const limit = perHour(ACTION_LIMITS.accountRequest.perCaller);
    for (let i = 0; i < limit; i++) {
      ok(
        i % 2
          ? await pat.gql(REQUEST, { input: someoneElse(i) })
          : await pat.gql(REQUEST_FOR_CUSTOMER, {
              input: { name: `Customer ${i}`, customerEmails: [`it@customer${i}.example`] },
            }),
      );
    }
    await expectRefused(() => pat.gql(REQUEST, { input: someoneElse(limit) }));
    await expectRefused(() =>
      pat.gql(REQUEST_FOR_CUSTOMER, {
        input: { name: "One more", customerEmails: ["it@one-more.example"] },
      }),
    );
    expect(await app.outbox("boss@target" + limit + ".example")).toEqual([]);
  });

  it("forwardSmartAccount", async () => {
    const x = await registeredUser(app, { email: "x@xco.example" });
    const staff = await staffClient(app);
    const limit = perHour(ACTION_LIMITS.forward.perCaller);
    const ids: string[] = [];
    // Accounts X must approve: requested with X's own authority on identifiers that need review.
    for (let i = 0; i <= limit; i++) {
      const account = accountOf(
        await x.gql(REQUEST, {
          input: {
            authorization: "REQUESTER",
            name: `X ${i}`,
            domainIdentifier: `x${i}.example`,
            contactPhone: "+1 949 555 0100",
            company: COMPANY,
            acceptTerms: true,
            acknowledgeExistingAccounts: true,
          },
        }),
      );
      ok(await staff.gql(APPROVE_DOMAIN, { id: account.domain!.id }));
      ids.push(account.id);
    }
    for (let i = 0; i < limit; i++) {
      ok(await x.gql(FORWARD, { id: ids[i], email: `f${i}@forward${i}.example` }));
    }
    await expectRefused(() => x.gql(FORWARD, { id: ids[limit], email: "f@last.example" }));
  });

  it("nominateCreators", async () => {
    const id = await pendingZeta();
    const bob = await registeredUser(app, { email: "bob@beta-corp.com" });
    const limit = perHour(ACTION_LIMITS.nominateCreators.perCaller);
    for (let i = 0; i < limit; i++) {
      ok(await bob.gql(NOMINATE_CREATORS, { id, emails: [`n${i}@zeta-corp.com`] }));
    }
    await expectRefused(() => bob.gql(NOMINATE_CREATORS, { id, emails: ["last@zeta-corp.com"] }));
  });

  it("resendNomination, besides three times a day per nomination", async () => {
    const id = await pendingZeta();
    const bob = await registeredUser(app, { email: "bob@beta-corp.com" });
    const limit = perHour(ACTION_LIMITS.resendNomination.perCaller);
    const emails = Array.from({ length: limit / 3 + 1 }, (_, i) => `n${i}@zeta-corp.com`);
    const res = ok(await bob.gql(NOMINATE_CREATORS, { id, emails }));
    const nominations = res.data.nominateCreators.nominations;
    for (const nomination of nominations.slice(0, limit / 3)) {
      for (let i = 0; i < 3; i++) ok(await bob.gql(RESEND_NOMINATION, { id: nomination.id }));
      await expectRefused(() => bob.gql(RESEND_NOMINATION, { id: nomination.id }));
    }
    await expectRefused(() => bob.gql(RESEND_NOMINATION, { id: nominations.at(-1)!.id }));
  });

  it("requestAccess for others", async () => {
    const ada = await registeredUser(app, { email: "ada@cisco.com" });
    const account = await activeAccount(ada, "Cisco");
    const pat = await registeredUser(app, { email: "pat@partner.example" });
    const limit = perHour(ACTION_LIMITS.requestAccess.perCaller);
    for (let i = 0; i < limit; i++) {
      ok(
        await pat.gql(REQUEST_ACCESS, {
          input: {
            smartAccountId: account.id,
            emails: [`u${i}@elsewhere${i}.example`],
            reason: "Work",
          },
        }),
      );
    }
    await expectRefused(() =>
      pat.gql(REQUEST_ACCESS, {
        input: { smartAccountId: account.id, emails: ["last@elsewhere.example"], reason: "Work" },
      }),
    );
  });

  it("setAccountUserRoles", async () => {
    const ada = await registeredUser(app, { email: "ada@cisco.com" });
    const account = await activeAccount(ada, "Cisco");
    const limit = perHour(ACTION_LIMITS.setAccountUserRoles.perCaller);
    const input = (email: string): SetAccountUserRolesInput => ({
      smartAccountId: account.id,
      email,
      roles: [{ role: "USER" }],
    });
    for (let i = 0; i < limit; i++)
      ok(await ada.gql(SET_ROLES, { input: input(`u${i}@x.example`) }));
    await expectRefused(() => ada.gql(SET_ROLES, { input: input("last@x.example") }));
  });
});

describe("per recipient", () => {
  it("many callers emailing one approver stop at its limit, and the hour frees it", async () => {
    const limit = perHour(RECIPIENT_LIMITS.approvalRequest);
    const input: RequestSmartAccountInput = {
      authorization: "SOMEONE_ELSE",
      name: "Victim Co",
      approverEmails: ["boss@victim.example"],
      message: "Approve this",
    };
    const callers: Client[] = [];
    for (let i = 0; i <= limit; i++) {
      callers.push(await registeredUser(app, { email: `caller${i}@sender${i}.example` }));
    }
    for (const caller of callers.slice(0, limit)) {
      // Each cancels, freeing the identifier for the next stranger.
      const { id } = accountOf(ok(await caller.gql(REQUEST, { input })));
      ok(await caller.gql(CANCEL, { id }));
    }
    const requests = async () =>
      (await app.outbox("boss@victim.example")).filter((e) =>
        e.subject.startsWith("Please approve"),
      );
    expect(await requests()).toHaveLength(limit);
    const last = callers[limit];
    await expectRefused(() => last.gql(REQUEST, { input }));
    expect(await requests()).toHaveLength(limit);

    app.clock.advance(HOUR);
    ok(
      await last.gql(SIGN_IN, {
        email: `caller${limit}@sender${limit}.example`,
        password: PASSWORD,
      }),
    );
    ok(await last.gql(REQUEST, { input }));
    expect(await requests()).toHaveLength(limit + 1);
  });

  it("refuses a whole list when one address on it is at its limit", async () => {
    const id = await pendingZeta();
    const limit = perHour(RECIPIENT_LIMITS.nomination);
    for (let i = 0; i < limit; i++) {
      const stranger = await registeredUser(app, { email: `s${i}@strangers${i}.example` });
      ok(await stranger.gql(NOMINATE_CREATORS, { id, emails: ["ann@zeta-corp.com"] }));
    }
    const last = await registeredUser(app, { email: "last@strangers.example" });
    await expectRefused(() =>
      last.gql(NOMINATE_CREATORS, { id, emails: ["fresh@zeta-corp.com", "ann@zeta-corp.com"] }),
    );
    expect(await app.outbox("fresh@zeta-corp.com")).toEqual([]);
  });
});

describe("per client address", () => {
  it("many users from one address (IPv6 by its /64) stop at its limit", async () => {
    const ada = await registeredUser(app, { email: "ada@cisco.com" });
    const account = await activeAccount(ada, "Cisco");
    const limit = perHour(ACTION_LIMITS.requestAccess.perAddress);
    const perCaller = perHour(ACTION_LIMITS.requestAccess.perCaller);
    const users: Client[] = [];
    for (let u = 0; u * perCaller < limit; u++) {
      const user = await registeredUser(app, { email: `user${u}@net.example` });
      users.push(from(user, `2001:db8:1:2::${u + 1}`));
    }
    for (let i = 0; i < limit; i++) {
      ok(
        await users[Math.floor(i / perCaller)].gql(REQUEST_ACCESS, {
          input: {
            smartAccountId: account.id,
            emails: [`u${i}@elsewhere${i}.example`],
            reason: "Work",
          },
        }),
      );
    }
    const fresh = await registeredUser(app, { email: "fresh@net.example" });
    await expectRefused(() =>
      from(fresh, "2001:db8:1:2:ffff::9").gql(REQUEST_ACCESS, {
        input: { smartAccountId: account.id, emails: ["last@elsewhere.example"], reason: "Work" },
      }),
    );
    // Another network is not held.
    ok(
      await from(fresh, "2001:db8:1:3::1").gql(REQUEST_ACCESS, {
        input: { smartAccountId: account.id, emails: ["other@elsewhere.example"], reason: "Work" },
      }),
    );
  });
});

describe("the caller's words in emails", () => {
  const defused = (body: string) => {
    expect(body).not.toContain("https://evil.example");
    expect(body).not.toContain("www.evil.example");
    expect(body).not.toContain("evil.example/claim");
    expect(body).toContain("https[:]//evil[.]example/claim");
    expect(body).toContain("www[.]evil[.]example");
  };
  const expectQuoted = async (to: string, subject: RegExp) => {
    const email = (await app.outbox(to)).find((e) => subject.test(e.subject));
    expect(email).toBeDefined();
    defused(email!.textBody);
    defused(email!.htmlBody);
    expect(email!.htmlBody).not.toMatch(/href="[^"]*evil/);
    expect(email!.htmlBody).toMatch(
      /<blockquote[^>]*>((?!<\/blockquote>).)*https\[:\]\/\/evil\[\.\]example\/claim/s,
    );
    expect(email!.textBody).toMatch(/^> .*https\[:\]\/\/evil\[\.\]example\/claim/m);
  };

  it("messages, notes and reasons arrive quoted, with no link to what they name", async () => {
    const requester = await registeredUser(app, { email: "ccoesup@ccoesup.com" });
    const account = accountOf(
      await requester.gql(REQUEST, {
        input: {
          authorization: "SOMEONE_ELSE",
          name: "CCO Esup",
          approverEmails: ["approver@ccoesup.com"],
          message: `Hi!\n${EVIL}`,
        },
      }),
    );
    await expectQuoted("approver@ccoesup.com", /^Please approve/);

    const approver = await registeredUser(app, { email: "approver@ccoesup.com" });
    ok(await approver.gql(FORWARD, { id: account.id, email: "next@ccoesup.com", message: EVIL }));
    await expectQuoted("next@ccoesup.com", /^Please approve/);
    const next = await registeredUser(app, { email: "next@ccoesup.com" });
    ok(await next.gql(DENY, { id: account.id, reason: EVIL }));
    await expectQuoted("ccoesup@ccoesup.com", /^Smart Account request denied/);

    const ada = await registeredUser(app, { email: "ada@cisco.com" });
    const cisco = await activeAccount(ada, "Cisco");
    const pat = await registeredUser(app, { email: "pat@partner.example" });
    const asked = ok(
      await pat.gql(REQUEST_ACCESS, {
        input: { smartAccountId: cisco.id, forMyself: true, reason: EVIL },
      }),
    ).data;
    await expectQuoted("ada@cisco.com", /^Access requested/);
    ok(
      await ada.gql(DECLINE_ACCESS, { id: asked.requestAccess.accessRequests[0].id, reason: EVIL }),
    );
    await expectQuoted("pat@partner.example", /^Access request declined/);
  });
});

describe("under concurrency", () => {
  it("of 20 simultaneous requests over the caller's limit, at most the limit succeed", async () => {
    const ada = await registeredUser(app, { email: "ada@cisco.com" });
    const account = await activeAccount(ada, "Cisco");
    const pat = await registeredUser(app, { email: "pat@partner.example" });
    const limit = perHour(ACTION_LIMITS.requestAccess.perCaller);
    const already = limit - 5;
    for (let i = 0; i < already; i++) {
      ok(
        await pat.gql(REQUEST_ACCESS, {
          input: { smartAccountId: account.id, emails: [`a${i}@before.example`], reason: "Work" },
        }),
      );
    }
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        pat.gql(REQUEST_ACCESS, {
          input: { smartAccountId: account.id, emails: [`b${i}@burst.example`], reason: "Work" },
        }),
      ),
    );
    const succeeded = results.filter((r) => !r.errors).length;
    expect(succeeded).toBeLessThanOrEqual(limit - already);
    expect(succeeded).toBeGreaterThan(0);
    expect(results.every((r) => !r.errors || code(r) === "RATE_LIMITED")).toBe(true);
    expect((await app.rowCounts()).access_requests).toBe(already + succeeded);
  });
});
