import net from "node:net";
import type { AddressInfo } from "node:net";
import { createConnection, type Connection } from "mysql2/promise";
import {
  ACCOUNT,
  accountOf,
  activeAccount,
  APPROVE,
  APPROVE_ACCESS,
  CANCEL_ACCESS,
  COMPANY,
  DENY,
  DIRECTORY,
  registeredUser,
  REQUEST,
  REQUEST_ACCESS,
  SEARCH,
  UPDATE_ACCOUNT,
} from "../account-api";
import { graphql } from "../gql";
import { startTestApp, type Client, type TestApp } from "../harness";
import { ME, SIGN_OUT } from "../user-api";
import { freshDatabase } from "./processes";

/**
 * DATABASE_READ_URLS, on two databases of the test server: the primary, and a "replica" that is
 * a copy of it taken when a test says so (`replicate()`), so it is exactly as stale as the test
 * makes it. Where a read came from shows in what it answers: the replica is given rows only it
 * has. The replica is reached through a TCP proxy, which the last test takes down.
 */
const WINDOW_MS = 5_000;

const DIRECTORY_AND_ME = graphql(`
  query ReplicaDirectoryAndMe {
    directory(first: 10) {
      edges {
        node {
          smartAccount {
            name
          }
        }
      }
    }
    me {
      email
    }
  }
`);

let app: TestApp;
let primaryDb = "";
let replicaDb = "";
/** A connection to the test server, outside the app: copies, and looks at either database. */
let sql: Connection;
/** Each table's columns that are written (generated columns are computed by each database). */
let copied: { table: string; columns: string }[] = [];
let proxy: net.Server;
const proxied = new Set<net.Socket>();

const nameOf = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

beforeAll(async () => {
  const primaryUrl = await freshDatabase("reads_primary");
  const replicaUrl = await freshDatabase("reads_replica");
  primaryDb = nameOf(primaryUrl);
  replicaDb = nameOf(replicaUrl);
  const target = new URL(replicaUrl);
  proxy = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 3306), target.hostname);
    for (const socket of [client, upstream]) {
      proxied.add(socket);
      socket.on("close", () => proxied.delete(socket));
      socket.on("error", () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const throughProxy = new URL(replicaUrl);
  throughProxy.hostname = "127.0.0.1";
  throughProxy.port = String((proxy.address() as AddressInfo).port);

  app = await startTestApp({
    env: {
      DATABASE_URL: primaryUrl,
      DATABASE_READ_URLS: throughProxy.toString(),
      READ_YOUR_WRITES_MS: String(WINDOW_MS),
    },
  });
  sql = await createConnection({ uri: process.env.TEST_DATABASE_URL as string });
  // The replica's schema is the migrated primary's.
  const [tables] = (await sql.query(
    "SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'",
    [primaryDb],
  )) as unknown as [{ name: string }[]];
  for (const { name } of tables) {
    await sql.query(`CREATE TABLE \`${replicaDb}\`.\`${name}\` LIKE \`${primaryDb}\`.\`${name}\``);
  }
  const [columns] = (await sql.query(
    "SELECT TABLE_NAME AS name, GROUP_CONCAT(CONCAT('`', COLUMN_NAME, '`') ORDER BY ORDINAL_POSITION) AS columns FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND COALESCE(GENERATION_EXPRESSION, '') = '' GROUP BY TABLE_NAME",
    [primaryDb],
  )) as unknown as [{ name: string; columns: string }[]];
  copied = columns.map((c) => ({ table: c.name, columns: c.columns }));
}, 90_000);

afterAll(async () => {
  await app?.close();
  proxy?.close();
  for (const socket of proxied) socket.destroy();
  if (sql) {
    for (const db of [primaryDb, replicaDb].filter(Boolean)) {
      await sql.query(`DROP DATABASE IF EXISTS \`${db}\``);
    }
    await sql.end();
  }
});

beforeEach(async () => {
  await app.reset();
  await replicate();
});

/** The replica catches up: it becomes a copy of the primary as it is now. */
async function replicate(): Promise<void> {
  await sql.query("SET FOREIGN_KEY_CHECKS = 0");
  try {
    for (const { table, columns } of copied) {
      await sql.query(`DELETE FROM \`${replicaDb}\`.\`${table}\``);
      await sql.query(
        `INSERT INTO \`${replicaDb}\`.\`${table}\` (${columns}) SELECT ${columns} FROM \`${primaryDb}\`.\`${table}\``,
      );
    }
  } finally {
    await sql.query("SET FOREIGN_KEY_CHECKS = 1");
  }
}

