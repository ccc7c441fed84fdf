import { MINUTE } from "../../../common/clock";
import { startTestApp, type Client, type TestApp } from "../../../../test/harness";
import {
  ME,
  PASSWORD,
  registeredUser,
  REQUEST_RESET,
  RESET,
  SIGN_IN,
  SIGN_OUT,
} from "../../../../test/user-api";

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

const EMAIL = "ada@ccoesup.com";
const NEW_PASSWORD = "a brand new password";

const code = (res: { errors?: { extensions?: { code?: string } }[] }) =>
  res.errors?.[0]?.extensions?.code ?? "OK";

async function fail(client: Client, email = EMAIL): Promise<string> {
  return code(await client.gql(SIGN_IN, { email, password: "not the password" }));
}

/** Strangers from `count` addresses, each failing once for the email. */
async function strangersFail(count: number, from = 0): Promise<string[]> {
  const codes: string[] = [];
  for (let i = from; i < from + count; i++) codes.push(await fail(app.client(`10.66.0.${i}`)));
  return codes;
}

describe("per email across addresses", () => {
  it("holds new browsers after ten failures, for longer as failures go on", async () => {
    await registeredUser(app);
    expect(await strangersFail(10)).toEqual(Array(10).fill("UNAUTHENTICATED"));
    const before = await app.rowCounts();
    expect(await fail(app.client("10.66.1.1"))).toBe("RATE_LIMITED");
    const newBrowser = app.client("10.66.1.2");
    expect(code(await newBrowser.gql(SIGN_IN, { email: EMAIL, password: PASSWORD }))).toBe(
      "RATE_LIMITED",
    );
    expect(await app.rowCounts()).toEqual(before);

    // After 15 minutes ten more are checked; then the hour's window holds the email.
    app.clock.advance(16 * MINUTE);
    expect(await strangersFail(10, 20)).toEqual(Array(10).fill("UNAUTHENTICATED"));
    expect(await fail(app.client("10.66.1.3"))).toBe("RATE_LIMITED");
    app.clock.advance(16 * MINUTE);
    expect(await fail(app.client("10.66.1.4"))).toBe("RATE_LIMITED");
    app.clock.advance(30 * MINUTE);
    expect(code(await newBrowser.gql(SIGN_IN, { email: EMAIL, password: PASSWORD }))).toBe("OK");
  });

  it("lets the owner in from a browser that signed in before, while twenty addresses hammer", async () => {
    const owner = await registeredUser(app);
    expect(owner.deviceCookie).toMatch(/^sam_device=/);
    await owner.gql(SIGN_OUT);
    expect(owner.deviceCookie).not.toBeNull();

    const codes: string[] = [];
    for (let round = 0; round < 3; round++) codes.push(...(await strangersFail(20)));
    expect(codes.filter((c) => c === "UNAUTHENTICATED")).toHaveLength(10);

    const signIn = await owner.gql(SIGN_IN, { email: EMAIL, password: PASSWORD });
    expect(signIn.errors).toBeUndefined();
    expect((await owner.gql(ME)).data).toMatchObject({ me: { email: EMAIL } });

    // A new browser is held, and so is a device cookie that was tampered with or is another email's.
    expect(code(await app.client().gql(SIGN_IN, { email: EMAIL, password: PASSWORD }))).toBe(
      "RATE_LIMITED",
    );
    const forged = app.client();
    const genuine = owner.deviceCookie!;
    const at = "sam_device=".length;
    forged.deviceCookie = `${genuine.slice(0, at)}${genuine[at] === "A" ? "B" : "A"}${genuine.slice(at + 1)}`;
    expect(code(await forged.gql(SIGN_IN, { email: EMAIL, password: PASSWORD }))).toBe(
      "RATE_LIMITED",
    );
    const bob = await registeredUser(app, { email: "bob@ccoesup.com" });
    const borrowed = app.client();
    borrowed.deviceCookie = bob.deviceCookie;
    expect(code(await borrowed.gql(SIGN_IN, { email: EMAIL, password: PASSWORD }))).toBe(
      "RATE_LIMITED",
    );
  });

  it("gives a known browser a limit of its own", async () => {
    const owner = await registeredUser(app);
    for (let i = 0; i < 10; i++) expect(await fail(owner)).toBe("UNAUTHENTICATED");
    expect(await fail(owner)).toBe("RATE_LIMITED");
    expect(code(await owner.gql(SIGN_IN, { email: EMAIL, password: PASSWORD }))).toBe(
      "RATE_LIMITED",
    );
    // The browser's own failures did not lock the email for anyone else.
    expect(code(await app.client().gql(SIGN_IN, { email: EMAIL, password: PASSWORD }))).toBe("OK");
  });
});

