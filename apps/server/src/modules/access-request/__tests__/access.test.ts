import { startTestApp, type TestApp } from "../../../../test/harness";
import {
  ACCESS_REQUESTS,
  ACCOUNT,
  ACCOUNT_USERS,
  accountOf,
  activeAccount,
  APPROVE_ACCESS,
  CANCEL_ACCESS,
  COMPANY,
  CREATE_VA,
  DECLINE_ACCESS,
  DELETE_VA,
  registeredUser,
  REQUEST,
  REQUEST_ACCESS,
  SET_AUTOMATION,
  SET_ROLES,
  UPDATE_ACCOUNT,
  UPDATE_VA,
} from "../../../../test/account-api";
import { graphql } from "../../../../test/gql";

const MY_ROLES = graphql(`
  query AccessMyRoles($id: ID!) {
    smartAccount(id: $id) {
      myRoles {
        role
        virtualAccountId
      }
    }
  }
`);
const MY_ROLE_NAMES = graphql(`
  query AccessMyRoleNames($id: ID!) {
    smartAccount(id: $id) {
      myRoles {
        role
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

const subjects = async (email: string) => (await app.outbox(email)).map((e) => e.subject);

async function setup() {
  const admin = await registeredUser(app, { email: "ada@cisco.com" });
  const account = await activeAccount(admin, "Cisco");
  const asker = await registeredUser(app, {
    email: "pat@partner.example",
    organisationType: "PARTNER",
  });
  return { admin, account, asker };
}

describe("access requests", () => {
  it("are asked per email with a reason, listed pending first, and approved with a changed role and scope", async () => {
    const { admin, account, asker } = await setup();
    const noReason = await asker.gql(REQUEST_ACCESS, {
      input: { smartAccountId: account.id, forMyself: true, reason: "" },
    });
    expect(noReason.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "reason" }],
    });
    const nobody = await asker.gql(REQUEST_ACCESS, {
      input: { smartAccountId: account.id, reason: "Support" },
    });
    expect(nobody.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "emails" }],
    });

    const res = await asker.gql(REQUEST_ACCESS, {
      input: {
        smartAccountId: account.id,
        emails: ["ops@partner.example"],
        forMyself: true,
        reason: "We support them.",
        role: "ADMINISTRATOR",
      },
    });
    expect(res.errors).toBeUndefined();
    const created = res.data!.requestAccess.accessRequests;
    expect(created.map((r) => [r.email, r.status])).toEqual([
      ["ops@partner.example", "PENDING"],
      ["pat@partner.example", "PENDING"],
    ]);
    expect(await subjects("ada@cisco.com")).toContain("Access requested to Cisco");

    const before = await app.rowCounts();
    const duplicate = await asker.gql(REQUEST_ACCESS, {
      input: { smartAccountId: account.id, forMyself: true, reason: "Again" },
    });
    expect(duplicate.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "emails" }],
    });
    expect(await app.rowCounts()).toEqual(before);

    // Decline one: it goes after the pending one.
    const declined = await admin.gql(DECLINE_ACCESS, {
      id: created[0].id,
      reason: "Unknown person.",
    });
    expect(declined.data).toMatchObject({
      declineAccessRequest: {
        accessRequest: { status: "DECLINED", declineReason: "Unknown person." },
      },
    });
    const list = await admin.gql(ACCESS_REQUESTS, { sid: account.id, first: 10 });
    expect(list.data!.accessRequests.edges.map((e) => e.node.status)).toEqual([
      "PENDING",
      "DECLINED",
    ]);
    const pendingCount = await admin.gql(ACCESS_REQUESTS, {
      sid: account.id,
      status: "PENDING",
      first: 1,
    });
    expect(pendingCount.data!.accessRequests.totalCount).toBe(1);

    // Approve the other as USER on one virtual account only.
    const va = await admin.gql(CREATE_VA, {
      input: { smartAccountId: account.id, name: "Partner projects" },
    });
    const vaId = va.data!.createVirtualAccount.virtualAccount.id;
    const approved = await admin.gql(APPROVE_ACCESS, {
      input: { accessRequestId: created[1].id, role: "USER", virtualAccountIds: [vaId] },
    });
    expect(approved.data).toMatchObject({
      approveAccessRequest: {
        accessRequest: {
          status: "APPROVED",
          askedRole: "ADMINISTRATOR",
          grantedRole: "USER",
          grantedVirtualAccountIds: [vaId],
        },
      },
    });
    expect((await asker.gql(MY_ROLES, { id: account.id })).data).toEqual({
      smartAccount: { myRoles: [{ role: "USER", virtualAccountId: vaId }] },
    });
    expect(await subjects("pat@partner.example")).toContain("Access request approved: Cisco");
    const twice = await admin.gql(APPROVE_ACCESS, { input: { accessRequestId: created[1].id } });
    expect(twice.errors?.[0].extensions?.code).toBe("CONFLICT");
    const history = accountOf(await admin.gql(ACCOUNT, { id: account.id })).history!.map(
      (h) => h.type,
    );
    expect(history).toEqual(
      expect.arrayContaining(["ACCESS_REQUESTED", "ACCESS_DECLINED", "ACCESS_APPROVED"]),
    );
  });

  it("are decided by administrators only; the asker may cancel", async () => {
    const { admin, account, asker } = await setup();
    const res = await asker.gql(REQUEST_ACCESS, {
      input: { smartAccountId: account.id, forMyself: true, reason: "Please" },
    });
    const [request] = res.data!.requestAccess.accessRequests;
    const stranger = await registeredUser(app, { email: "eve@evil.example" });
    const before = await app.rowCounts();
    const self = await asker.gql(APPROVE_ACCESS, { input: { accessRequestId: request.id } });
    expect(self.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    // The account is unrestricted: a stranger may see its card, so is refused, not told it is not there.
    expect(
      (await stranger.gql(APPROVE_ACCESS, { input: { accessRequestId: request.id } })).errors?.[0]
        .extensions?.code,
    ).toBe("FORBIDDEN");
    expect(
      (await stranger.gql(CANCEL_ACCESS, { id: request.id })).errors?.[0].extensions?.code,
    ).toBe("NOT_FOUND");
    expect(
      (await stranger.gql(ACCESS_REQUESTS, { sid: account.id, first: 5 })).errors?.[0].extensions
        ?.code,
    ).toBe("FORBIDDEN");
    expect(await app.rowCounts()).toEqual(before);
    const cancelled = await asker.gql(CANCEL_ACCESS, { id: request.id });
    expect(cancelled.data).toMatchObject({
      cancelAccessRequest: { accessRequest: { status: "CANCELLED" } },
    });
    const mine = await asker.gql(ACCESS_REQUESTS, { first: 5 });
    expect(mine.data!.accessRequests.edges).toEqual([
      { node: expect.objectContaining({ status: "CANCELLED", smartAccountName: "Cisco" }) },
    ]);
    expect(
      (await admin.gql(APPROVE_ACCESS, { input: { accessRequestId: request.id } })).errors?.[0]
        .extensions?.code,
    ).toBe("CONFLICT");
  });

  it("go only to active accounts, and never grant APPROVER off the account's domain", async () => {
    const { admin, account, asker } = await setup();
    const pending = accountOf(
      await admin.gql(REQUEST, {
        input: {
          authorization: "SOMEONE_ELSE",
          name: "Cisco UK",
          approverEmails: ["boss@uk.cisco.com"],
          acknowledgeExistingAccounts: true,
        },
      }),
    );
    const early = await asker.gql(REQUEST_ACCESS, {
      input: { smartAccountId: pending.id, forMyself: true, reason: "x" },
    });
    expect(early.errors?.[0].extensions?.code).toBe("CONFLICT");
    const res = await asker.gql(REQUEST_ACCESS, {
      input: { smartAccountId: account.id, forMyself: true, reason: "x" },
    });
    const approver = await admin.gql(APPROVE_ACCESS, {
      input: { accessRequestId: res.data!.requestAccess.accessRequests[0].id, role: "APPROVER" },
    });
    expect(approver.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "role" }],
    });
  });

  it("are approved automatically for verified emails on the account's domain, up to the ceiling", async () => {
    const { admin, account } = await setup();
    const colleague = await registeredUser(app, { email: "bob@pl.cisco.com" });
    expect(
      (await colleague.gql(SET_AUTOMATION, { id: account.id, upTo: "USER" })).errors?.[0].extensions
        ?.code,
    ).toBe("FORBIDDEN");
    expect((await admin.gql(SET_AUTOMATION, { id: account.id, upTo: "USER" })).data).toMatchObject({
      setAccessAutomation: { smartAccount: { autoApproveUpTo: "USER" } },
    });
    const auto = await colleague.gql(REQUEST_ACCESS, {
      input: { smartAccountId: account.id, forMyself: true, reason: "New hire", role: "USER" },
    });
    expect(auto.data!.requestAccess.accessRequests[0]).toMatchObject({
      status: "APPROVED",
      autoApproved: true,
    });
    const above = await colleague.gql(REQUEST_ACCESS, {
      input: {
        smartAccountId: account.id,
        emails: ["carol@cisco.com"],
        reason: "New hire",
        role: "VIEWER",
      },
    });
    // carol has no verified user yet: an administrator decides.
    expect(above.data!.requestAccess.accessRequests[0]).toMatchObject({
      status: "PENDING",
      autoApproved: false,
    });
    const history = accountOf(await admin.gql(ACCOUNT, { id: account.id })).history!;
    expect(history.find((h) => h.type === "ACCESS_APPROVED")).toMatchObject({ actorEmail: null });
  });
});

describe("access already held", () => {
  it("is refused to the account's own administrator, naming the field and the role held", async () => {
    const { admin, account } = await setup();
    const before = await app.rowCounts();
    const res = await admin.gql(REQUEST_ACCESS, {
      input: { smartAccountId: account.id, forMyself: true, reason: "Mine", role: "USER" },
    });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [
        {
          field: "forMyself",
          message: "You are already Administrator of “Cisco”, which includes User access.",
        },
      ],
    });
    expect(await app.rowCounts()).toEqual(before);
  });

  it("is refused for the role the email holds on the account, and for a lower one", async () => {
    const { admin, account, asker } = await setup();
    await admin.gql(SET_ROLES, {
      input: { smartAccountId: account.id, email: "bob@cisco.com", roles: [{ role: "USER" }] },
    });
    const same = await asker.gql(REQUEST_ACCESS, {
      input: { smartAccountId: account.id, emails: ["Bob@cisco.com"], reason: "x", role: "USER" },
    });
    expect(same.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "emails", message: "bob@cisco.com is already User of “Cisco”." }],
    });
    const lower = await asker.gql(REQUEST_ACCESS, {
      input: {
        smartAccountId: account.id,
        emails: ["bob@cisco.com"],
        forMyself: true,
        reason: "x",
        role: "VIEWER",
      },
    });
    expect(lower.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [
        {
          field: "emails",
          message: "bob@cisco.com is already User of “Cisco”, which includes Viewer access.",
        },
      ],
    });
    // Nothing was asked for the others either: one refusal refuses the whole request.
    expect((await asker.gql(ACCESS_REQUESTS, { first: 5 })).data!.accessRequests.totalCount).toBe(
      0,
    );
    // A higher role than the one held is a fair request.
    const higher = await asker.gql(REQUEST_ACCESS, {
      input: {
        smartAccountId: account.id,
        emails: ["bob@cisco.com"],
        reason: "Runs the lab",
        role: "ADMINISTRATOR",
      },
    });
    expect(higher.data!.requestAccess.accessRequests[0]).toMatchObject({ status: "PENDING" });
  });

  it("is refused when approved on a virtual account that a role on the whole account covers", async () => {
    const { admin, account, asker } = await setup();
    const va = await admin.gql(CREATE_VA, {
      input: { smartAccountId: account.id, name: "Irvine Lab" },
    });
    const vaId = va.data!.createVirtualAccount.virtualAccount.id;
    const asked = await asker.gql(REQUEST_ACCESS, {
      input: { smartAccountId: account.id, forMyself: true, reason: "Lab", role: "ADMINISTRATOR" },
    });
    const [request] = asked.data!.requestAccess.accessRequests;
    // While it waits, the email is made USER of the whole account.
    await admin.gql(SET_ROLES, {
      input: {
        smartAccountId: account.id,
        email: "pat@partner.example",
        roles: [{ role: "USER" }],
      },
    });
    const before = await app.rowCounts();
    const onVa = await admin.gql(APPROVE_ACCESS, {
      input: { accessRequestId: request.id, role: "VIEWER", virtualAccountIds: [vaId] },
    });
    expect(onVa.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [
        {
          field: "virtualAccountIds",
          message:
            "pat@partner.example is already User of “Cisco”, which includes Viewer access and covers the “Irvine Lab” virtual account. Grant another role or scope, or decline the request.",
        },
      ],
    });
    const same = await admin.gql(APPROVE_ACCESS, {
      input: { accessRequestId: request.id, role: "USER" },
    });
    expect(same.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "role" }],
    });
    expect(await app.rowCounts()).toEqual(before);
    // What it asked for, ADMINISTRATOR, is more than USER: granted.
    const approved = await admin.gql(APPROVE_ACCESS, { input: { accessRequestId: request.id } });
    expect(approved.data).toMatchObject({
      approveAccessRequest: { accessRequest: { status: "APPROVED", grantedRole: "ADMINISTRATOR" } },
    });
  });
});

describe("users and roles", () => {
  it("are set by administrators, wait for unregistered emails, and never lose the last administrator", async () => {
    const { admin, account } = await setup();
    const set = await admin.gql(SET_ROLES, {
      input: {
        smartAccountId: account.id,
        email: "Newbie@Cisco.com",
        roles: [{ role: "VIEWER" }, { role: "APPROVER" }],
      },
    });
    expect(set.data).toMatchObject({
      setAccountUserRoles: { user: { email: "newbie@cisco.com", registered: false } },
    });
    const offDomain = await admin.gql(SET_ROLES, {
      input: { smartAccountId: account.id, email: "x@other.com", roles: [{ role: "APPROVER" }] },
    });
    expect(offDomain.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "roles" }],
    });
    const last = await admin.gql(SET_ROLES, {
      input: { smartAccountId: account.id, email: "ada@cisco.com", roles: [{ role: "USER" }] },
    });
    expect(last.errors?.[0].extensions?.code).toBe("CONFLICT");

    // The email registers and verifies: the roles are theirs, and an approver sees the users.
    const newbie = await registeredUser(app, { email: "newbie@cisco.com" });
    expect((await newbie.gql(MY_ROLE_NAMES, { id: account.id })).data).toEqual({
      smartAccount: { myRoles: expect.arrayContaining([{ role: "VIEWER" }, { role: "APPROVER" }]) },
    });
    const users = await newbie.gql(ACCOUNT_USERS, { id: account.id });
    expect(users.data!.accountUsers.map((u) => [u.email, u.registered])).toEqual([
      ["ada@cisco.com", true],
      ["newbie@cisco.com", true],
    ]);
    // An approver edits the details but does not manage users.
    const renamed = await newbie.gql(UPDATE_ACCOUNT, {
      input: {
        smartAccountId: account.id,
        name: "Cisco Systems",
        visibility: "RESTRICTED",
        company: { ...COMPANY, city: "San Jose" },
      },
    });
    expect(renamed.data).toMatchObject({
      updateSmartAccount: {
        smartAccount: {
          name: "Cisco Systems",
          visibility: "RESTRICTED",
          company: { city: "San Jose" },
        },
      },
    });
    const refused = await newbie.gql(SET_ROLES, {
      input: { smartAccountId: account.id, email: "z@cisco.com", roles: [{ role: "USER" }] },
    });
    expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    // Removing a user: an empty list.
    await admin.gql(SET_ROLES, {
      input: { smartAccountId: account.id, email: "newbie@cisco.com", roles: [] },
    });
    expect((await newbie.gql(MY_ROLE_NAMES, { id: account.id })).errors?.[0].extensions?.code).toBe(
      "NOT_FOUND",
    );
  });
});

describe("virtual accounts", () => {
  it("are created, nested, moved, renamed, made default and deleted only when empty", async () => {
    const { admin, account } = await setup();
    const create = async (name: string, parentId?: string) => {
      const res = await admin.gql(CREATE_VA, {
        input: { smartAccountId: account.id, name, parentId },
      });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.createVirtualAccount.virtualAccount;
    };
    const emea = await create("EMEA");
    const poland = await create("Poland", emea.id);
    expect(poland.parentId).toBe(emea.id);
    const dup = await admin.gql(CREATE_VA, { input: { smartAccountId: account.id, name: "EMEA" } });
    expect(dup.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "name" }],
    });
    const cycle = await admin.gql(UPDATE_VA, {
      input: { virtualAccountId: emea.id, parentId: poland.id },
    });
    expect(cycle.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "parentId" }],
    });
    expect((await admin.gql(DELETE_VA, { id: emea.id })).errors?.[0].extensions?.code).toBe(
      "CONFLICT",
    );
    const moved = await admin.gql(UPDATE_VA, {
      input: { virtualAccountId: poland.id, moveToTop: true, name: "Polska", makeDefault: true },
    });
    expect(moved.data).toMatchObject({
      updateVirtualAccount: { virtualAccount: { parentId: null, name: "Polska", isDefault: true } },
    });
    expect((await admin.gql(DELETE_VA, { id: poland.id })).errors?.[0].extensions?.code).toBe(
      "CONFLICT",
    );
    expect((await admin.gql(DELETE_VA, { id: emea.id })).errors).toBeUndefined();
    const tree = accountOf(await admin.gql(ACCOUNT, { id: account.id })).virtualAccounts;
    expect(tree).toEqual([
      { name: "DEFAULT", isDefault: false },
      { name: "Polska", isDefault: true },
    ]);
    const viewer = await registeredUser(app, { email: "vic@cisco.com" });
    await admin.gql(SET_ROLES, {
      input: { smartAccountId: account.id, email: "vic@cisco.com", roles: [{ role: "VIEWER" }] },
    });
    expect(
      (await viewer.gql(CREATE_VA, { input: { smartAccountId: account.id, name: "Mine" } }))
        .errors?.[0].extensions?.code,
    ).toBe("FORBIDDEN");
  });
});
