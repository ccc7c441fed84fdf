import { startTestApp, type TestApp } from "../../../../test/harness";
import { SIGN_UP, signUpInput } from "../../../../test/user-api";

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

describe("the development mailbox", () => {
  it("keeps emails in the outbox without SMTP and shows them newest first with working links", async () => {
    await app.client().gql(SIGN_UP, { input: signUpInput({ email: "ada@ccoesup.com" }) });
    app.clock.advance(1000);
    await app.client().gql(SIGN_UP, { input: signUpInput({ email: "bob@ccoesup.com" }) });
    const res = await fetch(`${app.url}/dev/mailbox`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      emails: { to: string; subject: string; text: string; status: string }[];
    };
    expect(body.emails.map((e) => e.to)).toEqual(["bob@ccoesup.com", "ada@ccoesup.com"]);
    expect(body.emails[0]).toMatchObject({
      subject: "Verify your email address",
      status: "PENDING",
    });
    expect(body.emails[0].text).toMatch(/http:\/\/app\.test\/verify-email\?token=[\w-]+/);
  });
});

describe("with SMTP configured", () => {
  it("has no mailbox: the emails are really sent, and their links stay private", async () => {
    const withSmtp = await startTestApp({ env: { SMTP_URL: "smtp://127.0.0.1:2525" } });
    try {
      expect((await fetch(`${withSmtp.url}/dev/mailbox`)).status).toBe(404);
    } finally {
      await withSmtp.close();
    }
  });
});
