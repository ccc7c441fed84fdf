import { Client } from "../harness";
import { PASSWORD, SIGN_IN, SIGN_UP, signUpInput } from "../user-api";
import {
  SIGN_IN_PER_ACCOUNT,
  SIGN_IN_PER_ACCOUNT_AND_ADDRESS,
} from "../../src/modules/user/user.limits";
import { freshDatabase, ServerProcesses } from "./processes";

const servers = new ServerProcesses();
let urls: string[] = [];

beforeAll(async () => {
  const database = await freshDatabase("sign_in_limits");
  // Behind a trusted proxy, so each client may say which address it comes from.
  const env = { DATABASE_URL: database, TRUST_PROXY: "true" };
  urls = await Promise.all([servers.start(env), servers.start(env)]);
}, 90_000);

afterAll(() => {
  servers.stopAll();
});

async function register(email: string) {
  const res = await new Client(urls[0], "10.200.0.1").gql(SIGN_UP, {
    input: signUpInput({ email }),
  });
  expect(res.errors).toBeUndefined();
}

/** Sends every attempt at once, alternating between the two processes; returns each answer's code. */
async function signInAtOnce(
  attempts: { email: string; password: string; ip: string }[],
): Promise<string[]> {
  const answers = await Promise.all(
    attempts.map(({ email, password, ip }, i) =>
      new Client(urls[i % 2], ip).gql(SIGN_IN, { email, password }),
    ),
  );
  return answers.map((res) => res.errors?.[0]?.extensions?.code ?? "OK");
}

/**
 * A checked password answers OK or UNAUTHENTICATED, a held one RATE_LIMITED; nothing else. (When
 * every attempt lands at once, each may see the others counted and all be held: the limit is an
 * upper bound, and the held ones are un-counted again.)
 */
function expectOnlyAnswers(codes: string[]) {
  for (const c of codes) expect(["OK", "UNAUTHENTICATED", "RATE_LIMITED"]).toContain(c);
}

describe("sign-in limits across two processes on one database", () => {
  it("checks at most five passwords of 100 sent at once for one email from one address", async () => {
    await register("ada@ccoesup.com");
    const codes = await signInAtOnce(
      Array.from({ length: 100 }, (_, i) => ({
        email: "ada@ccoesup.com",
        password: i === 59 ? PASSWORD : `wrong password ${i}`,
        ip: "10.5.0.1",
      })),
    );
    const checked = codes.filter((c) => c !== "RATE_LIMITED");
    expect(checked.length).toBeLessThanOrEqual(SIGN_IN_PER_ACCOUNT_AND_ADDRESS.max);
    expectOnlyAnswers(codes);
  }, 60_000);

  it("checks at most the per-email limit of 200 sent at once from 200 addresses", async () => {
    await register("bob@ccoesup.com");
    const codes = await signInAtOnce(
      Array.from({ length: 200 }, (_, i) => ({
        email: "bob@ccoesup.com",
        password: i === 149 ? PASSWORD : `wrong password ${i}`,
        ip: `10.6.${Math.floor(i / 250)}.${i % 250}`,
      })),
    );
    const checked = codes.filter((c) => c !== "RATE_LIMITED");
    expect(checked.length).toBeLessThanOrEqual(SIGN_IN_PER_ACCOUNT[0].max);
    expectOnlyAnswers(codes);
  }, 60_000);
  it("lets the owner in from their known browser while 20 addresses hammer the email on both processes", async () => {
    await register("carol@ccoesup.com");
    // The owner's browser signed in before, on one process, and carries the device cookie.
    const owner = new Client(urls[0], "10.7.0.1");
    const first = await owner.gql(SIGN_IN, { email: "carol@ccoesup.com", password: PASSWORD });
    expect(first.errors).toBeUndefined();
    expect(owner.deviceCookie).not.toBeNull();
    owner.cookie = null;

    // Twenty addresses, a few at once over both processes, until the email's failures are spent.
    const codes: string[] = [];
    const checked = () => codes.filter((c) => c === "UNAUTHENTICATED").length;
    for (let round = 0; round < 20 && checked() < SIGN_IN_PER_ACCOUNT[0].max; round++) {
      codes.push(
        ...(await signInAtOnce(
          Array.from({ length: 4 }, (_, i) => ({
            email: "carol@ccoesup.com",
            password: `guess ${round}-${i}`,
            ip: `10.8.0.${(round * 4 + i) % 20}`,
          })),
        )),
      );
    }
    expectOnlyAnswers(codes);
    expect(checked()).toBe(SIGN_IN_PER_ACCOUNT[0].max);

    // A new browser is held, even with the right password; the owner's is not, on either process.
    const stranger = await new Client(urls[1], "10.9.0.1").gql(SIGN_IN, {
      email: "carol@ccoesup.com",
      password: PASSWORD,
    });
    expect(stranger.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    const again = new Client(urls[1], "10.7.0.2");
    again.deviceCookie = owner.deviceCookie;
    const res = await again.gql(SIGN_IN, {
      email: "carol@ccoesup.com",
      password: PASSWORD,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.signIn.user.email).toBe("carol@ccoesup.com");
  }, 60_000);
});
