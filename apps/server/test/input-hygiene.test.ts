import { startTestApp, type Client, type GqlResult, type TestApp } from "./harness";
import {
  ACCOUNT,
  accountOf,
  activeAccount,
  approvalToken,
  APPROVE,
  CHECK,
  COMPANY,
  CREATE_VA,
  DECLINE_ACCESS,
  DENY,
  FORWARD,
  NOMINATE_CREATORS,
  registeredUser,
  REJECT_DOMAIN,
  REQUEST,
  REQUEST_ACCESS,
  REQUEST_FOR_CUSTOMER,
  RESUBMIT,
  SET_ROLES,
  staffClient,
  UPDATE_ACCOUNT,
  UPDATE_VA,
} from "./account-api";
import { graphql } from "./gql";
import type { RequestSmartAccountForCustomerInput, RequestSmartAccountInput } from "./gql/graphql";
import { ME, PASSWORD, SIGN_IN, signUpInput, VERIFY } from "./user-api";

// Trimming, deliverable addresses, look-alike identifiers and links in names, through GraphQL.

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

const SIGN_UP = graphql(`
  mutation HygieneSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      __typename
    }
  }
`);
const RESEND_VERIFICATION = graphql(`
  mutation HygieneResendVerification($email: String!) {
    resendVerificationEmail(input: { email: $email }) {
      accepted
    }
  }
`);
const REQUEST_RESET = graphql(`
  mutation HygieneRequestReset($email: String!) {
    requestPasswordReset(input: { email: $email }) {
      accepted
    }
  }
`);
const MESSAGE = graphql(`
  query HygieneMessage($id: ID!) {
    smartAccount(id: $id) {
      messageToApprovers
      company {
        city
      }
    }
  }
`);

type Fields = Array<{ field: string; message: string }>;

/** The call is refused as BAD_USER_INPUT naming `field` (and `mentions`), and nothing was written. */
async function expectRefused(
  call: () => Promise<GqlResult>,
  field: string,
  mentions?: string,
): Promise<Fields> {
  const before = await app.rowCounts();
  const res = await call();
  expect(res.data).toBeNull();
  expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  const fields = res.errors?.[0]?.extensions?.fields ?? [];
  const named = fields.find((f) => f.field === field);
  expect({ fields, named: Boolean(named) }).toMatchObject({ named: true });
  if (mentions) expect(named!.message).toContain(mentions);
  expect(await app.rowCounts()).toEqual(before);
  return fields;
}

const someoneElse = (
  overrides: Partial<RequestSmartAccountInput> = {},
): RequestSmartAccountInput => ({
  authorization: "SOMEONE_ELSE",
  name: "Example Corp",
  approverEmails: ["approver@example.com"],
  ...overrides,
});

const forCustomer = (
  overrides: Partial<RequestSmartAccountForCustomerInput> = {},
): RequestSmartAccountForCustomerInput => ({
  name: "Customer Corp",
  customerEmails: ["buyer@customer.example"],
  ...overrides,
});

/** Registers with an address typed on an internationalised domain, emailed in punycode. */
async function registeredIdn(typed: string, stored: string): Promise<Client> {
  const client = app.client();
  const signUp = await client.gql(SIGN_UP, { input: signUpInput({ email: typed }) });
  if (signUp.errors) throw new Error(JSON.stringify(signUp.errors));
  const verified = await client.gql(VERIFY, { token: await app.linkFrom(stored, "/verify-email") });
  if (verified.errors) throw new Error(JSON.stringify(verified.errors));
  const signIn = await client.gql(SIGN_IN, { email: stored, password: PASSWORD });
  if (signIn.errors) throw new Error(JSON.stringify(signIn.errors));
  return client;
}

/** A pending account on example.com and a signed-in approver holding its link. */
async function pendingAccount() {
  const requester = await registeredUser(app, { email: "req@example.com" });
  const account = accountOf(await requester.gql(REQUEST, { input: someoneElse() }));
  const approver = await registeredUser(app, { email: "approver@example.com" });
  return { requester, approver, account };
}

