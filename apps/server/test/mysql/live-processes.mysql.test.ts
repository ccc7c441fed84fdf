import { loadConfig } from "../../src/config";
import { startServer, type RunningServer } from "../../src/server";
import { activeAccount, UPDATE_ACCOUNT } from "../account-api";
import { graphql } from "../gql";
import { Client } from "../harness";
import { LiveClient, nextOf } from "../live";
import { PASSWORD, SIGN_IN } from "../user-api";
import { freshDatabase, ServerProcesses } from "./processes";

/**
 * Subscriptions with two server processes on one database: an event written through one process
 * reaches a subscriber connected to the other (each process polls the events feed), and the
 * counts follow too. A third server, in this process, only sets up the people.
 */

const CHANGED = graphql(`
  subscription ProcessesAccountChanged($id: ID!) {
    accountChanged(id: $id) {
      type
      accountId
      account {
        name
      }
    }
  }
`);

const COUNTS = graphql(`
  subscription ProcessesPendingCounts {
    pendingCounts {
      domainReviews
    }
  }
`);

const servers = new ServerProcesses();
let setup: RunningServer;
let urls: string[] = [];
const sockets: LiveClient[] = [];

beforeAll(async () => {
  const database = await freshDatabase("live_processes");
  const env = {
    DATABASE_URL: database,
    TRUST_PROXY: "true",
    APP_URL: "http://app.test",
    LIVE_POLL_MS: "100",
  };
  setup = await startServer(loadConfig({ NODE_ENV: "test", PORT: "0", ...env }), {
    startJobs: false,
    mailTransport: null,
  });
  urls = await Promise.all([servers.start(env), servers.start(env)]);
}, 90_000);

afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  servers.stopAll();
  await setup?.close();
});

let ipCounter = 0;
async function signedIn(url: string, email: string): Promise<Client> {
  await setup.services.users.createStaff({
    email,
    name: email,
    company: "Ops",
    password: PASSWORD,
  });
  const client = new Client(url, `10.9.1.${++ipCounter}`);
  const res = await client.gql(SIGN_IN, { email, password: PASSWORD });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return client;
}

function socketOn(url: string, client: Client): LiveClient {
  const live = new LiveClient(url, { cookie: client.cookie });
  sockets.push(live);
  return live;
}

describe("subscriptions across server processes", () => {
  it("an event written through process A reaches a subscriber on process B", async () => {
    const [a, b] = urls;
    const writer = await signedIn(a, "writer@writer-one.com");
    const account = await activeAccount(writer, "Writer One");
    const reader = await signedIn(b, "reader@ops.example");

    // Staff read every account's history; the counts arrive first, so the socket is subscribed.
    const live = socketOn(b, reader);
    const counts = live.subscribe(COUNTS);
    const before = (await nextOf(counts)).data!.pendingCounts.domainReviews!;
    const changes = live.subscribe(CHANGED, { id: account.id });
    // There is no acknowledgement of a subscription: A renames the account every so often until
    // B's subscriber receives one (a rename before the subscription was in place is not sent).
    let received = false;
    const writing = (async () => {
      for (let round = 0; !received; round++) {
        const renamed = await writer.gql(UPDATE_ACCOUNT, {
          input: { smartAccountId: account.id, name: `Writer One ${round}` },
        });
        if (renamed.errors) throw new Error(JSON.stringify(renamed.errors));
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();
    const first = await nextOf(changes);
    received = true;
    await writing;
    expect(first.errors).toBeUndefined();
    expect(first.data!.accountChanged).toEqual({
      type: "DETAILS_UPDATED",
      accountId: account.id,
      account: { name: expect.stringMatching(/^Writer One \d+$/) },
    });

    // An identifier that needs review, requested through A, changes staff's counts on B.
    await activeAccount(writer, "Writer Lab", {
      domainIdentifier: "lab.writer-one.com",
      contactPhone: "+1 949 555 0100",
    });
    expect((await nextOf(counts)).data!.pendingCounts.domainReviews).toBe(before + 1);
  }, 60_000);
});