describe("per address across emails", () => {
  it("slows spraying one password over twenty emails from one address", async () => {
    for (let i = 0; i < 20; i++) await registeredUser(app, { email: `user${i}@ccoesup.com` });
    const sprayer = app.client("10.77.0.1");
    const codes: string[] = [];
    for (let i = 0; i < 20; i++) codes.push(await fail(sprayer, `user${i}@ccoesup.com`));
    expect(codes.slice(0, 10)).toEqual(Array(10).fill("UNAUTHENTICATED"));
    expect(codes.slice(10)).toEqual(Array(10).fill("RATE_LIMITED"));
  });

  it("counts IPv6 addresses by their /64", async () => {
    const codes: string[] = [];
    for (let i = 0; i < 11; i++) {
      codes.push(await fail(app.client(`2001:db8:1:2::${(i + 1).toString(16)}`), `u${i}@x.com`));
    }
    expect(codes).toEqual([...Array(10).fill("UNAUTHENTICATED"), "RATE_LIMITED"]);
    expect(await fail(app.client("2001:db8:1:3::1"), "u11@x.com")).toBe("UNAUTHENTICATED");
  });

  it("does not count successful sign-ins", async () => {
    await registeredUser(app);
    const office = "10.88.0.1";
    for (let i = 0; i < 15; i++) {
      expect(
        code(await app.client(office).gql(SIGN_IN, { email: EMAIL, password: PASSWORD })),
      ).toBe("OK");
    }
  });
});

describe("concurrent attempts", () => {
  it("check at most five passwords of thirty sent at once from one address", async () => {
    await registeredUser(app);
    const attacker = app.client("10.99.0.1");
    const codes = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        attacker
          .gql(SIGN_IN, { email: EMAIL, password: i === 20 ? PASSWORD : `wrong ${i}` })
          .then(code),
      ),
    );
    expect(codes.filter((c) => c !== "RATE_LIMITED").length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === "RATE_LIMITED").length).toBeGreaterThanOrEqual(25);
  });
});

describe("password reset", () => {
  it("clears the email's counters when completed", async () => {
    await registeredUser(app);
    await strangersFail(10);
    const owner = app.client("10.55.0.1");
    expect(code(await owner.gql(SIGN_IN, { email: EMAIL, password: PASSWORD }))).toBe(
      "RATE_LIMITED",
    );
    await owner.gql(REQUEST_RESET, { email: EMAIL });
    const token = await app.linkFrom(EMAIL, "/reset-password");
    expect((await owner.gql(RESET, { token, password: NEW_PASSWORD })).errors).toBeUndefined();
    expect(code(await owner.gql(SIGN_IN, { email: EMAIL, password: NEW_PASSWORD }))).toBe("OK");
  });

  it("cannot be used up: the newest link sent works, the older ones do not", async () => {
    await registeredUser(app);
    for (let i = 0; i < 6; i++) {
      const res = await app.client(`10.44.0.${i}`).gql(REQUEST_RESET, { email: EMAIL });
      expect(res.data).toEqual({ requestPasswordReset: { accepted: true } });
    }
    const links = (await app.outbox(EMAIL))
      .filter((e) => e.subject === "Reset your password")
      .map((e) => e.textBody.match(/reset-password\?token=([\w-]+)/)![1]);
    // Three account emails an hour reach the inbox (the verification email was one of them);
    // the rest are answered the same and not sent.
    expect(links).toHaveLength(2);
    const newest = links[links.length - 1];
    const before = await app.rowCounts();
    const older = await app.client().gql(RESET, { token: links[0], password: NEW_PASSWORD });
    expect(older.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "token" }],
    });
    expect(await app.rowCounts()).toEqual(before);
    expect(
      (await app.client().gql(RESET, { token: newest, password: NEW_PASSWORD })).errors,
    ).toBeUndefined();
  });
});
