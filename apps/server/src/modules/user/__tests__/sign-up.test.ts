import { hash } from "@node-rs/argon2";
import { startTestApp, type TestApp } from "../../../../test/harness";
import {
  ME,
  PASSWORD,
  registeredUser,
  RESET,
  SIGN_IN,
  SIGN_UP,
  signUpInput,
} from "../../../../test/user-api";

// The real hash, watched: a taken address must cost the same argon2 work as a new one.
jest.mock("@node-rs/argon2", () => {
  const actual = jest.requireActual<typeof import("@node-rs/argon2")>("@node-rs/argon2");
  return { ...actual, hash: jest.fn(actual.hash) };
});

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

describe("registering a taken address", () => {
  it("answers as for a new one, hashes the password all the same, and tells the owner", async () => {
    const hashed = jest.mocked(hash);
    await app.client().gql(SIGN_IN, { email: "warm@up.example", password: PASSWORD });
    hashed.mockClear();
    const fresh = await app
      .client()
      .gql(SIGN_UP, { input: signUpInput({ email: "new@ccoesup.com" }) });
    expect(hashed).toHaveBeenCalledTimes(1);
    await registeredUser(app);
    const before = await app.rowCounts();
    hashed.mockClear();

    const taken = await app
      .client()
      .gql(SIGN_UP, { input: signUpInput({ email: "ADA@ccoesup.com", name: "Somebody Else" }) });
    expect(hashed).toHaveBeenCalledTimes(1);
    expect(taken.errors).toBeUndefined();
    const shape = (res: typeof taken) =>
      JSON.stringify(res.data).replace(/new@ccoesup\.com|ada@ccoesup\.com/g, "<email>");
    expect(shape(taken)).toBe(shape(fresh));
    expect(taken.data).toEqual({
      signUp: {
        email: "ada@ccoesup.com",
        message: "Check your email: we sent a message to ada@ccoesup.com with what to do next.",
      },
    });
    const after = await app.rowCounts();
    expect(after.users).toBe(before.users);
    expect(after.action_tokens).toBe(before.action_tokens);

    const notice = (await app.outbox("ada@ccoesup.com")).at(-1)!;
    expect(notice.subject).toBe("Someone tried to register with your address");
    expect(notice.textBody).toContain("http://app.test/sign-in");
    expect(notice.textBody).not.toContain("reset-password");
    expect(notice.textBody).not.toContain("Somebody Else");
    // The owner's password is untouched.
    const owner = app.client();
    expect(
      (await owner.gql(SIGN_IN, { email: "ada@ccoesup.com", password: PASSWORD })).errors,
    ).toBeUndefined();
    expect((await owner.gql(ME)).data).toMatchObject({ me: { name: "Ada Lovelace" } });
  });

  it("offers the owner of a never-verified account a reset link that takes it over", async () => {
    await app.client().gql(SIGN_UP, { input: signUpInput({ password: "squatter password" }) });
    await app.client().gql(SIGN_UP, { input: signUpInput() });
    const [, notice] = await app.outbox("ada@ccoesup.com");
    expect(notice.subject).toBe("Someone tried to register with your address");
    const token = await app.linkFrom("ada@ccoesup.com", "/reset-password");
    const reset = await app.client().gql(RESET, { token, password: "the owner's password" });
    expect(reset.data).toEqual({
      resetPassword: { user: { email: "ada@ccoesup.com", emailVerified: true } },
    });
    const squatter = await app
      .client()
      .gql(SIGN_IN, { email: "ada@ccoesup.com", password: "squatter password" });
    expect(squatter.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("sends the owner at most three account emails an hour, answering the same", async () => {
    await registeredUser(app);
    for (let i = 0; i < 5; i++) {
      const res = await app.client().gql(SIGN_UP, { input: signUpInput() });
      expect(res.data).toMatchObject({ signUp: { email: "ada@ccoesup.com" } });
    }
    expect(await app.outbox("ada@ccoesup.com")).toHaveLength(3);
  });
});

describe("spam through registration", () => {
  it("refuses the 31st registration in an hour from one address, writing nothing", async () => {
    const client = app.client("10.33.0.1");
    for (let i = 0; i < 30; i++) {
      const res = await client.gql(SIGN_UP, {
        input: signUpInput({ email: `u${i}@spam.example` }),
      });
      expect(res.errors).toBeUndefined();
    }
    const before = await app.rowCounts();
    const res = await client.gql(SIGN_UP, {
      input: signUpInput({ email: "victim@elsewhere.example" }),
    });
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe("RATE_LIMITED");
    expect(await app.rowCounts()).toEqual(before);
  });

  it("never puts the caller's name into the email", async () => {
    const name = "Prize at evil.example/claim";
    await app.client().gql(SIGN_UP, { input: signUpInput({ name }) });
    const [email] = await app.outbox("ada@ccoesup.com");
    expect(email.textBody.startsWith("Hello,\n")).toBe(true);
    for (const body of [email.textBody, email.htmlBody, email.subject]) {
      expect(body).not.toContain("evil.example");
      expect(body).not.toContain("Prize");
    }
  });
});
