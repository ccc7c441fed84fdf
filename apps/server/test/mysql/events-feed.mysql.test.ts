import { createConnection, type Connection } from "mysql2/promise";
import { loadConfig } from "../../src/config";
import { startServer, type RunningServer } from "../../src/server";
import { activeAccount, SET_ROLES, UPDATE_ACCOUNT } from "../account-api";
import { graphql } from "../gql";
import { Client } from "../harness";
import { PASSWORD, SIGN_IN } from "../user-api";
import { freshDatabase, ServerProcesses } from "./processes";

/**
 * The events feed with two server processes writing to one database while a reader follows the
 * feed from both: nothing is skipped, nothing is read twice, and every event written is read. A
 * third server, in this process, only sets up the people (it writes events too).
 */

const FEED = graphql(`
  query ProcessesEvents($after: String, $first: Int) {
    events(after: $after, first: $first) {
      edges {
        cursor
        node {
          id
          position
          accountId
          payload {
            sequence
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Read = { id: string; position: number; accountId: string; sequence: number };

const servers = new ServerProcesses();
let setup: RunningServer;
let database: string;
let sql: Connection;
let urls: string[] = [];

beforeAll(async () => {
  database = await freshDatabase("events_feed");
  const env = { DATABASE_URL: database, TRUST_PROXY: "true", APP_URL: "http://app.test" };
  setup = await startServer(loadConfig({ NODE_ENV: "test", PORT: "0", ...env }), {
    startJobs: false,
    mailTransport: null,
  });
  urls = await Promise.all([servers.start(env), servers.start(env)]);
  sql = await createConnection({ uri: database });
}, 90_000);

afterAll(async () => {
  servers.stopAll();
  await sql?.end();
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
  const client = new Client(url, `10.9.0.${++ipCounter}`);
  const res = await client.gql(SIGN_IN, { email, password: PASSWORD });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return client;
}

/** Follows the feed from `cursor`, alternating between the servers, until a page comes back empty. */
async function follow(
  readers: Client[],
  from: string | null,
  into: Read[],
): Promise<string | null> {
  let cursor = from;
  for (let i = 0; ; i++) {
    const res = await readers[i % readers.length].gql(FEED, { after: cursor, first: 7 });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const { edges, pageInfo } = res.data!.events;
    for (const { node } of edges) {
      into.push({
        id: node.id,
        position: node.position,
        accountId: node.accountId,
        sequence: node.payload.sequence,
      });
    }
    if (pageInfo.endCursor) cursor = pageInfo.endCursor;
    if (edges.length === 0) return cursor;
  }
}

async function eventCount(): Promise<number> {
  const [rows] = await sql.query("SELECT COUNT(*) AS n FROM account_events");
  return Number((rows as { n: number | string }[])[0].n);
}

function checkRead(read: Read[]) {
  const ids = read.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  const positions = read.map((r) => r.position);
  expect(positions.every((p, i) => i === 0 || p > positions[i - 1])).toBe(true);
  // Each account's events arrive in its history's order, whoever wrote them.
  const last = new Map<string, number>();
  for (const r of read) {
    expect(r.sequence).toBeGreaterThan(last.get(r.accountId) ?? 0);
    last.set(r.accountId, r.sequence);
  }
}

describe("the events feed, written by two server processes", () => {
  it("a reader following it while both write never skips or repeats an event, and reads them all", async () => {
    const writers = await Promise.all(
      ["w1@writer-one.com", "w2@writer-two.com", "w3@writer-three.com", "w4@writer-four.com"].map(
        (email, i) => signedIn(urls[i % 2], email),
      ),
    );
    const readers = [
      await signedIn(urls[0], "reader@ops.example"),
      await signedIn(urls[1], "reader@ops.example"),
    ];
    const accounts = await Promise.all(writers.map((w, i) => activeAccount(w, `Writer ${i}`)));
    const shared = accounts[0].id;

    const read: Read[] = [];
    let writing = true;
    const rounds = 12;
    const writes = writers.map(async (writer, w) => {
      for (let round = 0; round < rounds; round++) {
        const rename = await writer.gql(UPDATE_ACCOUNT, {
          input: { smartAccountId: accounts[w].id, name: `Writer ${w} round ${round}` },
        });
        if (rename.errors) throw new Error(JSON.stringify(rename.errors));
        // And one account's users changed from both processes at once: its events queue on it.
        if (w % 2 === 0) {
          const roles = await writers[0].gql(SET_ROLES, {
            input: {
              smartAccountId: shared,
              email: `user${w}-${round}@writer-one.com`,
              roles: [{ role: "USER" }],
            },
          });
          if (roles.errors) throw new Error(JSON.stringify(roles.errors));
        }
      }
    });
    const following = (async () => {
      let cursor: string | null = null;
      while (writing) cursor = await follow(readers, cursor, read);
      return cursor;
    })();
    await Promise.all(writes);
    writing = false;
    const cursor = await following;

    // Each mutation answered after its events were numbered: the reader catches up at once.
    await follow(readers, cursor, read);
    const total = await eventCount();
    expect(total).toBeGreaterThanOrEqual(4 + 4 * rounds + 2 * rounds);
    checkRead(read);
    expect(read).toHaveLength(total);
    const [rows] = await sql.query("SELECT id FROM account_events WHERE position IS NULL");
    expect(rows).toEqual([]);
  }, 120_000);

  it("an event that commits after later ones were read comes after them, numbered by a process's timer", async () => {
    const writer = await signedIn(urls[0], "late@writer-late.com");
    const reader = await signedIn(urls[1], "reader@ops.example");
    const account = await activeAccount(writer, "Late Writer");
    const read: Read[] = [];
    let cursor = await follow([reader], null, read);

    // A unit of work that wrote its event and has not committed yet (as a slow writer would)…
    const slow = await createConnection({ uri: database });
    await slow.beginTransaction();
    const lateId = "00000000-0000-4000-8000-000000000001";
    await slow.query(
      "INSERT INTO account_events (id, smartAccountId, sequence, position, type, actorId, actorEmail, statusBefore, statusAfter, detail, createdAt) VALUES (?, ?, 1000, NULL, 'DETAILS_UPDATED', NULL, NULL, 'ACTIVE', 'ACTIVE', 'slow', UTC_TIMESTAMP(3))",
      [lateId, account.id],
    );
    // … while others commit and are read past.
    for (let i = 0; i < 3; i++) {
      const res = await writer.gql(UPDATE_ACCOUNT, {
        input: { smartAccountId: account.id, name: `Late Writer ${i}` },
      });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    }
    cursor = await follow([reader], cursor, read);
    expect(read.map((r) => r.id)).not.toContain(lateId);
    const seen = read[read.length - 1].position;

    await slow.commit();
    await slow.end();
    // Nothing of this process numbers it; the servers' timers do, within a few seconds.
    const deadline = Date.now() + 15_000;
    const after: Read[] = [];
    while (!after.some((r) => r.id === lateId) && Date.now() < deadline) {
      cursor = await follow([reader], cursor, after);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(after.map((r) => r.id)).toEqual([lateId]);
    expect(after[0].position).toBeGreaterThan(seen);
    checkRead([...read, ...after].filter((r) => r.id !== lateId));
  }, 60_000);
});