/** A write to the replica alone: a row that shows a read came from there. */
async function onReplica(statement: string, params: unknown[]): Promise<void> {
  await sql.query(`USE \`${replicaDb}\``);
  await sql.query(statement, params);
}

async function onPrimary(statement: string, params: unknown[]): Promise<unknown> {
  await sql.query(`USE \`${primaryDb}\``);
  const [rows] = (await sql.query(statement, params)) as unknown as [Record<string, unknown>[]];
  return rows[0] ? Object.values(rows[0])[0] : null;
}

/** The account names a caller's directory lists. */
async function directoryNames(client: Client): Promise<string[]> {
  const res = await client.gql(DIRECTORY, { first: 10 });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.directory.edges.map((e) => e.node.smartAccount.name);
}

async function searchIds(client: Client, q: string): Promise<string[]> {
  const res = await client.gql(SEARCH, { q, first: 10 });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.searchSmartAccounts.edges.map((e) => e.node.id);
}

async function detail(client: Client, id: string) {
  const res = await client.gql(ACCOUNT, { id });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.smartAccount;
}

async function metric(line: string): Promise<number> {
  const text = await (await fetch(`${app.url}/metrics`)).text();
  const found = text.split("\n").find((l) => l.startsWith(`${line} `));
  return Number(found?.split(" ").pop() ?? 0);
}

/** The replica still has the account under another name; the callers' writes are past. */
async function staleName(id: string): Promise<void> {
  await onReplica("UPDATE smart_accounts SET name = ?, nameKey = ? WHERE id = ?", [
    "Replica Copy",
    "replica copy",
    id,
  ]);
  app.clock.advance(WINDOW_MS);
}

async function pendingRequest() {
  const requester = await registeredUser(app, { email: "ccoesup@ccoesup.com" });
  const account = accountOf(
    await requester.gql(REQUEST, {
      input: {
        authorization: "SOMEONE_ELSE",
        name: "CCO Esup, Inc.",
        approverEmails: ["approver@ccoesup.com"],
        message: "Please authorize our account.",
        // The address given up front: the approval makes the account ACTIVE at once.
        company: COMPANY,
      },
    }),
  );
  const approver = await registeredUser(app, { email: "approver@ccoesup.com" });
  return { approver, account };
}

