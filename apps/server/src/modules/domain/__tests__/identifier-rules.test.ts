import { startTestApp, type TestApp } from "../../../../test/harness";
import {
  accountOf,
  activeAccount,
  REJECT_DOMAIN,
  REQUEST,
  REQUEST_FOR_CUSTOMER,
  RESUBMIT,
  staffClient,
} from "../../../../test/account-api";
import { graphql } from "../../../../test/gql";
import { registeredUser } from "../../../../test/user-api";

// checkDomain says, for the flow it is asked for, what that flow's request would refuse; these
// tests hold the two to the same words, so the console can show at the field what Send refuses.

const CHECK_FLOW = graphql(`
  query CheckDomainForFlow($d: String!, $a: String, $flow: DomainCheckFlow!) {
    checkDomain(domainIdentifier: $d, approverEmail: $a, flow: $flow) {
      valid
      identifier
      reviewRequired
      reviewReasons
      identifierAvailable
      refusals {
        code
        field
        message
      }
      existingAccounts {
        name
        exactMatch
      }
    }
  }
`);
const CHECK_DEFAULT = graphql(`
  query CheckDomainDefaultFlow($d: String!) {
    checkDomain(domainIdentifier: $d) {
      refusals {
        code
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

const partner = () =>
  registeredUser(app, { email: "pat@partner.example", organisationType: "PARTNER" });

describe("checkDomain's refusals, by flow", () => {
  it("refuse a partner's own domain for a customer, in the request's words, and not for the partner's company", async () => {
    const pat = await partner();
    const check = await pat.gql(CHECK_FLOW, {
      d: "eu.partner.example",
      a: "ceo@acme.com",
      flow: "CUSTOMER",
    });
    const [refusal] = check.data!.checkDomain.refusals;
    expect(check.data!.checkDomain.refusals).toEqual([
      { code: "PARTNER_OWN_DOMAIN", field: "domainIdentifier", message: expect.any(String) },
    ]);
    const sent = await pat.gql(REQUEST_FOR_CUSTOMER, {
      input: {
        name: "Holding",
        customerEmails: ["ceo@acme.com"],
        domainIdentifier: "eu.partner.example",
        contactPhone: "+1 949 555 0100",
      },
    });
    expect(sent.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "domainIdentifier", message: refusal.message }],
    });
    // For the partner's own company the same identifier is a fair request.
    const mine = await pat.gql(CHECK_FLOW, { d: "partner.example", flow: "MY_COMPANY" });
    expect(mine.data!.checkDomain).toMatchObject({ refusals: [], reviewRequired: false });
    // MY_COMPANY is the default: today's callers get no refusal they did not get before.
    const byDefault = await pat.gql(CHECK_DEFAULT, { d: "partner.example" });
    expect(byDefault.data!.checkDomain.refusals).toEqual([]);
  });

  it("refuse a held identifier as the request does, and say it is not available", async () => {
    const ada = await registeredUser(app, { email: "ada@ccoesup.com" });
    await activeAccount(ada, "CCO Esup, Inc.");
    const bob = await registeredUser(app, { email: "bob@ccoesup.com" });
    const check = await bob.gql(CHECK_FLOW, { d: "ccoesup.com", flow: "MY_COMPANY" });
    expect(check.data!.checkDomain).toMatchObject({
      identifierAvailable: false,
      // The approver's own host: no review, but that is not what decides here.
      reviewRequired: false,
      refusals: [
        {
          code: "IDENTIFIER_HELD",
          field: "domainIdentifier",
          message: "ccoesup.com is already held by the Smart Account “CCO Esup, Inc.” (active).",
        },
      ],
    });
    const sent = await bob.gql(REQUEST, {
      input: {
        authorization: "SOMEONE_ELSE",
        name: "CCO Again",
        approverEmails: ["bob@ccoesup.com"],
        acknowledgeExistingAccounts: true,
      },
    });
    expect(sent.errors?.[0]).toMatchObject({
      message: check.data!.checkDomain.refusals[0].message,
      extensions: { code: "CONFLICT" },
    });
    // A prefix on the domain is free: no refusal, the domain's account still listed.
    const prefixed = await bob.gql(CHECK_FLOW, {
      d: "lab.ccoesup.com",
      a: "bob@ccoesup.com",
      flow: "MY_COMPANY",
    });
    expect(prefixed.data!.checkDomain).toMatchObject({
      identifierAvailable: true,
      refusals: [],
      reviewReasons: ["NOT_APPROVER_HOST"],
      existingAccounts: [{ name: "CCO Esup, Inc.", exactMatch: false }],
    });
  });

  it("refuse the customer flow to a caller who is not a partner, as the request does", async () => {
    const ada = await registeredUser(app, { email: "ada@acme.com" });
    const check = await ada.gql(CHECK_FLOW, { d: "acme.com", flow: "CUSTOMER" });
    const refusals = check.data!.checkDomain.refusals;
    expect(refusals.map((r) => r.code)).toEqual(["NOT_A_PARTNER"]);
    const sent = await ada.gql(REQUEST_FOR_CUSTOMER, {
      input: { name: "Acme", customerEmails: ["ceo@acme.com"] },
    });
    expect(sent.errors?.[0]).toMatchObject({
      message: refusals[0].message,
      extensions: { code: "FORBIDDEN" },
    });
    // An invalid identifier still says who may not use the flow.
    const invalid = await ada.gql(CHECK_FLOW, { d: "not a domain", flow: "CUSTOMER" });
    expect(invalid.data!.checkDomain).toMatchObject({
      valid: false,
      refusals: [{ code: "NOT_A_PARTNER" }],
    });
  });

  it("hold a resubmitted identifier to the flow's rules: a partner's own domain is refused there too", async () => {
    const pat = await partner();
    const account = accountOf(
      await pat.gql(REQUEST_FOR_CUSTOMER, {
        input: {
          name: "Acme",
          customerEmails: ["ceo@acme.com"],
          domainIdentifier: "acme.net",
          contactPhone: "+1 949 555 0100",
        },
      }),
    );
    const staff = await staffClient(app);
    await staff.gql(REJECT_DOMAIN, { id: account.domain!.id, reason: "Not theirs." });
    const check = await pat.gql(CHECK_FLOW, {
      d: "partner.example",
      a: "ceo@acme.com",
      flow: "CUSTOMER",
    });
    const resubmitted = await pat.gql(RESUBMIT, {
      id: account.id,
      d: "partner.example",
      p: "+1 949 555 0100",
    });
    expect(resubmitted.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "domainIdentifier", message: check.data!.checkDomain.refusals[0].message }],
    });
  });
});
