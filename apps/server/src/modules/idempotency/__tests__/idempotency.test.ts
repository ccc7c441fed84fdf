import { DAY, HOUR, MINUTE } from "../../../common/clock";
import { REFUSES_IDEMPOTENCY_KEY } from "../../../common/idempotency";
import { createSchema } from "../../../graphql/schema";
import { MAX_STORED_BYTES } from "../idempotency.service";
import { startTestApp, type Client, type GqlResult, type TestApp } from "../../../../test/harness";
import { accountOf, ACCOUNT, CANCEL, COMPANY, REQUEST } from "../../../../test/account-api";
import {
  ME,
  PASSWORD,
  registeredUser,
  REQUEST_RESET,
  RESET,
  SIGN_IN,
  SIGN_OUT,
} from "../../../../test/user-api";
import { graphql } from "../../../../test/gql";
import type { RequestSmartAccountInput } from "../../../../test/gql/graphql";

const CREATE_TOKEN = graphql(`
  mutation IdempotencyCreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
    }
  }
`);
const VERIFY_CHALLENGE = graphql(`
  mutation IdempotencyVerifyChallenge($id: ID!) {
    verifyDomainChallenge(input: { domainId: $id }) {
      verified
      domain {
        status
      }
    }
  }
`);

/** The DNS look-up of the TXT challenge, held open until the test lets it answer. */
let dnsGate: Promise<void> = Promise.resolve();
let dnsLookups = 0;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({
    idempotencyWaitMs: 1500,
    resolveTxt: async () => {
      dnsLookups += 1;
      await dnsGate;
      return [];
    },
  });
});
afterAll(async () => {
  await app.close();
});
beforeEach(async () => {
  await app.reset();
  dnsGate = Promise.resolve();
  dnsLookups = 0;
});

/** A request of the requester's own; each name gets an identifier of its own (to review). */
function request(name: string): RequestSmartAccountInput {
  return {
    authorization: "REQUESTER",
    name,
    domainIdentifier: `${name.split(" ").pop()!.toLowerCase()}.ccoesup.com`,
    contactPhone: "+48 22 123 45 67",
    company: COMPANY,
    acceptTerms: true,
    acknowledgeExistingAccounts: true,
  };
}

function withKey(client: Client, key: string | null): Client {
  client.headers = key === null ? {} : { "Idempotency-Key": key };
  return client;
}

/** What a caller gets back: the status, the body and whether it was a replay. */
function answer(res: GqlResult<unknown>) {
  return {
    status: res.status,
    body: { data: res.data, errors: res.errors },
    replayed: res.headers.get("idempotent-replayed"),
  };
}

function codeOf(res: GqlResult<unknown>) {
  return res.errors?.map((e) => e.extensions?.code);
}

async function accountCount(): Promise<number> {
  return (await app.rowCounts()).smart_accounts;
}

