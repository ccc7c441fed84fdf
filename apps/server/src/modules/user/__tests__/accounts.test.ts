import { MINUTE, HOUR } from "../../../common/clock";
import { startTestApp, type TestApp } from "../../../../test/harness";
import {
  ME,
  PASSWORD,
  registeredUser,
  REQUEST_RESET,
  RESEND_VERIFICATION,
  RESET,
  SIGN_IN,
  SIGN_OUT,
  SIGN_UP,
  signUpInput,
  VERIFY,
} from "../../../../test/user-api";
import { graphql } from "../../../../test/gql";
import type { AccountsTwentyGuessesMutationVariables } from "../../../../test/gql/graphql";

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

// Aliased guesses in one request (the batching a rate limit must not let through uncounted).
const TWENTY_GUESSES = graphql(`
  mutation AccountsTwentyGuesses(
    $email: String!
    $p0: String!
    $p1: String!
    $p2: String!
    $p3: String!
    $p4: String!
    $p5: String!
    $p6: String!
    $p7: String!
    $p8: String!
    $p9: String!
    $p10: String!
    $p11: String!
    $p12: String!
    $p13: String!
    $p14: String!
    $p15: String!
    $p16: String!
    $p17: String!
    $p18: String!
    $p19: String!
  ) {
    a0: signIn(input: { email: $email, password: $p0 }) {
      user {
        id
      }
    }
    a1: signIn(input: { email: $email, password: $p1 }) {
      user {
        id
      }
    }
    a2: signIn(input: { email: $email, password: $p2 }) {
      user {
        id
      }
    }
    a3: signIn(input: { email: $email, password: $p3 }) {
      user {
        id
      }
    }
    a4: signIn(input: { email: $email, password: $p4 }) {
      user {
        id
      }
    }
    a5: signIn(input: { email: $email, password: $p5 }) {
      user {
        id
      }
    }
    a6: signIn(input: { email: $email, password: $p6 }) {
      user {
        id
      }
    }
    a7: signIn(input: { email: $email, password: $p7 }) {
      user {
        id
      }
    }
    a8: signIn(input: { email: $email, password: $p8 }) {
      user {
        id
      }
    }
    a9: signIn(input: { email: $email, password: $p9 }) {
      user {
        id
      }
    }
    a10: signIn(input: { email: $email, password: $p10 }) {
      user {
        id
      }
    }
    a11: signIn(input: { email: $email, password: $p11 }) {
      user {
        id
      }
    }
    a12: signIn(input: { email: $email, password: $p12 }) {
      user {
        id
      }
    }
    a13: signIn(input: { email: $email, password: $p13 }) {
      user {
        id
      }
    }
    a14: signIn(input: { email: $email, password: $p14 }) {
      user {
        id
      }
    }
    a15: signIn(input: { email: $email, password: $p15 }) {
      user {
        id
      }
    }
    a16: signIn(input: { email: $email, password: $p16 }) {
      user {
        id
      }
    }
    a17: signIn(input: { email: $email, password: $p17 }) {
      user {
        id
      }
    }
    a18: signIn(input: { email: $email, password: $p18 }) {
      user {
        id
      }
    }
    a19: signIn(input: { email: $email, password: $p19 }) {
      user {
        id
      }
    }
  }
`);
const TWO_GUESSES = graphql(`
  mutation AccountsTwoGuesses($email: String!, $p0: String!, $p1: String!) {
    a0: signIn(input: { email: $email, password: $p0 }) {
      user {
        id
      }
    }
    a1: signIn(input: { email: $email, password: $p1 }) {
      user {
        id
      }
    }
  }
`);

