import { createConnection } from "mysql2/promise";
import { Client } from "../harness";
import { accountOf, COMPANY, REQUEST } from "../account-api";
import { PASSWORD, SIGN_IN, SIGN_UP, signUpInput, VERIFY } from "../user-api";
import { freshDatabase, ServerProcesses } from "./processes";

const servers = new ServerProcesses();
let database: string;
let urls: string[] = [];

beforeAll(async () => {
  database = await freshDatabase("idempotency");
  urls = await Promise.all([
    servers.start({ DATABASE_URL: database }),
    servers.start({ DATABASE_URL: database }),
  ]);
}, 90_000);

afterAll(() => {
  servers.stopAll();
});

/** Signs up, verifies from the development mailbox and signs in on one process. */
async function signedIn(url: string): Promise<Client> {
  const client = new Client(url);
  expect((await client.gql(SIGN_UP, { input: signUpInput() })).errors).toBeUndefined();
  const mailbox = (await (await fetch(`${url}/dev/mailbox`)).json()) as {
    emails: { text: string }[];
  };
  const token = mailbox.emails
    .map((e) => /\/verify-email\?token=([\w-]+)/.exec(e.text)?.[1])
    .find(Boolean);
  expect((await client.gql(VERIFY, { token: token! })).errors).toBeUndefined();
  const signIn = await client.gql(SIGN_IN, { email: "ada@ccoesup.com", password: PASSWORD });
  expect(signIn.errors).toBeUndefined();
  return client;
}

async function count(table: string): Promise<number> {
  const connection = await createConnection({ uri: database });
  try {
    const [rows] = await connection.query(`SELECT COUNT(*) AS n FROM ${table}`);
    return Number((rows as { n: number | string }[])[0].n);
  } finally {
    await connection.end();
  }
}

describe("Idempotency-Key across two server processes on one database", () => {
  it("runs 20 concurrent retries of one key once and gives all 20 the same answer", async () => {
    const a = await signedIn(urls[0]);
    const b = new Client(urls[1]);
    b.cookie = a.cookie;
    for (const client of [a, b]) client.headers = { "Idempotency-Key": "erp-order-4711" };
    const input = {
      authorization: "REQUESTER" as const,
      name: "Acme EMEA",
      company: COMPANY,
      acceptTerms: true,
      acknowledgeExistingAccounts: true,
    };

    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? b : a).gql(REQUEST, { input })),
    );

    expect(await count("smart_accounts")).toBe(1);
    const account = accountOf(answers[0]);
    expect(account.history).toHaveLength(1);
    expect(await count("account_events")).toBe(1);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect({ data: answer.data, errors: answer.errors }).toEqual({
        data: answers[0].data,
        errors: undefined,
      });
    }
    const replayed = answers.map((answer) => answer.headers.get("idempotent-replayed"));
    expect(replayed.filter((r) => r === "true")).toHaveLength(19);
    expect(replayed.filter((r) => r === null)).toHaveLength(1);
  }, 60_000);
});