describe("reads from a replica", () => {
  it("serve the directory, search and detail to a caller who has not written; one who just wrote reads the primary", async () => {
    const ada = await registeredUser(app, { email: "ada@ccoesup.com" });
    const bob = await registeredUser(app, { email: "bob@ccoesup.com" });
    const account = await activeAccount(ada, "CCO Esup Research");
    await replicate();
    await staleName(account.id);
    const served = await metric("db_replica_reads_total");

    expect(await directoryNames(ada)).toEqual(["Replica Copy"]);
    expect(await searchIds(ada, "replica")).toEqual([account.id]);
    expect((await detail(ada, account.id))?.name).toBe("Replica Copy");
    expect(await metric("db_replica_reads_total")).toBeGreaterThan(served);
    // Asked beside anything else, the directory is the primary's.
    const mixed = await ada.gql(DIRECTORY_AND_ME);
    expect(mixed.data?.directory.edges.map((e) => e.node.smartAccount.name)).toEqual([
      "CCO Esup Research",
    ]);

    // Ada renames it; the replica has not caught up, but her own reads show her write.
    const renamed = await ada.gql(UPDATE_ACCOUNT, {
      input: { smartAccountId: account.id, name: "CCO Esup Labs" },
    });
    expect(renamed.errors).toBeUndefined();
    expect(await directoryNames(ada)).toEqual(["CCO Esup Labs"]);
    expect(await searchIds(ada, "cco esup labs")).toEqual([account.id]);
    expect((await detail(ada, account.id))?.name).toBe("CCO Esup Labs");
    // Bob has not written: his search is the replica's, a few seconds behind.
    expect(await searchIds(bob, "cco esup labs")).toEqual([]);
    expect(await searchIds(bob, "replica")).toEqual([account.id]);

    // Past the window Ada reads the replica again (still behind here, as it never caught up).
    app.clock.advance(WINDOW_MS);
    expect(await directoryNames(ada)).toEqual(["Replica Copy"]);
  });

  it("never carry a session: one signed out on the primary is over, whatever the replica holds", async () => {
    const ada = await registeredUser(app, { email: "ada@ccoesup.com" });
    await activeAccount(ada, "CCO Esup Research");
    await replicate();
    const cookie = ada.cookie;
    expect((await ada.gql(SIGN_OUT)).errors).toBeUndefined();
    app.clock.advance(WINDOW_MS);
    ada.cookie = cookie;
    const res = await ada.gql(DIRECTORY, { first: 10 });
    expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect((await ada.gql(ME)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("decisions", () => {
  it("refuse to approve a request the primary has denied, though the replica still shows it pending", async () => {
    const { approver, account } = await pendingRequest();
    await replicate();
    const denied = await approver.gql(DENY, { id: account.id, reason: "Not our company." });
    expect(denied.errors).toBeUndefined();
    app.clock.advance(WINDOW_MS);
    // What the approver is shown comes from the replica ...
    expect((await detail(approver, account.id))?.status).toBe("PENDING_CUSTOMER_ACCEPTANCE");
    // ... what is decided, from the primary.
    const late = await approver.gql(APPROVE, {
      input: { smartAccountId: account.id, acceptTerms: true },
    });
    expect(late.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(await onPrimary("SELECT status FROM smart_accounts WHERE id = ?", [account.id])).toBe(
      "DECLINED_BY_CUSTOMER",
    );
  });

  it("approve a request the primary has pending, though the replica shows it denied", async () => {
    const { approver, account } = await pendingRequest();
    await replicate();
    await onReplica("UPDATE smart_accounts SET status = 'DECLINED_BY_CUSTOMER' WHERE id = ?", [
      account.id,
    ]);
    app.clock.advance(WINDOW_MS);
    expect((await detail(approver, account.id))?.status).toBe("DECLINED_BY_CUSTOMER");
    const approved = await approver.gql(APPROVE, {
      input: { smartAccountId: account.id, acceptTerms: true },
    });
    expect(approved.errors).toBeUndefined();
    expect(accountOf(approved).status).toBe("ACTIVE");
    expect(await onPrimary("SELECT status FROM smart_accounts WHERE id = ?", [account.id])).toBe(
      "ACTIVE",
    );
  });

  it("on access requests go by the primary's roles and requests, not a replica's stale rows", async () => {
    const admin = await registeredUser(app, { email: "ada@cisco.com" });
    const account = await activeAccount(admin, "Cisco");
    const asker = await registeredUser(app, {
      email: "pat@partner.example",
      organisationType: "PARTNER",
    });
    const eve = await registeredUser(app, { email: "eve@evil.example" });
    const asked = await asker.gql(REQUEST_ACCESS, {
      input: { smartAccountId: account.id, forMyself: true, reason: "Please" },
    });
    const [request] = asked.data!.requestAccess.accessRequests;
    await replicate();
    // On the replica alone, Eve holds Ada's administrator role.
    await onReplica(
      "UPDATE role_assignments SET email = ? WHERE smartAccountId = ? AND email = ?",
      ["eve@evil.example", account.id, "ada@cisco.com"],
    );
    app.clock.advance(WINDOW_MS);

    const byEve = await eve.gql(APPROVE_ACCESS, { input: { accessRequestId: request.id } });
    expect(byEve.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await onPrimary("SELECT status FROM access_requests WHERE id = ?", [request.id])).toBe(
      "PENDING",
    );

    // The asker cancels; on the replica the request is still pending and Ada no administrator.
    expect((await asker.gql(CANCEL_ACCESS, { id: request.id })).errors).toBeUndefined();
    app.clock.advance(WINDOW_MS);
    const byAda = await admin.gql(APPROVE_ACCESS, { input: { accessRequestId: request.id } });
    expect(byAda.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(await onPrimary("SELECT status FROM access_requests WHERE id = ?", [request.id])).toBe(
      "CANCELLED",
    );
  });
});

describe("a replica that goes away", () => {
  // Last: the proxy to the replica stays down.
  it("leaves its reads to the primary, counted, and costs no request", async () => {
    const ada = await registeredUser(app, { email: "ada@ccoesup.com" });
    const account = await activeAccount(ada, "CCO Esup Research");
    await replicate();
    await staleName(account.id);
    expect(await directoryNames(ada)).toEqual(["Replica Copy"]);
    const fellBack = await metric('db_replica_fallbacks_total{reason="unreachable"}');

    await new Promise<void>((resolve) => {
      proxy.close(() => resolve());
      for (const socket of proxied) socket.destroy();
    });

    expect(await directoryNames(ada)).toEqual(["CCO Esup Research"]);
    expect(await searchIds(ada, "cco esup research")).toEqual([account.id]);
    expect((await detail(ada, account.id))?.name).toBe("CCO Esup Research");
    expect(await metric('db_replica_fallbacks_total{reason="unreachable"}')).toBeGreaterThanOrEqual(
      fellBack + 3,
    );
  });
});
