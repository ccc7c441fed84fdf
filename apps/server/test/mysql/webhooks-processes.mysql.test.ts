import { createConnection, type Connection } from "mysql2/promise";
import { loadConfig } from "../../src/config";
import { startServer, type RunningServer } from "../../src/server";
import { activeAccount, UPDATE_ACCOUNT } from "../account-api";
import { graphql } from "../gql";
import { Client } from "../harness";
import { PASSWORD, SIGN_IN } from "../user-api";
import { WebhookReceiver } from "../webhook-receiver";
import { freshDatabase, ServerProcesses } from "./processes";

/**
 * A webhook delivery survives the server that was sending it being killed mid-send: the server
 * process that claimed it is SIGKILLed while the receiver holds the request open, and another
 * server process sends it again once the claim's lease has run out, with the same webhook-id and
 * body. At least once, never lost. A third server, in this process, only writes the change.
 */

const CREATE = graphql(`
  mutation ProcessesWebhooksCreate($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
      }
    }
  }
`);

const servers = new ServerProcesses();
const receiver = new WebhookReceiver();
let setup: RunningServer;
let sql: Connection;
let env: Record<string, string>;

beforeAll(async () => {
  const database = await freshDatabase("webhooks_kill");
  env = {
    DATABASE_URL: database,
    TRUST_PROXY: "true",
    APP_URL: "http://app.test",
    WEBHOOKS_ALLOW_PRIVATE_ADDRESSES: "true",
    // Each attempt is bounded by 2 s, so a claim's lease runs out 9 s after it was taken.
    WEBHOOKS_TIMEOUT_SECONDS: "2",
  };
  setup = await startServer(loadConfig({ NODE_ENV: "test", PORT: "0", ...env }), {
    startJobs: false,
    mailTransport: null,
  });
  await receiver.start();
  sql = await createConnection({ uri: database });
}, 90_000);

afterAll(async () => {
  servers.stopAll();
  await receiver.close();
  await sql?.end();
  await setup?.close();
});

type Row = { id: string; status: string; attempts: number };

async function deliveries(): Promise<Row[]> {
  const [rows] = await sql.query("SELECT id, status, attempts FROM webhook_deliveries");
  return rows as Row[];
}

async function until<T>(what: string, read: () => Promise<T>, done: (v: T) => boolean) {
  const deadline = Date.now() + 45_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

it("delivers a message whose sender was killed mid-send, again with the same webhook-id", async () => {
  const first = await servers.start(env);

  await setup.services.users.createStaff({
    email: "sam@ops-hooks.com",
    name: "Sam",
    company: "Ops",
    password: PASSWORD,
  });
  const sam = new Client(setup.url, "10.9.1.1");
  const signIn = await sam.gql(SIGN_IN, { email: "sam@ops-hooks.com", password: PASSWORD });
  if (signIn.errors) throw new Error(JSON.stringify(signIn.errors));
  const account = await activeAccount(sam, "Hooks Corp");
  const created = await sam.gql(CREATE, {
    input: {
      accountId: account.id,
      url: `${receiver.origin}/hooks`,
      eventTypes: ["DETAILS_UPDATED"],
    },
  });
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  receiver.secrets.set("/hooks", created.data!.createWebhookEndpoint.secret);

  // The first request is held open: the server process sending it is killed meanwhile.
  receiver.answers.push("hold");
  const renamed = await sam.gql(UPDATE_ACCOUNT, {
    input: { smartAccountId: account.id, name: "Hooks Corp Two" },
  });
  if (renamed.errors) throw new Error(JSON.stringify(renamed.errors));
  await receiver.waitFor(1);
  await servers.kill(first);
  expect(await deliveries()).toEqual([
    { id: receiver.received[0].headers["webhook-id"], status: "SENDING", attempts: 1 },
  ]);

  // Another process takes the delivery over once the dead one's lease has run out.
  await servers.start(env);
  await receiver.waitFor(2, 45_000);
  const [killed, again] = receiver.received;
  expect(again.headers["webhook-id"]).toBe(killed.headers["webhook-id"]);
  expect(again.body).toBe(killed.body);
  expect([killed.verified, again.verified]).toEqual([true, true]);
  expect(JSON.parse(again.body)).toMatchObject({
    type: "DETAILS_UPDATED",
    data: { accountId: account.id },
  });
  const [delivered] = await until(
    "the delivery to be recorded",
    deliveries,
    (rows) => rows[0]?.status === "DELIVERED",
  );
  expect(delivered).toEqual({ id: killed.headers["webhook-id"], status: "DELIVERED", attempts: 2 });
  const [attempts] = await sql.query("SELECT statusCode FROM webhook_attempts");
  // The killed process logged nothing; the one that finished logged its 200.
  expect(attempts).toEqual([{ statusCode: 200 }]);
  expect(receiver.received).toHaveLength(2);
}, 120_000);
