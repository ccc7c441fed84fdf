import { DAY } from "../../../common/clock";
import { startTestApp, type TestApp } from "../../../../test/harness";
import {
  ACCEPT_NOMINATION,
  ACCOUNT,
  accountOf,
  APPROVAL_REQUEST,
  APPROVE,
  APPROVE_DOMAIN,
  approvalToken,
  CANCEL,
  COMPANY,
  DENY,
  DOMAIN_APPROVALS,
  FORWARD,
  MY_NOMINATIONS,
  NOMINATE_CREATORS,
  PROVIDE_ADDRESS,
  registeredUser,
  REJECT_DOMAIN,
  REQUEST,
  RESEND,
  RESUBMIT,
  staffClient,
} from "../../../../test/account-api";
import { graphql } from "../../../../test/gql";
import type { RequestSmartAccountInput } from "../../../../test/gql/graphql";

const MY_ROLES = graphql(`
  query LifecycleMyRoles($id: ID!) {
    smartAccount(id: $id) {
      myRoles {
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
beforeEach(async () => {
  await app.reset();
});

const someoneElse = (
  overrides: Partial<RequestSmartAccountInput> = {},
): RequestSmartAccountInput => ({
  authorization: "SOMEONE_ELSE",
  name: "CCO Esup, Inc.",
  approverEmails: ["approver@ccoesup.com"],
  message: "Please authorize our account.",
  ...overrides,
});

const subjects = async (email: string) => (await app.outbox(email)).map((e) => e.subject);

describe("the seed walk-through", () => {
  it("goes from a request via someone else to an ACTIVE account whose nominee is invited in", async () => {
    const requester = await registeredUser(app, { email: "ccoesup@ccoesup.com" });
    const requested = accountOf(
      await requester.gql(REQUEST, {
        input: someoneElse({ company: COMPANY, administratorEmails: ["admin@ccoesup.com"] }),
      }),
    );
    expect(requested).toMatchObject({
      status: "PENDING_CUSTOMER_ACCEPTANCE",
      domainIdentifier: "ccoesup.com",
      approvers: ["approver@ccoesup.com"],
      nextStep: { actors: ["approver@ccoesup.com"] },
    });
    const lapseIn = new Date(requested.lapseAt!).getTime() - app.clock.now().getTime();
    expect(Math.abs(lapseIn - 90 * DAY)).toBeLessThan(5_000);
    expect(await subjects("ccoesup@ccoesup.com")).toContain(
      "Smart Account request received: CCO Esup, Inc.",
    );
    // The nominee hears nothing before the account is active.
    expect(await app.outbox("admin@ccoesup.com")).toHaveLength(0);

    // The approver follows the emailed link: registers with that email, verifies, signs in.
    const { id, token } = await approvalToken(app, "approver@ccoesup.com");
    expect(id).toBe(requested.id);
    const approver = await registeredUser(app, {
      email: "approver@ccoesup.com",
      name: "Avery Approver",
    });
    expect((await approver.gql(APPROVAL_REQUEST, { token })).data).toMatchObject({
      approvalRequest: { id, status: "PENDING_CUSTOMER_ACCEPTANCE" },
    });
    const approved = accountOf(
      await approver.gql(APPROVE, { input: { smartAccountId: id, acceptTerms: true } }),
    );
    expect(approved).toMatchObject({
      status: "ACTIVE",
      virtualAccounts: [{ name: "DEFAULT", isDefault: true }],
      company: COMPANY,
    });
    expect(approved.history!.map((h) => h.type)).toEqual(["REQUESTED", "APPROVED"]);
    expect((await approver.gql(MY_ROLES, { id })).data).toEqual({
      smartAccount: {
        myRoles: expect.arrayContaining([
          { role: "ADMINISTRATOR", virtualAccountId: null },
          { role: "APPROVER", virtualAccountId: null },
        ]),
      },
    });
    expect(approved.history![1]).toMatchObject({
      actorEmail: "approver@ccoesup.com",
      statusBefore: "PENDING_CUSTOMER_ACCEPTANCE",
      statusAfter: "ACTIVE",
    });
    expect(await subjects("ccoesup@ccoesup.com")).toContain(
      "Smart Account approved: CCO Esup, Inc.",
    );

    // The spent link is refused.
    const again = await approver.gql(APPROVAL_REQUEST, { token });
    expect(again.errors?.[0].extensions?.code).toBe("CONFLICT");

    // The nominee is invited, registers with that email and accepts.
    const [invite] = await app.outbox("admin@ccoesup.com");
    expect(invite.subject).toBe("You are nominated as an administrator of CCO Esup, Inc.");
    expect(invite.textBody).toContain("http://app.test/register?email=admin%40ccoesup.com");
    const nominee = await registeredUser(app, { email: "admin@ccoesup.com" });
    const list = await nominee.gql(MY_NOMINATIONS);
    const [nomination] = list.data!.myNominations.edges;
    expect(nomination.node.kind).toBe("ADMINISTRATOR");
    const accepted = await nominee.gql(ACCEPT_NOMINATION, { id: nomination.node.id });
    expect(accepted.data).toMatchObject({
      acceptNomination: { nomination: { status: "ACCEPTED" } },
    });
    expect((await nominee.gql(ACCOUNT, { id })).data).toMatchObject({
      smartAccount: { status: "ACTIVE" },
    });
  });
});

describe("requesting with your own authority", () => {
  it("activates at once on the requester's own domain, with terms recorded", async () => {
    const requester = await registeredUser(app, { email: "ada@ccoesup.com" });
    const account = accountOf(
      await requester.gql(REQUEST, {
        input: {
          authorization: "REQUESTER",
          name: "CCO Esup",
          company: COMPANY,
          acceptTerms: true,
        },
      }),
    );
    expect(account).toMatchObject({
      status: "ACTIVE",
      domainIdentifier: "ccoesup.com",
      topLevelDomain: "ccoesup.com",
      virtualAccounts: [{ name: "DEFAULT" }],
      history: [{ type: "REQUESTED", statusBefore: null, statusAfter: "ACTIVE" }],
    });
    expect(account.history![0]).toMatchObject({ actorEmail: "ada@ccoesup.com" });
    expect(JSON.stringify(account.history)).toContain("terms accepted");
  });

  it.each([
    ["without the company", { company: null }, "company"],
    ["without accepting the terms", { acceptTerms: false }, "acceptTerms"],
    ["with a malformed country", { company: { ...COMPANY, country: "Narnia" } }, "company.country"],
  ])("is refused %s, naming the field and writing nothing", async (_l, overrides, field) => {
    const requester = await registeredUser(app, { email: "ada@ccoesup.com" });
    const before = await app.rowCounts();
    const res = await requester.gql(REQUEST, {
      input: {
        authorization: "REQUESTER",
        name: "CCO Esup",
        company: COMPANY,
        acceptTerms: true,
        ...overrides,
      },
    });
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toContain(field);
    expect(await app.rowCounts()).toEqual(before);
  });

  it("takes another identifier through domain review, then the requester approves it", async () => {
    const staff = await staffClient(app);
    const requester = await registeredUser(app, { email: "ada@cisco.com" });
    const input: RequestSmartAccountInput = {
      authorization: "REQUESTER",
      name: "Cisco Poland",
      domainIdentifier: "PL.cisco.com",
      company: COMPANY,
      acceptTerms: true,
    };
    const noPhone = await requester.gql(REQUEST, { input });
    expect(noPhone.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "contactPhone" }],
    });

    const account = accountOf(
      await requester.gql(REQUEST, { input: { ...input, contactPhone: "+48 22 123 45 67" } }),
    );
    expect(account).toMatchObject({
      status: "PENDING_DOMAIN_APPROVAL",
      domainIdentifier: "pl.cisco.com",
      domain: { status: "PENDING_APPROVAL" },
      nextStep: { actors: ["Domain approvers"] },
    });

    const queue = await staff.gql(DOMAIN_APPROVALS);
    expect(queue.data!.domainApprovals.edges).toHaveLength(1);
    expect(queue.data!.domainApprovals.edges[0].node.contactPhone).toBe("+48221234567");
    expect(await subjects("staff@ops.example")).toContain(
      "Domain identifier to review: pl.cisco.com",
    );
    const denied = await requester.gql(DOMAIN_APPROVALS);
    expect(denied.errors?.[0].extensions?.code).toBe("FORBIDDEN");

    await staff.gql(APPROVE_DOMAIN, { id: account.domain!.id });
    const pending = accountOf(await requester.gql(ACCOUNT, { id: account.id }));
    expect(pending).toMatchObject({
      status: "PENDING_CUSTOMER_ACCEPTANCE",
      approvers: ["ada@cisco.com"],
    });

    const { token } = await approvalToken(app, "ada@cisco.com");
    expect((await requester.gql(APPROVAL_REQUEST, { token })).errors).toBeUndefined();
    const active = accountOf(
      await requester.gql(APPROVE, { input: { smartAccountId: account.id, acceptTerms: true } }),
    );
    expect(active.status).toBe("ACTIVE");
    expect(active.history!.map((h) => h.type)).toEqual([
      "REQUESTED",
      "DOMAIN_APPROVED",
      "APPROVED",
    ]);
  });
});

describe("approvers", () => {
  async function pendingRequest() {
    const requester = await registeredUser(app, { email: "ccoesup@ccoesup.com" });
    const account = accountOf(await requester.gql(REQUEST, { input: someoneElse() }));
    const approver = await registeredUser(app, { email: "approver@ccoesup.com" });
    return { requester, approver, account };
  }

  it("deny with a reason; an accepted creator returns the account to acceptance", async () => {
    const { requester, approver, account } = await pendingRequest();
    const noReason = await approver.gql(DENY, { id: account.id, reason: "" });
    expect(noReason.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "reason" }],
    });
    const denied = await approver.gql(DENY, { id: account.id, reason: "Not our company." });
    expect(denied.data).toMatchObject({
      denySmartAccount: { smartAccount: { status: "DECLINED_BY_CUSTOMER" } },
    });
    expect(await subjects("ccoesup@ccoesup.com")).toContain(
      "Smart Account request denied: CCO Esup, Inc.",
    );
    const late = await approver.gql(APPROVE, {
      input: { smartAccountId: account.id, acceptTerms: true },
    });
    expect(late.errors?.[0].extensions?.code).toBe("CONFLICT");

    await requester.gql(NOMINATE_CREATORS, { id: account.id, emails: ["boss@ccoesup.com"] });
    expect(await subjects("boss@ccoesup.com")).toEqual([
      "You are nominated as an additional creator (approver) of CCO Esup, Inc.",
    ]);
    const boss = await registeredUser(app, { email: "boss@ccoesup.com" });
    const list = await boss.gql(MY_NOMINATIONS);
    await boss.gql(ACCEPT_NOMINATION, { id: list.data!.myNominations.edges[0].node.id });
    const back = accountOf(await boss.gql(ACCOUNT, { id: account.id }));
    expect(back.status).toBe("PENDING_CUSTOMER_ACCEPTANCE");
    expect(back.approvers).toContain("boss@ccoesup.com");
    const approved = accountOf(
      await boss.gql(APPROVE, {
        input: { smartAccountId: account.id, acceptTerms: true, company: COMPANY },
      }),
    );
    expect(approved.status).toBe("ACTIVE");
  });

  it("forward replaces the forwarder, whose link stops working", async () => {
    const { requester, approver, account } = await pendingRequest();
    const { token } = await approvalToken(app, "approver@ccoesup.com");
    const self = await approver.gql(FORWARD, { id: account.id, email: "approver@ccoesup.com" });
    expect(self.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "email" }],
    });
    const forwarded = await approver.gql(FORWARD, {
      id: account.id,
      email: "cfo@ccoesup.com",
      message: "Yours.",
    });
    // Once forwarded away, the approver is no longer one of the request's: its card only.
    expect(forwarded.data).toMatchObject({
      forwardSmartAccount: {
        smartAccount: { status: "PENDING_CUSTOMER_ACCEPTANCE", approvers: null },
      },
    });
    const seenByRequester = await requester.gql(ACCOUNT, { id: account.id });
    expect(seenByRequester.data!.smartAccount.approvers).toEqual(["cfo@ccoesup.com"]);
    expect((await approver.gql(APPROVAL_REQUEST, { token })).errors?.[0].extensions?.code).toBe(
      "CONFLICT",
    );
    const tooLate = await approver.gql(APPROVE, {
      input: { smartAccountId: account.id, acceptTerms: true },
    });
    expect(tooLate.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await subjects("ccoesup@ccoesup.com")).toContain(
      "Your Smart Account request was forwarded: CCO Esup, Inc.",
    );

    const cfo = await registeredUser(app, { email: "cfo@ccoesup.com" });
    const link = await approvalToken(app, "cfo@ccoesup.com");
    expect((await cfo.gql(APPROVAL_REQUEST, { token: link.token })).errors).toBeUndefined();
    // The forward did not move the lapse date.
    const after = accountOf(await cfo.gql(ACCOUNT, { id: account.id }));
    expect(after.lapseAt).toBe(account.lapseAt);
    const approved = accountOf(
      await cfo.gql(APPROVE, { input: { smartAccountId: account.id, acceptTerms: true } }),
    );
    expect(approved.status).toBe("PENDING_CUSTOMER_ADDRESS");
    const address = await cfo.gql(PROVIDE_ADDRESS, { id: account.id, company: COMPANY });
    expect(address.data).toMatchObject({
      provideCompanyAddress: {
        smartAccount: { status: "ACTIVE", virtualAccounts: [{ name: "DEFAULT" }] },
      },
    });
  });

  it("a link works only for a signed-in user whose verified email it was sent to", async () => {
    const { account } = await pendingRequest();
    const { token } = await approvalToken(app, "approver@ccoesup.com");
    const stranger = await registeredUser(app, { email: "eve@ccoesup.com" });
    expect((await stranger.gql(APPROVAL_REQUEST, { token })).errors?.[0].extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect((await app.client().gql(APPROVAL_REQUEST, { token })).errors?.[0].extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
    const before = await app.rowCounts();
    const res = await stranger.gql(APPROVE, {
      input: { smartAccountId: account.id, acceptTerms: true },
    });
    // The account is unrestricted: its card is anyone's, so the stranger is refused.
    expect(res.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await app.rowCounts()).toEqual(before);
  });

  it("approving needs the terms and may take the approver's own email host", async () => {
    const requester = await registeredUser(app, { email: "ccoesup@ccoesup.com" });
    const account = accountOf(
      await requester.gql(REQUEST, {
        input: someoneElse({ approverEmails: ["cto@eu.ccoesup.com"], company: COMPANY }),
      }),
    );
    expect(account.domainIdentifier).toBe("eu.ccoesup.com");
    const cto = await registeredUser(app, { email: "cto@eu.ccoesup.com" });
    const noTerms = await cto.gql(APPROVE, {
      input: { smartAccountId: account.id, acceptTerms: false },
    });
    expect(noTerms.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "acceptTerms" }],
    });
    const approved = accountOf(
      await cto.gql(APPROVE, {
        input: {
          smartAccountId: account.id,
          acceptTerms: true,
          name: "CCO Esup Europe",
          identifierChoice: "REQUESTED",
        },
      }),
    );
    expect(approved).toMatchObject({
      name: "CCO Esup Europe",
      status: "ACTIVE",
      domainIdentifier: "eu.ccoesup.com",
    });
  });
});

describe("the requester", () => {
  it("cancels a pending request, which frees the identifier", async () => {
    const requester = await registeredUser(app, { email: "ccoesup@ccoesup.com" });
    const account = accountOf(await requester.gql(REQUEST, { input: someoneElse() }));
    const other = await registeredUser(app, { email: "eve@ccoesup.com" });
    expect((await other.gql(CANCEL, { id: account.id })).errors?.[0].extensions?.code).toBe(
      "FORBIDDEN",
    );
    const hidden = accountOf(
      await requester.gql(REQUEST, {
        input: {
          ...someoneElse(),
          name: "Hidden",
          domainIdentifier: "hidden.ccoesup.com",
          contactPhone: "+1 949 555 0100",
          visibility: "RESTRICTED",
          acknowledgeExistingAccounts: true,
        },
      }),
    );
    expect((await other.gql(CANCEL, { id: hidden.id })).errors?.[0].extensions?.code).toBe(
      "NOT_FOUND",
    );
    const cancelled = await requester.gql(CANCEL, { id: account.id });
    expect(cancelled.data).toMatchObject({
      cancelSmartAccount: { smartAccount: { status: "CANCELLED" } },
    });
    expect((await requester.gql(CANCEL, { id: account.id })).errors?.[0].extensions?.code).toBe(
      "CONFLICT",
    );
    expect(await subjects("approver@ccoesup.com")).toContain(
      "Smart Account request cancelled: CCO Esup, Inc.",
    );
    const again = accountOf(
      await requester.gql(REQUEST, { input: someoneElse({ acknowledgeExistingAccounts: true }) }),
    );
    expect(again.status).toBe("PENDING_CUSTOMER_ACCEPTANCE");
  });

  it("resends the approval email, at most three times a day", async () => {
    const requester = await registeredUser(app, { email: "ccoesup@ccoesup.com" });
    const account = accountOf(await requester.gql(REQUEST, { input: someoneElse() }));
    for (let i = 0; i < 3; i++)
      expect((await requester.gql(RESEND, { id: account.id })).errors).toBeUndefined();
    expect(await app.outbox("approver@ccoesup.com")).toHaveLength(4);
    const fourth = await requester.gql(RESEND, { id: account.id });
    expect(fourth.errors?.[0].extensions?.code).toBe("RATE_LIMITED");
  });

  it("resubmits another identifier after a rejection", async () => {
    const requester = await registeredUser(app, { email: "ccoesup@ccoesup.com" });
    const account = accountOf(
      await requester.gql(REQUEST, {
        input: someoneElse({ domainIdentifier: "ccoesup.net", contactPhone: "+1 949 555 0100" }),
      }),
    );
    const staff = await staffClient(app);
    const early = await requester.gql(RESUBMIT, {
      id: account.id,
      d: "ccoesup.com",
      p: "+1 949 555 0100",
    });
    expect(early.errors?.[0].extensions?.code).toBe("CONFLICT");
    const noReason = await staff.gql(REJECT_DOMAIN, { id: account.domain!.id, reason: "" });
    expect(noReason.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "reason" }],
    });
    await staff.gql(REJECT_DOMAIN, {
      id: account.domain!.id,
      reason: "We cannot tie ccoesup.net to you.",
    });
    const rejected = accountOf(await requester.gql(ACCOUNT, { id: account.id }));
    expect(rejected).toMatchObject({
      status: "PENDING_DOMAIN_APPROVAL",
      domain: { status: "REJECTED" },
      nextStep: { actors: ["ccoesup@ccoesup.com"] },
    });
    expect(await subjects("ccoesup@ccoesup.com")).toContain(
      "Domain identifier rejected: ccoesup.net",
    );
    // The approver's own host needs no review: straight to the approvers.
    const resubmitted = await requester.gql(RESUBMIT, {
      id: account.id,
      d: "ccoesup.com",
      p: "+1 949 555 0100",
    });
    expect(resubmitted.data).toMatchObject({
      resubmitDomain: {
        smartAccount: { status: "PENDING_CUSTOMER_ACCEPTANCE", domainIdentifier: "ccoesup.com" },
      },
    });
  });
});

describe("spam protection", () => {
  it("limits one user to 50 requests an hour, since each emails addresses they chose", async () => {
    const requester = await registeredUser(app, { email: "ccoesup@ccoesup.com" });
    for (let i = 0; i < 50; i++) {
      const res = await requester.gql(REQUEST, {
        input: someoneElse({ name: `Spam ${i}`, approverEmails: [`victim${i}@target${i}.org`] }),
      });
      expect(res.errors).toBeUndefined();
    }
    const before = await app.rowCounts();
    const res = await requester.gql(REQUEST, {
      input: someoneElse({ name: "Spam 51", approverEmails: ["victim@target51.org"] }),
    });
    expect(res.errors?.[0].extensions?.code).toBe("RATE_LIMITED");
    expect(await app.rowCounts()).toEqual(before);
  });
});