describe("Idempotency-Key on mutations", () => {
  it("runs a mutation once and answers a retry with the same key from the first answer", async () => {
    const ada = withKey(await registeredUser(app), "order-7f3a9c");
    const first = await ada.gql(REQUEST, { input: request("Acme EMEA") });
    expect(first.errors).toBeUndefined();
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const counts = await app.rowCounts();

    const retry = await ada.gql(REQUEST, { input: request("Acme EMEA") });
    expect(answer(retry)).toEqual({ ...answer(first), replayed: "true" });
    expect(await app.rowCounts()).toEqual(counts);
    expect(counts.smart_accounts).toBe(1);
    expect(counts.account_events).toBe(accountOf(first).history!.length);

    // Without a key every request is a new one, as before.
    const again = await withKey(ada, null).gql(REQUEST, { input: request("Acme APJC") });
    expect(accountOf(again).id).not.toBe(accountOf(first).id);
    expect(await accountCount()).toBe(2);
  });

  it("refuses the same key with other variables or another operation, having run nothing", async () => {
    const ada = withKey(await registeredUser(app), "key-1");
    const first = accountOf(await ada.gql(REQUEST, { input: request("Acme EMEA") }));
    const counts = await app.rowCounts();

    const otherVariables = await ada.gql(REQUEST, { input: request("Acme APJC") });
    expect(otherVariables.status).toBe(400);
    expect(otherVariables.data).toBeNull();
    expect(otherVariables.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining(
          "Idempotency-Key was already used for a different request",
        ),
        extensions: {
          code: "IDEMPOTENCY_KEY_REUSED",
          fields: [{ field: "Idempotency-Key", message: "Already used for a different request." }],
        },
      }),
    ]);
    const otherOperation = await ada.gql(CANCEL, { id: first.id });
    expect(codeOf(otherOperation)).toEqual(["IDEMPOTENCY_KEY_REUSED"]);
    expect(await app.rowCounts()).toEqual(counts);
    expect((await withKey(ada, null).gql(ACCOUNT, { id: first.id })).data).toMatchObject({
      smartAccount: { status: first.status },
    });
  });

  it("keeps keys per caller: another person, or an API token, with the same key runs its own", async () => {
    const ada = withKey(await registeredUser(app), "shared-key");
    const bob = withKey(await registeredUser(app, { email: "bob@ccoesup.com" }), "shared-key");
    const adas = accountOf(await ada.gql(REQUEST, { input: request("Acme EMEA") }));
    const bobs = await bob.gql(REQUEST, { input: request("Acme APJC") });
    expect(bobs.headers.get("idempotent-replayed")).toBeNull();
    expect(accountOf(bobs).requester!.email).toBe("bob@ccoesup.com");

    const token = await withKey(ada, null).gql(CREATE_TOKEN, {
      input: { name: "ERP", scope: "FULL" },
    });
    const robot = withKey(app.client(), "shared-key");
    robot.bearer = token.data!.createApiToken.secret;
    const robots = await robot.gql(REQUEST, { input: request("Acme Americas") });
    expect(robots.headers.get("idempotent-replayed")).toBeNull();
    expect(accountOf(robots).id).not.toBe(adas.id);
    expect(await accountCount()).toBe(3);
    // Each caller's retry is answered from its own first answer.
    const adaRetry = await withKey(ada, "shared-key").gql(REQUEST, {
      input: request("Acme EMEA"),
    });
    expect(adaRetry.headers.get("idempotent-replayed")).toBe("true");
    expect(accountOf(adaRetry).id).toBe(adas.id);
  });

  it("is refused by the mutations whose answer carries a secret or a session", async () => {
    const ada = await registeredUser(app);
    const counts = await app.rowCounts();

    const token = await withKey(ada, "k1").gql(CREATE_TOKEN, {
      input: { name: "ERP", scope: "FULL" },
    });
    expect(token.status).toBe(400);
    expect(token.data).toBeNull();
    expect(token.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^createApiToken does not take an Idempotency-Key header/),
        extensions: expect.objectContaining({
          code: "BAD_USER_INPUT",
          fields: [expect.objectContaining({ field: "Idempotency-Key" })],
        }),
      }),
    ]);

    const signOut = await withKey(ada, "k2").gql(SIGN_OUT);
    expect(codeOf(signOut)).toEqual(["BAD_USER_INPUT"]);
    expect(signOut.headers.getSetCookie()).toEqual([]);
    expect((await withKey(ada, null).gql(ME)).data?.me?.email).toBe("ada@ccoesup.com");

    const stranger = withKey(app.client(), "k3");
    const signIn = await stranger.gql(SIGN_IN, { email: "ada@ccoesup.com", password: PASSWORD });
    expect(codeOf(signIn)).toEqual(["BAD_USER_INPUT"]);
    expect(signIn.headers.getSetCookie()).toEqual([]);
    expect(stranger.cookie).toBeNull();

    await withKey(stranger, null).gql(REQUEST_RESET, { email: "ada@ccoesup.com" });
    const resetToken = await app.linkFrom("ada@ccoesup.com", "/reset-password");
    const afterResetMail = await app.rowCounts();
    const reset = await withKey(stranger, "k4").gql(RESET, {
      token: resetToken,
      password: "a new long password",
    });
    expect(codeOf(reset)).toEqual(["BAD_USER_INPUT"]);
    expect(await app.rowCounts()).toEqual(afterResetMail);
    expect(afterResetMail.api_tokens).toBe(counts.api_tokens);
    expect(afterResetMail.idempotency_keys).toBe(0);
  });

  it("says so in the schema's description of every mutation that refuses the header", async () => {
    const fields = Object.values(
      (await createSchema(app.services.resolvers)).getMutationType()!.getFields(),
    );
    const marked = fields.filter((f) => f.extensions[REFUSES_IDEMPOTENCY_KEY]).map((f) => f.name);
    const described = fields
      .filter((f) => /refuses an Idempotency-Key header/i.test(f.description ?? ""))
      .map((f) => f.name);
    expect(marked.sort()).toEqual([
      "createApiToken",
      "createWebhookEndpoint",
      "resetPassword",
      "rotateWebhookSecret",
      "signIn",
      "signOut",
    ]);
    expect(described.sort()).toEqual(marked);
  });

  it("names the header when the key is too long, empty or has other characters", async () => {
    const ada = await registeredUser(app);
    const counts = await app.rowCounts();
    for (const key of ["x".repeat(256), "", "two words", "clé", "a,b"]) {
      const res = await withKey(ada, key).gql(REQUEST, { input: request("Acme EMEA") });
      expect(res.status).toBe(400);
      expect(res.data).toBeNull();
      expect(res.errors).toEqual([
        expect.objectContaining({
          message: expect.stringContaining(
            "The Idempotency-Key header must be 1 to 255 characters",
          ),
          extensions: expect.objectContaining({
            code: "BAD_USER_INPUT",
            fields: [expect.objectContaining({ field: "Idempotency-Key" })],
          }),
        }),
      ]);
    }
    expect(await app.rowCounts()).toEqual(counts);
    const longest = await withKey(ada, `${"k".repeat(250)}-_.:9`).gql(REQUEST, {
      input: request("Acme EMEA"),
    });
    expect(longest.errors).toBeUndefined();
  });

  it("is ignored by queries, and by mutations of callers not signed in", async () => {
    const ada = withKey(await registeredUser(app), "not a valid key!");
    expect((await ada.gql(ME)).data?.me?.email).toBe("ada@ccoesup.com");

    const anonymous = withKey(app.client(), "reset-1");
    for (let i = 0; i < 2; i++) {
      const res = await anonymous.gql(REQUEST_RESET, { email: "ada@ccoesup.com" });
      expect(res.errors).toBeUndefined();
      expect(res.headers.get("idempotent-replayed")).toBeNull();
    }
    expect((await app.rowCounts()).idempotency_keys).toBe(0);
  });

  it("keeps the answer of a request that ran and failed, not of one refused as invalid", async () => {
    const ada = withKey(await registeredUser(app), "cancel-1");
    const missing = "00000000-0000-4000-8000-000000000000";
    const notFound = await ada.gql(CANCEL, { id: missing });
    expect(codeOf(notFound)).toEqual(["NOT_FOUND"]);
    const replayed = await ada.gql(CANCEL, { id: missing });
    expect(answer(replayed)).toEqual({ ...answer(notFound), replayed: "true" });

    // Invalid input runs nothing, so the key stays free for the corrected request.
    withKey(ada, "request-1");
    const invalid = await ada.gql(REQUEST, { input: { ...request("Acme EMEA"), name: "" } });
    expect(codeOf(invalid)).toEqual(["BAD_USER_INPUT"]);
    expect(await accountCount()).toBe(0);
    const corrected = await ada.gql(REQUEST, { input: request("Acme EMEA") });
    expect(corrected.errors).toBeUndefined();
    expect(corrected.headers.get("idempotent-replayed")).toBeNull();
    expect(await accountCount()).toBe(1);
  });

  it("keeps an answer for 24 hours; then the key is free again and the sweep deletes it", async () => {
    // An API token outlives the days this test moves through; a session would not.
    const token = await (
      await registeredUser(app)
    ).gql(CREATE_TOKEN, { input: { name: "ERP", scope: "FULL" } });
    const ada = withKey(app.client(), "daily-1");
    ada.bearer = token.data!.createApiToken.secret;
    await ada.gql(REQUEST, { input: request("Acme EMEA") });
    app.clock.advance(23 * HOUR);
    expect(codeOf(await ada.gql(REQUEST, { input: request("Acme APJC") }))).toEqual([
      "IDEMPOTENCY_KEY_REUSED",
    ]);
    await app.services.lapseJob.run();
    expect((await app.rowCounts()).idempotency_keys).toBe(1);

    app.clock.advance(DAY);
    const later = await ada.gql(REQUEST, { input: request("Acme APJC") });
    expect(later.errors).toBeUndefined();
    expect(later.headers.get("idempotent-replayed")).toBeNull();
    expect(await accountCount()).toBe(2);

    withKey(ada, "daily-2");
    await ada.gql(CANCEL, { id: accountOf(later).id });
    expect((await app.rowCounts()).idempotency_keys).toBe(2);
    app.clock.advance(DAY + 1);
    await app.services.lapseJob.run();
    expect((await app.rowCounts()).idempotency_keys).toBe(0);
  });

  it("makes concurrent retries wait for the first request and share its answer", async () => {
    const ada = withKey(await registeredUser(app), "burst-1");
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => ada.gql(REQUEST, { input: request("Acme EMEA") })),
    );
    expect(await accountCount()).toBe(1);
    expect(answers.filter((a) => a.headers.get("idempotent-replayed") === "true")).toHaveLength(5);
    const bodies = answers.map((a) => answer(a).body);
    expect(bodies[0].errors).toBeUndefined();
    for (const body of bodies) expect(body).toEqual(bodies[0]);
  });

  it("answers CONFLICT to a retry while the first request runs past the wait, then replays", async () => {
    const ada = withKey(await registeredUser(app, { email: "ada@cisco.com" }), null);
    const account = accountOf(
      await ada.gql(REQUEST, {
        input: {
          authorization: "SOMEONE_ELSE",
          name: "Cisco PL",
          approverEmails: ["boss@cisco.com"],
          domainIdentifier: "pl.cisco.com",
          contactPhone: "+48 22 123 45 67",
        },
      }),
    );
    let answerDns = () => undefined as void;
    dnsGate = new Promise<void>((resolve) => (answerDns = resolve));
    withKey(ada, "verify-1");
    const first = ada.gql(VERIFY_CHALLENGE, { id: account.domain!.id });
    while (dnsLookups === 0) await new Promise((r) => setTimeout(r, 20));

    const waited = Date.now();
    const retry = await ada.gql(VERIFY_CHALLENGE, { id: account.domain!.id });
    expect(Date.now() - waited).toBeGreaterThanOrEqual(1400);
    expect(retry.status).toBe(409);
    expect(retry.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining("still running"),
        extensions: { code: "CONFLICT" },
      }),
    ]);

    const second = ada.gql(VERIFY_CHALLENGE, { id: account.domain!.id });
    await new Promise((r) => setTimeout(r, 300));
    answerDns();
    const [firstAnswer, secondAnswer] = await Promise.all([first, second]);
    expect(firstAnswer.data).toEqual({
      verifyDomainChallenge: { verified: false, domain: { status: "PENDING_APPROVAL" } },
    });
    expect(answer(secondAnswer)).toEqual({ ...answer(firstAnswer), replayed: "true" });
    expect(dnsLookups).toBe(1);
  });

  it("gives up a claim left by a process that died mid-request, so a retry runs", async () => {
    const ada = withKey(await registeredUser(app), "orphan-1");
    const me = await ada.gql(ME);
    // What a process leaves behind when it dies between claiming the key and answering.
    const orphan = await app.services.idempotency.begin(`user:${me.data!.me.id}`, "orphan-1", "x");
    expect(orphan.kind).toBe("claimed");

    app.clock.advance(2 * MINUTE + 1);
    const retry = await ada.gql(REQUEST, { input: request("Acme EMEA") });
    expect(retry.errors).toBeUndefined();
    expect(retry.headers.get("idempotent-replayed")).toBeNull();
    expect(await accountCount()).toBe(1);
    expect(
      (await ada.gql(REQUEST, { input: request("Acme EMEA") })).headers.get("idempotent-replayed"),
    ).toBe("true");
  });

  it("keeps no answer larger than the bound, and tells a retry the request ran", async () => {
    const keys = app.services.idempotency;
    const claim = await keys.begin("user:someone", "big-1", "fingerprint");
    if (claim.kind !== "claimed") throw new Error("expected a claim");
    const big = JSON.stringify({ data: { text: "x".repeat(MAX_STORED_BYTES) } });
    await keys.complete(claim.id, 200, big);

    const replay = await keys.begin("user:someone", "big-1", "fingerprint");
    expect(replay.kind).toBe("replay");
    if (replay.kind !== "replay") return;
    expect(Buffer.byteLength(replay.body)).toBeLessThan(1000);
    expect(JSON.parse(replay.body)).toEqual({
      errors: [
        {
          message: expect.stringContaining("ran, but its answer was larger than 60 kB"),
          extensions: { code: "CONFLICT" },
        },
      ],
    });
  });
});
