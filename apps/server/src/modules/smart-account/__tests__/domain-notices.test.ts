import { startTestApp, type TestApp } from "../../../../test/harness";
import { activeAccount, registeredUser, SET_ROLES } from "../../../../test/account-api";

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

const SUBJECT = "A new Smart Account was requested under eu.d.example";

describe("a new account under a domain that already has accounts", () => {
  it("emails each administrator once, naming every account of theirs on the domain", async () => {
    const adm = await registeredUser(app, { email: "adm@d.example" });
    await activeAccount(adm, "D One");
    const us = await registeredUser(app, { email: "x@us.d.example" });
    const two = await activeAccount(us, "D Two");
    const granted = await us.gql(SET_ROLES, {
      input: { smartAccountId: two.id, email: "adm@d.example", roles: [{ role: "ADMINISTRATOR" }] },
    });
    expect(granted.errors).toBeUndefined();

    const eu = await registeredUser(app, { email: "z@eu.d.example" });
    await activeAccount(eu, "D Three");

    const toAdm = (await app.outbox("adm@d.example")).filter((e) => e.subject === SUBJECT);
    expect(toAdm).toHaveLength(1);
    expect(toAdm[0].textBody).toContain('"D One" (d.example)');
    expect(toAdm[0].textBody).toContain('"D Two" (us.d.example)');
    expect(toAdm[0].textBody).toContain('"D Three" (eu.d.example)');

    const toUs = (await app.outbox("x@us.d.example")).filter((e) => e.subject === SUBJECT);
    expect(toUs).toHaveLength(1);
    expect(toUs[0].textBody).toContain('"D Two" (us.d.example)');
    expect(toUs[0].textBody).not.toContain('"D One"');
  });
});