describe("registering", () => {
  it("creates an unverified user and emails a verification link that works once", async () => {
    const client = app.client();
    const res = await client.gql(SIGN_UP, { input: signUpInput({ email: "Ada@CCOESUP.com" }) });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      signUp: {
        email: "ada@ccoesup.com",
        message: "Check your email: we sent a message to ada@ccoesup.com with what to do next.",
      },
    });
    const [email] = await app.outbox("ada@ccoesup.com");
    expect(email.subject).toBe("Verify your email address");
    expect(email.htmlBody).toContain("http://app.test/verify-email?token=");

    const token = await app.linkFrom("ada@ccoesup.com", "/verify-email");
    const verified = await client.gql(VERIFY, { token });
    expect(verified.data).toMatchObject({ verifyEmail: { user: { emailVerified: true } } });
    await client.gql(SIGN_IN, { email: "ada@ccoesup.com", password: PASSWORD });
    expect((await client.gql(ME)).data).toEqual({
      me: {
        id: expect.any(String),
        email: "ada@ccoesup.com",
        name: "Ada Lovelace",
        company: "CCO Esup, Inc.",
        organisationType: "CUSTOMER",
        emailVerified: true,
        isStaff: false,
      },
    });

    const again = await client.gql(VERIFY, { token });
    expect(again.data).toBeNull();
    expect(again.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "token" }],
    });
  });

  it("never creates staff, whatever the input says", async () => {
    const res = await app.client().gql(SIGN_UP, { input: { ...signUpInput(), isStaff: true } });
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect((await app.rowCounts()).users).toBe(0);
  });

  it.each([
    ["a malformed email", { email: "not-an-email" }, "email"],
    ["a short password", { password: "short" }, "password"],
    ["an empty name", { name: "" }, "name"],
    ["an empty company", { company: "" }, "company"],
    ["a name that is too long", { name: "x".repeat(201) }, "name"],
  ])("refuses %s naming the field and writes nothing", async (_label, overrides, field) => {
    const before = await app.rowCounts();
    const res = await app.client().gql(SIGN_UP, { input: signUpInput(overrides) });
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual([field]);
    expect(await app.rowCounts()).toEqual(before);
  });

  it("refuses an expired verification link and writes nothing", async () => {
    const client = app.client();
    await client.gql(SIGN_UP, { input: signUpInput() });
    const token = await app.linkFrom("ada@ccoesup.com", "/verify-email");
    app.clock.advance(49 * HOUR);
    const before = await app.rowCounts();
    const res = await client.gql(VERIFY, { token });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "token" }],
    });
    expect(await app.rowCounts()).toEqual(before);
  });

  it("resends the verification link to an unverified email only", async () => {
    await app.client().gql(SIGN_UP, { input: signUpInput() });
    const client = app.client();
    expect((await client.gql(RESEND_VERIFICATION, { email: "ada@ccoesup.com" })).data).toEqual({
      resendVerificationEmail: { accepted: true },
    });
    expect(await app.outbox("ada@ccoesup.com")).toHaveLength(2);
    const unknown = await client.gql(RESEND_VERIFICATION, { email: "nobody@ccoesup.com" });
    expect(unknown.data).toEqual({ resendVerificationEmail: { accepted: true } });
    expect(await app.outbox("nobody@ccoesup.com")).toHaveLength(0);
  });
});