/** An ACTIVE account administered by admin@acme.example, and one pending access request to it. */
async function accountWithAccessRequest() {
  const admin = await registeredUser(app, { email: "admin@acme.example" });
  const account = await activeAccount(admin, "Acme");
  const asker = await registeredUser(app, { email: "asker@acme.example" });
  const asked = await asker.gql(REQUEST_ACCESS, {
    input: { smartAccountId: account.id, forMyself: true, reason: "Work" },
  });
  if (asked.errors) throw new Error(JSON.stringify(asked.errors));
  return { admin, account, accessRequestId: asked.data!.requestAccess.accessRequests[0].id };
}

describe("text is trimmed, and a required text of blanks is refused", () => {
  it("stores a name as trimmed", async () => {
    const client = await registeredUser(app, { name: " \tAnn \n", company: "  Acme  " });
    const me = await client.gql(ME);
    expect(me.data!.me).toMatchObject({ name: "Ann", company: "Acme" });
  });

  it.each([
    ["name", { name: " \n\t " }],
    ["company", { company: "   " }],
    ["name", { name: "\u200B\u00A0" }],
  ])("refuses a sign-up whose %s is blank", async (field, overrides) => {
    await expectRefused(() => app.client().gql(SIGN_UP, { input: signUpInput(overrides) }), field);
  });

  it("keeps a password exactly as typed, spaces included", async () => {
    const password = `  ${PASSWORD}  `;
    await registeredUser(app, { email: "spaces@example.com", password });
    const exact = await app.client().gql(SIGN_IN, { email: "spaces@example.com", password });
    expect(exact.errors).toBeUndefined();
    const trimmed = await app
      .client()
      .gql(SIGN_IN, { email: "spaces@example.com", password: password.trim() });
    expect(trimmed.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses a denial whose reason is only whitespace", async () => {
    const { approver, account } = await pendingAccount();
    await expectRefused(() => approver.gql(DENY, { id: account.id, reason: "  \n\t " }), "reason");
    const after = accountOf(await approver.gql(ACCOUNT, { id: account.id }));
    expect(after.status).toBe("PENDING_CUSTOMER_ACCEPTANCE");
  });

  it("refuses declining an access request with a blank reason", async () => {
    const { admin, accessRequestId } = await accountWithAccessRequest();
    await expectRefused(
      () => admin.gql(DECLINE_ACCESS, { id: accessRequestId, reason: "  " }),
      "reason",
    );
  });

  it("trims the reason that is given", async () => {
    const { admin, accessRequestId } = await accountWithAccessRequest();
    const res = await admin.gql(DECLINE_ACCESS, {
      id: accessRequestId,
      reason: "  Not on the project.  ",
    });
    expect(res.data!.declineAccessRequest.accessRequest.declineReason).toBe("Not on the project.");
  });

  it("refuses blank account names and a blank city, writing nothing", async () => {
    const client = await registeredUser(app, { email: "ada@example.com" });
    await expectRefused(() => client.gql(REQUEST, { input: someoneElse({ name: " " }) }), "name");
    await expectRefused(
      () =>
        client.gql(REQUEST, {
          input: {
            authorization: "REQUESTER",
            name: "Example",
            company: { ...COMPANY, city: " " },
            acceptTerms: true,
          },
        }),
      "company.city",
    );
    await expectRefused(
      () => client.gql(REQUEST_FOR_CUSTOMER, { input: forCustomer({ name: "\t" }) }),
      "name",
    );
  });

  it("refuses blank names of accounts and virtual accounts on change", async () => {
    const admin = await registeredUser(app, { email: "admin@acme.example" });
    const account = await activeAccount(admin, "Acme");
    await expectRefused(
      () => admin.gql(UPDATE_ACCOUNT, { input: { smartAccountId: account.id, name: "  " } }),
      "name",
    );
    await expectRefused(
      () =>
        admin.gql(UPDATE_ACCOUNT, {
          input: { smartAccountId: account.id, company: { ...COMPANY, city: " " } },
        }),
      "company.city",
    );
    await expectRefused(
      () => admin.gql(CREATE_VA, { input: { smartAccountId: account.id, name: " " } }),
      "name",
    );
    const created = await admin.gql(CREATE_VA, {
      input: { smartAccountId: account.id, name: "  Lab  " },
    });
    expect(created.data!.createVirtualAccount.virtualAccount.name).toBe("Lab");
    await expectRefused(
      () =>
        admin.gql(UPDATE_VA, {
          input: {
            virtualAccountId: created.data!.createVirtualAccount.virtualAccount.id,
            name: "  ",
          },
        }),
      "name",
    );
  });

  it("stores an optional message of blanks as none, and trims a city", async () => {
    const requester = await registeredUser(app, { email: "req@example.com" });
    const account = accountOf(
      await requester.gql(REQUEST, {
        input: someoneElse({ message: "  \n ", company: { ...COMPANY, city: "  Irvine " } }),
      }),
    );
    const read = await requester.gql(MESSAGE, { id: account.id });
    expect(read.data!.smartAccount).toEqual({
      messageToApprovers: null,
      company: { city: "Irvine" },
    });
  });
});

describe("only addresses a mail server takes", () => {
  const UNDELIVERABLE = [
    '"a b"@x.com',
    "a..b@x.com",
    ".a@x.com",
    "a.@x.com",
    "a@x",
    "a@-x.com",
    "a@x..com",
    "a@1.2.3.4",
    "a@[1.2.3.4]",
    "a(comment)@x.com",
    `${"a".repeat(65)}@x.com`,
    `a@${"b".repeat(64)}.com`,
  ];

  it.each(UNDELIVERABLE)("refuses %j at sign-up, writing nothing", async (email) => {
    await expectRefused(
      () => app.client().gql(SIGN_UP, { input: signUpInput({ email }) }),
      "email",
    );
  });

  it("takes a dot-atom address on an internationalised domain, in punycode", async () => {
    const client = await registeredIdn("o'brien+tag@bücher.de", "o'brien+tag@xn--bcher-kva.de");
    const me = await client.gql(ME);
    expect(me.data!.me.email).toBe("o'brien+tag@xn--bcher-kva.de");
  });

  it("refuses one at verification resend and password reset", async () => {
    await expectRefused(
      () => app.client().gql(RESEND_VERIFICATION, { email: '"a b"@x.com' }),
      "email",
    );
    await expectRefused(() => app.client().gql(REQUEST_RESET, { email: '"a b"@x.com' }), "email");
  });

  it("names the address refused in each list of a request", async () => {
    const client = await registeredUser(app, { email: "ada@example.com" });
    await expectRefused(
      () =>
        client.gql(REQUEST, {
          input: someoneElse({ approverEmails: ["ok@example.com", '"a b"@x.com'] }),
        }),
      "approverEmails",
      '"a b"@x.com',
    );
    await expectRefused(
      () =>
        client.gql(REQUEST, { input: someoneElse({ administratorEmails: ["a..b@example.com"] }) }),
      "administratorEmails",
      "a..b@example.com",
    );
    const partner = await registeredUser(app, {
      email: "pat@partner.example",
      organisationType: "PARTNER",
    });
    await expectRefused(
      () =>
        partner.gql(REQUEST_FOR_CUSTOMER, {
          input: forCustomer({ customerEmails: ["x y@customer.example"] }),
        }),
      "customerEmails",
      "x y@customer.example",
    );
    await expectRefused(
      () =>
        partner.gql(REQUEST_FOR_CUSTOMER, {
          input: forCustomer({ userEmails: ["user@customer"] }),
        }),
      "userEmails",
      "user@customer",
    );
  });

  it("refuses one when forwarding, nominating, asking access and setting roles", async () => {
    const { approver, requester, account } = await pendingAccount();
    await approvalToken(app, "approver@example.com");
    await expectRefused(
      () => approver.gql(FORWARD, { id: account.id, email: '"a b"@example.com' }),
      "email",
    );
    await expectRefused(
      () =>
        requester.gql(NOMINATE_CREATORS, {
          id: account.id,
          emails: ["good@example.com", ".bad@example.com"],
        }),
      "emails",
      ".bad@example.com",
    );

    const admin = await registeredUser(app, { email: "admin@acme.example" });
    const active = await activeAccount(admin, "Acme");
    await expectRefused(
      () =>
        admin.gql(REQUEST_ACCESS, {
          input: { smartAccountId: active.id, emails: ['"a b"@acme.example'], reason: "Work" },
        }),
      "emails",
      '"a b"@acme.example',
    );
    await expectRefused(
      () =>
        admin.gql(SET_ROLES, {
          input: {
            smartAccountId: active.id,
            email: '"a b"@acme.example',
            roles: [{ role: "USER" }],
          },
        }),
      "email",
    );
  });
});

describe("look-alike identifiers need a domain approver", () => {
  const LOOK_ALIKE = "аррӏе.com"; // all Cyrillic
  const PHONE = "+1 949 555 0100";

  async function appleAccount(): Promise<Client> {
    const ceo = await registeredUser(app, { email: "ceo@apple.com" });
    const account = await activeAccount(ceo, "Apple Inc");
    expect(account.status).toBe("ACTIVE");
    return ceo;
  }

  it("says so in checkDomain: a non-Latin label, and confusable with an existing account", async () => {
    await appleAccount();
    const tim = await registeredIdn(`tim@${LOOK_ALIKE}`, "tim@xn--80ak6aa92e.com");
    const check = await tim.gql(CHECK, { d: LOOK_ALIKE });
    expect(check.data!.checkDomain).toMatchObject({
      identifier: "xn--80ak6aa92e.com",
      reviewRequired: true,
      reviewReasons: ["NON_LATIN_SCRIPT", "CONFUSABLE_WITH_EXISTING"],
    });
    const own = await tim.gql(CHECK, {
      d: "apple.com",
    });
    expect(own.data!.checkDomain.reviewReasons).not.toContain("CONFUSABLE_WITH_EXISTING");
  });

  it("sends a self-authorized look-alike to review, which needs a contact phone", async () => {
    await appleAccount();
    const tim = await registeredIdn(`tim@${LOOK_ALIKE}`, "tim@xn--80ak6aa92e.com");
    const input: RequestSmartAccountInput = {
      authorization: "REQUESTER",
      name: "Apple Inc",
      company: COMPANY,
      acceptTerms: true,
      acknowledgeExistingAccounts: true,
    };
    await expectRefused(() => tim.gql(REQUEST, { input }), "contactPhone");
    const account = accountOf(await tim.gql(REQUEST, { input: { ...input, contactPhone: PHONE } }));
    expect(account).toMatchObject({
      status: "PENDING_DOMAIN_APPROVAL",
      domainIdentifier: "xn--80ak6aa92e.com",
      domain: {
        status: "PENDING_APPROVAL",
        reviewReasons: ["NON_LATIN_SCRIPT", "CONFUSABLE_WITH_EXISTING"],
      },
      virtualAccounts: [],
    });
  });

  it("flags a Latin look-alike (app1e.com) only as confusable", async () => {
    await appleAccount();
    const eve = await registeredUser(app, { email: "eve@app1e.com" });
    const account = accountOf(
      await eve.gql(REQUEST, {
        input: {
          authorization: "REQUESTER",
          name: "App1e",
          company: COMPANY,
          acceptTerms: true,
          contactPhone: PHONE,
        },
      }),
    );
    expect(account).toMatchObject({
      status: "PENDING_DOMAIN_APPROVAL",
      domain: { reviewReasons: ["CONFUSABLE_WITH_EXISTING"] },
    });
  });

  it("sends any non-Latin label to review, with no look-alike around", async () => {
    const ivan = await registeredIdn("ivan@пример.рф", "ivan@xn--e1afmkfd.xn--p1ai");
    const account = accountOf(
      await ivan.gql(REQUEST, {
        input: {
          authorization: "REQUESTER",
          name: "Пример",
          company: COMPANY,
          acceptTerms: true,
          contactPhone: PHONE,
        },
      }),
    );
    expect(account).toMatchObject({
      status: "PENDING_DOMAIN_APPROVAL",
      domain: { reviewReasons: ["NON_LATIN_SCRIPT"] },
    });
  });

  it("leaves a Latin identifier with no look-alike as it was: ACTIVE at once", async () => {
    await appleAccount();
    const other = await registeredUser(app, { email: "ops@orchard.example" });
    const account = await activeAccount(other, "Orchard");
    expect(account.status).toBe("ACTIVE");
  });

  it("compares with the identifier an account has after a resubmission", async () => {
    const requester = await registeredUser(app, { email: "ceo@apple.com" });
    const account = accountOf(
      await requester.gql(REQUEST, {
        input: {
          authorization: "REQUESTER",
          name: "Apple Inc",
          company: COMPANY,
          acceptTerms: true,
          domainIdentifier: "orchard.example",
          contactPhone: PHONE,
        },
      }),
    );
    const staff = await staffClient(app);
    const rejected = await staff.gql(REJECT_DOMAIN, {
      id: account.domain!.id,
      reason: "Not yours.",
    });
    expect(rejected.errors).toBeUndefined();
    const resubmitted = await requester.gql(RESUBMIT, { id: account.id, d: "apple.com", p: PHONE });
    expect(resubmitted.errors).toBeUndefined();
    const check = await requester.gql(CHECK, {
      d: "app1e.com",
      a: "x@app1e.com",
    });
    expect(check.data!.checkDomain.reviewReasons).toEqual(["CONFUSABLE_WITH_EXISTING"]);
  });
});

describe("names carry no links", () => {
  const LINKS = [
    "WIN A PRIZE at https://evil.example/claim",
    "visit www.evil.example",
    "ftp://files.example",
    "mailto:boss@evil.example",
    "javascript:alert(1)",
    "ｈｔｔｐｓ://evil.example",
  ];

  it("accepts a dot in a name: Booking.com B.V.", async () => {
    const client = await registeredUser(app, {
      email: "ann@booking.example",
      name: "Ann from Booking.com",
      company: "Booking.com B.V.",
    });
    const account = await activeAccount(client, "Booking.com B.V.", {
      company: { ...COMPANY, name: "Booking.com B.V." },
    });
    expect(account).toMatchObject({ name: "Booking.com B.V.", status: "ACTIVE" });
  });

  it.each(LINKS)("refuses %j as a person's or company's name at sign-up", async (text) => {
    await expectRefused(
      () => app.client().gql(SIGN_UP, { input: signUpInput({ name: text }) }),
      "name",
    );
    await expectRefused(
      () => app.client().gql(SIGN_UP, { input: signUpInput({ company: text }) }),
      "company",
    );
  });

  it("refuses a link in account, company and virtual account names wherever they are set", async () => {
    const link = LINKS[0];
    const client = await registeredUser(app, { email: "ada@example.com" });
    await expectRefused(() => client.gql(REQUEST, { input: someoneElse({ name: link }) }), "name");
    await expectRefused(
      () => client.gql(REQUEST, { input: someoneElse({ company: { ...COMPANY, name: link } }) }),
      "company.name",
    );
    const partner = await registeredUser(app, {
      email: "pat@partner.example",
      organisationType: "PARTNER",
    });
    await expectRefused(
      () => partner.gql(REQUEST_FOR_CUSTOMER, { input: forCustomer({ name: link }) }),
      "name",
    );

    const { approver, account } = await pendingAccount();
    await expectRefused(
      () =>
        approver.gql(APPROVE, {
          input: { smartAccountId: account.id, acceptTerms: true, name: link },
        }),
      "name",
    );

    const admin = await registeredUser(app, { email: "admin@acme.example" });
    const active = await activeAccount(admin, "Acme");
    await expectRefused(
      () => admin.gql(UPDATE_ACCOUNT, { input: { smartAccountId: active.id, name: link } }),
      "name",
    );
    await expectRefused(
      () =>
        admin.gql(UPDATE_ACCOUNT, {
          input: { smartAccountId: active.id, company: { ...COMPANY, name: link } },
        }),
      "company.name",
    );
    await expectRefused(
      () =>
        admin.gql(CREATE_VA, { input: { smartAccountId: active.id, name: "www.evil.example" } }),
      "name",
    );
    const va = await admin.gql(CREATE_VA, {
      input: { smartAccountId: active.id, name: "Lab" },
    });
    await expectRefused(
      () =>
        admin.gql(UPDATE_VA, {
          input: { virtualAccountId: va.data!.createVirtualAccount.virtualAccount.id, name: link },
        }),
      "name",
    );
  });
});
