import { startTestApp, type TestApp } from "../../../../test/harness";
import {
  accountOf,
  activeAccount,
  APPROVE,
  APPROVE_DOMAIN,
  COMPANY,
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

describe("the approver's own email host as the identifier", () => {
  it("is refused when a domain approver would have to review it (a look-alike of an account)", async () => {
    const apple = await registeredUser(app, { email: "admin@apple.com" });
    await activeAccount(apple, "Apple Inc");
    const staff = await staffClient(app);
    const zed = await registeredUser(app, { email: "zed@zeta-corp.com" });
    const account = accountOf(
      await zed.gql(REQUEST, {
        input: {
          authorization: "SOMEONE_ELSE",
          name: "Fruit",
          domainIdentifier: "fruit.zeta-corp.com",
          contactPhone: "+1 949 555 0100",
          approverEmails: ["boss@xn--80ak6aa92e.com"],
          acknowledgeExistingAccounts: true,
        },
      }),
    );
    await staff.gql(APPROVE_DOMAIN, { id: account.domain!.id });
    const boss = await registeredUser(app, { email: "boss@xn--80ak6aa92e.com" });
    const before = await app.rowCounts();
    const res = await boss.gql(APPROVE, {
      input: {
        smartAccountId: account.id,
        acceptTerms: true,
        company: COMPANY,
        identifierChoice: "APPROVER_EMAIL_HOST",
      },
    });
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "identifierChoice" }],
    });
    expect(await app.rowCounts()).toEqual(before);

    const kept = await boss.gql(APPROVE, {
      input: { smartAccountId: account.id, acceptTerms: true, company: COMPANY },
    });
    expect(kept.data!.approveSmartAccount.smartAccount).toMatchObject({
      status: "ACTIVE",
      domainIdentifier: "fruit.zeta-corp.com",
    });
  });
});