describe("signing in and out", () => {
  it("signs in with a fresh HttpOnly SameSite=Lax cookie, and me answers", async () => {
    await registeredUser(app);
    const client = app.client();
    const res = await client.gql(SIGN_IN, { email: "ADA@ccoesup.com", password: PASSWORD });
    expect(res.data).toMatchObject({ signIn: { user: { email: "ada@ccoesup.com" } } });
    const cookie = res.headers.getSetCookie()[0];
    expect(cookie).toMatch(/^sam_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const me = await client.gql(ME);
    expect(me.data).toMatchObject({ me: { email: "ada@ccoesup.com", emailVerified: true } });
  });

  it("issues a new session id on every sign-in and drops the one presented", async () => {
    const client = await registeredUser(app);
    const first = client.cookie;
    await client.gql(SIGN_IN, { email: "ada@ccoesup.com", password: PASSWORD });
    expect(client.cookie).not.toBe(first);
    const stale = app.client();
    stale.cookie = first;
    expect((await stale.gql(ME)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("answers an unknown email and a wrong password the same way", async () => {
    await registeredUser(app);
    const wrong = await app
      .client()
      .gql(SIGN_IN, { email: "ada@ccoesup.com", password: "wrong password!" });
    const unknown = await app
      .client()
      .gql(SIGN_IN, { email: "eve@ccoesup.com", password: "wrong password!" });
    expect(wrong.data).toBeNull();
    expect(unknown.data).toBeNull();
    expect(wrong.errors?.[0]).toEqual(unknown.errors?.[0]);
    expect(wrong.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("signs out, and the old cookie is UNAUTHENTICATED afterwards", async () => {
    const client = await registeredUser(app);
    const cookie = client.cookie;
    expect((await client.gql(SIGN_OUT)).data).toEqual({ signOut: { signedOut: true } });
    expect(client.cookie).toBeNull();
    const replay = app.client();
    replay.cookie = cookie;
    const me = await replay.gql(ME);
    expect(me.data).toBeNull();
    expect(me.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("ends a session after 30 idle minutes", async () => {
    const client = await registeredUser(app);
    app.clock.advance(29 * MINUTE);
    expect((await client.gql(ME)).data).not.toBeNull();
    app.clock.advance(29 * MINUTE);
    expect((await client.gql(ME)).data).not.toBeNull();
    app.clock.advance(30 * MINUTE);
    expect((await client.gql(ME)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("ends a busy session after 12 hours", async () => {
    const client = await registeredUser(app);
    for (let elapsed = 0; elapsed < 12 * HOUR - 20 * MINUTE; elapsed += 20 * MINUTE) {
      app.clock.advance(20 * MINUTE);
      expect((await client.gql(ME)).data).not.toBeNull();
    }
    app.clock.advance(20 * MINUTE);
    expect((await client.gql(ME)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("holds the sixth failure for an email from one address; aliases buy no extra guesses", async () => {
    await registeredUser(app);
    const counted = (await app.rowCounts()).rate_limit_hits;
    const attacker = app.client("10.7.0.1");
    // Built, so typed by hand: the twenty variables the document declares.
    const guesses = {
      email: "ada@ccoesup.com",
      ...Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`p${i}`, `wrong password ${i}`])),
    } as AccountsTwentyGuessesMutationVariables;
    for (let round = 0; round < 5; round++) {
      // Twenty aliased guesses in one request: each one that runs is counted, and the first
      // failure ends the request (the payload is non-null), so no alias runs uncounted.
      const res = await attacker.gql(TWENTY_GUESSES, guesses);
      expect(res.data).toBeNull();
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    }
    // Five guesses, each counted for the email and address, the email, and the address.
    expect((await app.rowCounts()).rate_limit_hits - counted).toBe(15);
    const before = await app.rowCounts();
    const sixth = await attacker.gql(TWO_GUESSES, {
      email: guesses.email,
      p0: guesses.p0,
      p1: guesses.p1,
    });
    expect(sixth.errors?.map((e) => e.extensions?.code)).toEqual(["RATE_LIMITED"]);
    // A refused attempt checked nothing, so it is not left counted either.
    expect(await app.rowCounts()).toEqual(before);

    // From that address even the right password waits; from another one it is not held.
    const right = await attacker.gql(SIGN_IN, { email: "ada@ccoesup.com", password: PASSWORD });
    expect(right.errors?.[0].extensions?.code).toBe("RATE_LIMITED");
    const elsewhere = await app
      .client()
      .gql(SIGN_IN, { email: "ada@ccoesup.com", password: PASSWORD });
    expect(elsewhere.errors).toBeUndefined();
    app.clock.advance(16 * MINUTE);
    const later = await attacker.gql(SIGN_IN, { email: "ada@ccoesup.com", password: PASSWORD });
    expect(later.errors).toBeUndefined();
  });

  it("holds an address that tries many emails after ten failures", async () => {
    const client = app.client("10.9.9.9");
    for (let i = 0; i < 10; i++) {
      const res = await client.gql(SIGN_IN, {
        email: `user${i}@ccoesup.com`,
        password: "wrong password!",
      });
      expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    }
    const before = await app.rowCounts();
    const next = await client.gql(SIGN_IN, {
      email: "user10@ccoesup.com",
      password: "wrong password!",
    });
    expect(next.errors?.[0].extensions?.code).toBe("RATE_LIMITED");
    expect(await app.rowCounts()).toEqual(before);
  });

  it("refuses a malformed sign-in naming the field, writing nothing", async () => {
    const before = await app.rowCounts();
    const res = await app.client().gql(SIGN_IN, { email: "nope", password: "x" });
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(["email"]);
    expect(await app.rowCounts()).toEqual(before);
  });
});

describe("password reset", () => {
  it("resets with a single-use link, signs out every session and tells the user", async () => {
    const client = await registeredUser(app);
    const anon = app.client();
    expect((await anon.gql(REQUEST_RESET, { email: "ada@ccoesup.com" })).data).toEqual({
      requestPasswordReset: { accepted: true },
    });
    const token = await app.linkFrom("ada@ccoesup.com", "/reset-password");
    const res = await anon.gql(RESET, { token, password: "a brand new password" });
    expect(res.data).toMatchObject({ resetPassword: { user: { email: "ada@ccoesup.com" } } });
    expect((await client.gql(ME)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(
      (await anon.gql(SIGN_IN, { email: "ada@ccoesup.com", password: PASSWORD })).errors?.[0]
        .extensions?.code,
    ).toBe("UNAUTHENTICATED");
    expect(
      (await anon.gql(SIGN_IN, { email: "ada@ccoesup.com", password: "a brand new password" }))
        .errors,
    ).toBeUndefined();
    const subjects = (await app.outbox("ada@ccoesup.com")).map((e) => e.subject);
    expect(subjects).toContain("Your password was changed");

    const before = await app.rowCounts();
    const reused = await app.client().gql(RESET, { token, password: "yet another password" });
    expect(reused.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "token" }],
    });
    expect(await app.rowCounts()).toEqual(before);
  });

  it("answers the same for an unknown email and sends nothing", async () => {
    const res = await app.client().gql(REQUEST_RESET, { email: "nobody@ccoesup.com" });
    expect(res.data).toEqual({ requestPasswordReset: { accepted: true } });
    expect(await app.outbox()).toHaveLength(0);
  });

  it("refuses an expired link and a short password, writing nothing", async () => {
    await registeredUser(app);
    await app.client().gql(REQUEST_RESET, { email: "ada@ccoesup.com" });
    const token = await app.linkFrom("ada@ccoesup.com", "/reset-password");
    const before = await app.rowCounts();
    const short = await app.client().gql(RESET, { token, password: "short" });
    expect(short.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "password" }],
    });
    app.clock.advance(HOUR + MINUTE);
    const expired = await app.client().gql(RESET, { token, password: "a brand new password" });
    expect(expired.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "token" }],
    });
    expect(await app.rowCounts()).toEqual(before);
  });

  it("rate-limits reset and verification emails per address, and writes nothing when it does", async () => {
    const client = app.client();
    for (let i = 0; i < 20; i++) {
      const email = i % 2 ? `someone${i}@ccoesup.com` : `other${i}@ccoesup.com`;
      const res =
        i % 3
          ? await client.gql(REQUEST_RESET, { email })
          : await client.gql(RESEND_VERIFICATION, { email });
      expect(res.errors).toBeUndefined();
    }
    const before = await app.rowCounts();
    const next = await client.gql(REQUEST_RESET, { email: "ada@ccoesup.com" });
    expect(next.data).toBeNull();
    expect(next.errors?.[0].extensions?.code).toBe("RATE_LIMITED");
    expect(await client.gql(RESEND_VERIFICATION, { email: "ada@ccoesup.com" })).toMatchObject({
      errors: [{ extensions: { code: "RATE_LIMITED" } }],
    });
    expect(await app.rowCounts()).toEqual(before);
  });
});

describe("anonymous callers", () => {
  it("get UNAUTHENTICATED from me", async () => {
    const res = await app.client().gql(ME);
    expect(res.data).toBeNull();
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
  });
});
