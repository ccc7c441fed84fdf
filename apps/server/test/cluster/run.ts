/**
 * `pnpm test:cluster`: the server on a three-node MariaDB Galera cluster on this machine, under a
 * mixed load, while a database node and a server process die. See docs/scaling.md.
 *
 * Three mariadbd (their own data directories under a temp dir, ports from CLUSTER_BASE_PORT,
 * 24400 by default; the MariaDB on 3306 is left alone) and three server processes, each given
 * every node with a different one first. The load (LOAD_RPS requests a second for
 * LOAD_SECONDS) signs up, requests accounts, approves each one on two servers at once, asks for
 * access (twice at once), signs in, guesses a password and reads the directory. Mid-load one
 * database node is killed and later brought back (state transfer), and one server process is
 * killed. Then it checks every acknowledged write on every node, one winner per decision, every
 * email at the local SMTP server, and when the failures fell; it prints a report (also written
 * as JSON to CLUSTER_REPORT when set) and exits 1 when an assertion fails.
 *
 * With CLUSTER_REPLICA=1 a fourth mariadbd replicates node1 asynchronously, REPLICA_DELAY_SECONDS
 * (3) behind, and the servers are given it as DATABASE_READ_URLS: a member who just asked for
 * access must find the request in their directory at once (their own write, read from a
 * primary), while directory and search reads of members who have not written go to the replica.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { SIGN_IN_PER_ACCOUNT_AND_ADDRESS } from "../../src/modules/user/user.limits";
import {
  COMPANY,
  DIRECTORY,
  REQUEST,
  REQUEST_ACCESS,
  SEARCH,
  ACCOUNT,
  APPROVE,
} from "../account-api";
import { ME, PASSWORD, SIGN_IN, SIGN_UP, VERIFY } from "../user-api";
import { AsyncReplica, choosePorts, ensureGaleraInstalled, GaleraNode } from "./galera";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 180);
const RPS = Number(process.env.LOAD_RPS ?? 60);
const BASE_PORT = Number(process.env.CLUSTER_BASE_PORT ?? 24400);
const DATABASE = "sam_cluster";
const WITH_REPLICA = process.env.CLUSTER_REPLICA === "1";
const REPLICA_DELAY_SECONDS = Number(process.env.REPLICA_DELAY_SECONDS ?? 3);
/** Above the replica's delay and its apply time on a busy machine. */
const READ_YOUR_WRITES_MS = Number(process.env.READ_YOUR_WRITES_MS ?? 10_000);
/** Failures are allowed only this long after a node or a server goes away. */
const FAILURE_WINDOW_MS = 10_000;
const serverDir = path.resolve(__dirname, "..", "..");

const started = Date.now();
function log(line: string): void {
  console.log(`[cluster ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`);
}

// ---------------------------------------------------------------- server processes

class ServerProcess {
  url = "";
  alive = false;
  child: ChildProcess | null = null;
  lastMetrics = "";
  /** The most requests seen waiting for a database connection, and connections in use. */
  peakPoolWaiting = 0;
  peakPoolInUse = 0;

  constructor(
    readonly index: number,
    private readonly port: number,
    private readonly env: Record<string, string>,
    private readonly logFile: string,
  ) {}

  /** Starts the process on its port and waits until /readyz says it reaches the database. */
  async start(): Promise<void> {
    const out = fs.openSync(this.logFile, "a");
    this.child = spawn(
      "nice",
      ["-n", "10", process.execPath, "-r", "@swc-node/register", "src/main.ts"],
      {
        cwd: serverDir,
        env: {
          ...process.env,
          ...this.env,
          PORT: String(this.port),
          LOG_LEVEL: "warn",
          NODE_ENV: "development",
        },
        stdio: ["ignore", out, out],
      },
    );
    let exited: string | null = null;
    this.child.once("exit", (code, signal) => {
      this.alive = false;
      exited = String(code ?? signal);
    });
    this.url = `http://127.0.0.1:${this.port}`;
    const deadline = Date.now() + 240_000;
    while (Date.now() < deadline) {
      if (exited !== null)
        throw new Error(`server ${this.index} exited (${exited}); see ${this.logFile}`);
      const ready = await fetch(`${this.url}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) {
        this.alive = true;
        return;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`server ${this.index} did not become ready; see ${this.logFile}`);
  }

  kill(): void {
    this.alive = false;
    this.child?.kill("SIGKILL");
  }

  stop(): void {
    this.alive = false;
    this.child?.kill("SIGTERM");
  }
}

// ---------------------------------------------------------------- the load's client

type Session = { ip: string; cookie: string | null };
type Answer<T> = {
  status: number;
  code: string | null;
  data: T | null;
  /** A 5xx, a dropped connection, or an answer saying the database failed us. */
  failed: boolean;
};
type Sample = {
  t: number;
  op: string;
  server: number;
  ms: number;
  status: number;
  code: string | null;
  failed: boolean;
};

const FAILURE_CODES = new Set(["INTERNAL_SERVER_ERROR", "UNAVAILABLE", "OUTCOME_UNKNOWN"]);
const samples: Sample[] = [];
let loadStart = 0;
let servers: ServerProcess[] = [];
let rerouted = 0;
let roundRobin = 0;
const printed = new Map<object, string>();

function pickServer(exclude: ServerProcess | null = null): ServerProcess {
  const alive = servers.filter((s) => s.alive && s !== exclude);
  if (alive.length === 0) throw new Error("no server process is alive");
  return alive[roundRobin++ % alive.length];
}

/**
 * One GraphQL request, as a load balancer in front of the servers would send it: a server
 * that refuses the connection (killed) is taken out and the request goes to another.
 */
async function send<TData, TVariables>(
  op: string,
  session: Session,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  server: ServerProcess = pickServer(),
): Promise<Answer<TData>> {
  let text = printed.get(document);
  if (!text) printed.set(document, (text = print(document)));
  let target = server;
  for (let hop = 0; ; hop++) {
    const t = Date.now() - loadStart;
    try {
      const res = await fetch(`${target.url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-forwarded-for": session.ip,
          ...(session.cookie ? { cookie: session.cookie } : {}),
        },
        body: JSON.stringify({ query: text, variables }),
        signal: AbortSignal.timeout(20_000),
      });
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(";");
        if (pair.startsWith("sam_session=")) session.cookie = pair;
      }
      const body = (await res.json().catch(() => ({}))) as {
        data?: TData;
        errors?: { extensions?: { code?: string } }[];
      };
      const code = body.errors?.[0]?.extensions?.code ?? null;
      const failed = res.status >= 500 || (code !== null && FAILURE_CODES.has(code));
      samples.push({
        t,
        op,
        server: target.index,
        ms: Date.now() - loadStart - t,
        status: res.status,
        code,
        failed,
      });
      return { status: res.status, code, data: body.data ?? null, failed };
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      if (cause === "ECONNREFUSED" && hop < 3) {
        target.alive = false;
        rerouted += 1;
        target = pickServer(target);
        continue;
      }
      const code = cause ?? (error as Error).name ?? "NETWORK";
      samples.push({
        t,
        op,
        server: target.index,
        ms: Date.now() - loadStart - t,
        status: 0,
        code,
        failed: true,
      });
      return { status: 0, code, data: null, failed: true };
    }
  }
}

// ---------------------------------------------------------------- what was acknowledged

const acked = {
  users: new Set<string>(),
  accounts: new Map<string, "PENDING_CUSTOMER_ACCEPTANCE" | "ACTIVE">(),
  accessRequests: new Set<string>(),
};
type Decision = { accountId: string; answers: (string | null)[]; definite: boolean };
const decisions: Decision[] = [];
const staleReads: string[] = [];
/** With a replica: reads of one's own write just made that did not show it (must be none). */
const ownStaleReads: string[] = [];
let ownReadsChecked = 0;
/** With a replica: a decision read back by the requester (someone else's write) not shown yet. */
let othersStaleReads = 0;
const guessCodes: string[] = [];
const signIns = { ok: 0, other: 0 };

let labelCounter = 0;
/** Labels from letters no skeleton confuses (no rn/m, l/1, o/0, vv/w …). */
function uniqueLabel(): string {
  const alphabet = "abeghkpstxyz";
  let n = ++labelCounter + 1000;
  let label = "";
  while (n > 0) {
    label = alphabet[n % alphabet.length] + label;
    n = Math.floor(n / alphabet.length);
  }
  return `${label}${alphabet[Math.floor(Math.random() * alphabet.length)]}`;
}

let ipCounter = 0;
function freshIp(): string {
  ipCounter += 1;
  return `10.${100 + Math.floor(ipCounter / 62500)}.${Math.floor(ipCounter / 250) % 250}.${ipCounter % 250}`;
}

type Member = { email: string; session: Session };

// ---------------------------------------------------------------- flows

async function readVerificationToken(nodes: GaleraNode[], email: string): Promise<string | null> {
  for (let tries = 0; tries < 20; tries++) {
    for (const node of nodes.filter((n) => n.running)) {
      try {
        const c = await node.connect(DATABASE);
        try {
          const [rows] = await c.query(
            "SELECT textBody FROM outbox_emails WHERE toAddress = ? ORDER BY createdAt DESC",
            [email],
          );
          for (const row of rows as { textBody: string }[]) {
            const token = /verify-email\?token=([\w-]+)/.exec(row.textBody)?.[1];
            if (token) return token;
          }
        } finally {
          await c.end();
        }
        break;
      } catch {
        // that node is down: the next one
      }
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return null;
}

/** Signs up, verifies and signs in; null when a step did not take. */
async function register(nodes: GaleraNode[], email: string, op: string): Promise<Member | null> {
  const session: Session = { ip: freshIp(), cookie: null };
  const up = await send(`${op}:signUp`, session, SIGN_UP, {
    input: {
      email,
      name: "Cluster Tester",
      company: "Cluster Co",
      organisationType: "CUSTOMER" as const,
      password: PASSWORD,
    },
  });
  if (up.code !== null) return null;
  acked.users.add(email);
  const token = await readVerificationToken(nodes, email);
  if (!token) return null;
  const verified = await send(`${op}:verify`, session, VERIFY, { token });
  if (verified.code !== null) return null;
  const signIn = await send(`${op}:signIn`, session, SIGN_IN, { email, password: PASSWORD });
  if (signIn.code !== null) return null;
  return { email, session };
}

async function approvalFlow(nodes: GaleraNode[], requesters: Member[], active: string[]) {
  const requester = requesters[Math.floor(Math.random() * requesters.length)];
  const label = uniqueLabel();
  // A registrable domain of its own: no other account is on it, as for most real requests.
  const approverEmail = `boss@${label}-corp.com`;
  const requested = await send("request", requester.session, REQUEST, {
    input: {
      authorization: "SOMEONE_ELSE" as const,
      name: `Cluster ${label}`,
      approverEmails: [approverEmail],
      // The address given up front: the approval makes the account ACTIVE at once.
      company: COMPANY,
      // Every test account is under example.org: the others are no reason to stop.
      acknowledgeExistingAccounts: true,
    },
  });
  const accountId = requested.data?.requestSmartAccount.smartAccount.id;
  if (!accountId) return;
  acked.accounts.set(accountId, "PENDING_CUSTOMER_ACCEPTANCE");
  const approver = await register(nodes, approverEmail, "approver");
  if (!approver) return;
  // The same decision sent to two servers (on two database nodes) at once.
  const first = pickServer();
  const second = pickServer(first);
  const input = { input: { smartAccountId: accountId, acceptTerms: true } };
  const answers = await Promise.all([
    send("approve", approver.session, APPROVE, input, first),
    send("approve", { ...approver.session }, APPROVE, input, second),
  ]);
  const wins = answers.filter((a) => a.code === null && a.status === 200);
  decisions.push({
    accountId,
    answers: answers.map((a) =>
      a.code === null && a.status === 200 ? "WON" : (a.code ?? String(a.status)),
    ),
    definite: answers.every((a) => !a.failed),
  });
  if (wins.length > 0) {
    acked.accounts.set(accountId, "ACTIVE");
    active.push(accountId);
    // The decision is read back at once, on any server: never the state before it.
    const seen = await send("account", requester.session, ACCOUNT, { id: accountId });
    const status = seen.data?.smartAccount?.status;
    if (!WITH_REPLICA) {
      if (!seen.failed && status !== "ACTIVE") {
        staleReads.push(`${accountId} read back as ${status}`);
      }
      return;
    }
    // With a replica, the requester (who did not write it) may read it from the replica, its
    // delay behind; the approver, who did, reads the primary.
    if (!seen.failed && status !== "ACTIVE") othersStaleReads += 1;
    const own = await send("account:own", approver.session, ACCOUNT, { id: accountId });
    ownReadsChecked += 1;
    const ownStatus = own.data?.smartAccount?.status;
    if (!own.failed && ownStatus !== "ACTIVE") {
      staleReads.push(`${accountId} read back by its approver as ${ownStatus}`);
    }
  }
}

const asked = new Set<string>();
async function accessFlow(members: Member[], active: string[]) {
  for (let tries = 0; tries < 5; tries++) {
    const member = members[Math.floor(Math.random() * members.length)];
    const accountId = active[Math.floor(Math.random() * active.length)];
    if (!accountId || asked.has(`${member.email}:${accountId}`)) continue;
    asked.add(`${member.email}:${accountId}`);
    const input = {
      input: {
        smartAccountId: accountId,
        forMyself: true,
        reason: "Cluster test",
        role: "USER" as const,
      },
    };
    // Sent twice at once, to two servers: one pending request at most.
    const first = pickServer();
    const answers = await Promise.all([
      send("requestAccess", member.session, REQUEST_ACCESS, input, first),
      send("requestAccess", member.session, REQUEST_ACCESS, input, pickServer(first)),
    ]);
    let made = false;
    for (const answer of answers) {
      for (const request of answer.data?.requestAccess.accessRequests ?? []) {
        acked.accessRequests.add(request.id);
        made = true;
      }
    }
    if (WITH_REPLICA && made) {
      // Their own write, read back at once from a directory that otherwise reads the replica.
      const seen = await send("directory:own", member.session, DIRECTORY, { first: 20 });
      if (!seen.failed && seen.data) {
        ownReadsChecked += 1;
        const listed = seen.data.directory.edges.some(
          (e) => e.node.smartAccount.id === accountId && e.node.reason === "ACCESS_REQUESTED",
        );
        if (!listed) ownStaleReads.push(`${member.email}'s access request to ${accountId}`);
      }
    }
    return;
  }
}

async function signInFlow(members: Member[]) {
  const member = members[Math.floor(Math.random() * members.length)];
  const res = await send("signIn", { ip: freshIp(), cookie: null }, SIGN_IN, {
    email: member.email,
    password: PASSWORD,
  });
  if (res.code === null) signIns.ok += 1;
  else if (!res.failed) signIns.other += 1;
}

async function guessFlow(victim: string) {
  // One address guessing one email's password, spread over every server.
  const res = await send("guess", { ip: "10.250.0.1", cookie: null }, SIGN_IN, {
    email: victim,
    password: `guess ${Math.random()}`,
  });
  guessCodes.push(res.code ?? "OK");
}

// ---------------------------------------------------------------- checks

async function onNode<T>(
  node: GaleraNode,
  fn: (c: import("mysql2/promise").Connection) => Promise<T>,
) {
  const c = await node.connect(DATABASE);
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function selectIn(
  c: import("mysql2/promise").Connection,
  sql: string,
  ids: string[],
): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    if (chunk.length === 0) continue;
    const [rows] = await c.query(sql.replace("(?)", `(${chunk.map(() => "?").join(",")})`), chunk);
    out.push(...(rows as Record<string, unknown>[]));
  }
  return out;
}

type Received = { messageId: string; at: number };

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  ensureGaleraInstalled(log);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "sam-cluster-"));
  fs.chmodSync(root, 0o755);
  const ports = await choosePorts(BASE_PORT, WITH_REPLICA ? 4 : 3);
  const galeraPorts = [0, 1, 2].map((i) => ports[i * 10 + 1]);
  const address = `gcomm://${galeraPorts.map((p) => `127.0.0.1:${p}`).join(",")}`;
  // node1 (never killed) keeps the binary log the replica follows.
  const nodes = [0, 1, 2].map(
    (i) =>
      new GaleraNode(i + 1, root, ports[i * 10], galeraPorts[i], address, WITH_REPLICA && i === 0),
  );
  const replica = WITH_REPLICA ? new AsyncReplica(root, ports[30]) : null;
  let replicaLagPeak = 0;
  const received: Received[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      let raw = "";
      stream.on("data", (c: Buffer) => (raw += c.toString()));
      stream.on("end", () => {
        const id = /^Message-ID:\s*<?([^@>\s]+)/im.exec(raw)?.[1] ?? "";
        received.push({ messageId: id, at: Date.now() });
        callback();
      });
    },
  });
  // A killed server's SMTP connection is reset mid-session: expected, not fatal.
  smtp.on("error", () => undefined);
  const failures: string[] = [];
  const expect = (ok: boolean, what: string) => {
    if (!ok) failures.push(what);
    log(`${ok ? "ok  " : "FAIL"} ${what}`);
  };
  const events: { t: number; what: string; goneAway: boolean }[] = [];
  const event = (what: string, goneAway: boolean) => {
    events.push({ t: Date.now() - loadStart, what, goneAway });
    log(`event: ${what}`);
  };

  // Interrupted: nothing of the cluster is left running.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      for (const s of servers) s.kill();
      for (const node of nodes) node.kill();
      replica?.kill();
      process.exit(130);
    });
  }
  try {
    log(`data under ${root}; client ports ${nodes.map((n) => n.port).join(", ")}`);
    for (const node of nodes) node.install();
    nodes[0].start(true);
    await nodes[0].waitSynced();
    // One joiner at a time: a donor serves one state transfer at once.
    for (const node of nodes.slice(1)) {
      node.start(false);
      await node.waitSynced();
    }
    log("three nodes Synced");
    if (replica) {
      replica.install();
      replica.start();
      await replica.waitReady();
      // From before the database exists: the replica gets it, and the migrations, by replication.
      await replica.follow(nodes[0], REPLICA_DELAY_SECONDS);
      log(`asynchronous replica of node1 on ${replica.port}, ${REPLICA_DELAY_SECONDS} s behind`);
    }
    const admin = await nodes[0].connect();
    await admin.query(
      `CREATE DATABASE ${DATABASE} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    await admin.end();

    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const smtpPort = (smtp.server.address() as AddressInfo).port;

    // Each server is given every node, its own first; all three start (and migrate) at once.
    servers = [0, 1, 2].map((i) => {
      const order = [0, 1, 2].map((k) => nodes[(i + k) % 3]);
      const hosts = order.map((n) => `127.0.0.1:${n.port}`).join(",");
      return new ServerProcess(
        i + 1,
        ports[i * 10 + 5],
        {
          DATABASE_URL: `mysql://root@${hosts}/${DATABASE}`,
          SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
          TRUST_PROXY: "true",
          ...(replica
            ? {
                DATABASE_READ_URLS: `mysql://root@127.0.0.1:${replica.port}/${DATABASE}`,
                READ_YOUR_WRITES_MS: String(READ_YOUR_WRITES_MS),
              }
            : {}),
        },
        path.join(root, `server${i + 1}.log`),
      );
    });
    await Promise.all(servers.map((s) => s.start()));
    log("three servers listening (migrated once, under the lock row)");

    // Scraped every few seconds: a killed server's counts are its last scrape.
    const scrape = setInterval(() => {
      replica
        ?.lagSeconds()
        .then((lag) => (replicaLagPeak = Math.max(replicaLagPeak, lag ?? 0)))
        .catch(() => undefined);
      for (const s of servers.filter((x) => x.alive)) {
        fetch(`${s.url}/metrics`)
          .then((r) => r.text())
          .then((text) => {
            s.lastMetrics = text;
            const value = (prefix: string) =>
              Number(
                text
                  .split("\n")
                  .find((l) => l.startsWith(prefix))
                  ?.split(" ")
                  .pop() ?? 0,
              );
            s.peakPoolWaiting = Math.max(s.peakPoolWaiting, value("db_pool_waiting_requests "));
            s.peakPoolInUse = Math.max(
              s.peakPoolInUse,
              value('db_pool_connections{state="in_use"} '),
            );
          })
          .catch(() => undefined);
      }
    }, 1_000);

    // Set-up: members who request and read, a few active accounts to ask access to, a victim.
    loadStart = Date.now();
    const members: Member[] = [];
    for (let i = 0; i < 12; i++) {
      const member = await register(nodes, `member${i}@members.example.net`, "setup");
      if (!member) throw new Error("could not register the members");
      members.push(member);
    }
    const active: string[] = [];
    for (let i = 0; i < 6; i++) {
      const label = uniqueLabel();
      const owner = await register(nodes, `owner@${label}-corp.com`, "setup");
      if (!owner) throw new Error("could not register an owner");
      const res = await send("setup:request", owner.session, REQUEST, {
        input: {
          authorization: "REQUESTER" as const,
          name: `Active ${label}`,
          company: COMPANY,
          acceptTerms: true,
          acknowledgeExistingAccounts: true,
        },
      });
      const id = res.data?.requestSmartAccount.smartAccount.id;
      if (!id) throw new Error(`could not create an active account: ${res.code}`);
      acked.accounts.set(id, "ACTIVE");
      active.push(id);
    }
    const victim = "victim@members.example.net";
    if (!(await register(nodes, victim, "setup"))) throw new Error("could not register the victim");
    samples.length = 0;
    log("set-up done: 12 members, 6 active accounts");

    // The load: each kind of work at its own rate, together about LOAD_RPS requests a second.
    const scale = RPS / 60;
    const rates: [number, () => Promise<unknown>][] = [
      [0.9 * scale, () => approvalFlow(nodes, members, active)], // ~8 requests each
      [1 * scale, () => accessFlow(members, active)], // 2 each
      [1 * scale, () => signInFlow(members)],
      [0.5 * scale, () => guessFlow(victim)],
      [
        28 * scale,
        () =>
          send(
            "directory",
            members[Math.floor(Math.random() * members.length)].session,
            DIRECTORY,
            {
              first: 20,
            },
          ),
      ],
      [
        17 * scale,
        () =>
          send("search", members[Math.floor(Math.random() * members.length)].session, SEARCH, {
            q: uniqueLabel().slice(0, 2),
            first: 10,
          }),
      ],
      [
        7 * scale,
        () => send("me", members[Math.floor(Math.random() * members.length)].session, ME, {}),
      ],
    ];
    const credit = rates.map(() => 0);
    const inFlight = new Set<Promise<unknown>>();
    loadStart = Date.now();
    const end = loadStart + SECONDS * 1000;
    const timeline: [number, () => void][] = [
      [
        0.25,
        () => {
          event("database node3 killed (SIGKILL)", true);
          nodes[2].kill();
        },
      ],
      [
        0.5,
        () => {
          void (async () => {
            const position = await nodes[2].recoverPosition();
            event(`database node3 restarted (recovered position ${position ?? "unknown"})`, false);
            nodes[2].start(false, position);
            await nodes[2].waitSynced(240_000);
            const transfer = fs
              .readFileSync(path.join(nodes[2].dir, "error.log"), "utf8")
              .includes("IST received")
              ? "IST"
              : "SST";
            event(`database node3 Synced again (state transfer: ${transfer})`, false);
          })().catch((error: unknown) => failures.push(`node3 did not rejoin: ${String(error)}`));
        },
      ],
      [
        0.67,
        () => {
          event("server 2 killed (SIGKILL)", true);
          servers[1].kill();
        },
      ],
    ];
    let last = Date.now();
    while (Date.now() < end) {
      const now = Date.now();
      const dt = (now - last) / 1000;
      last = now;
      while (timeline.length && now - loadStart >= timeline[0][0] * SECONDS * 1000)
        timeline.shift()![1]();
      // One request of each kind in turn, so that when the cap on requests in flight is
      // reached (the servers are saturated) every kind keeps its share.
      rates.forEach(([rate], i) => (credit[i] += rate * dt));
      for (let launched = true; launched && inFlight.size < 300;) {
        launched = false;
        rates.forEach(([, run], i) => {
          if (credit[i] < 1 || inFlight.size >= 300) return;
          credit[i] -= 1;
          launched = true;
          const p = run().catch((error: unknown) => log(`load error: ${String(error)}`));
          inFlight.add(p);
          void p.finally(() => inFlight.delete(p));
        });
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    await Promise.all(inFlight);
    const loadMs = Date.now() - loadStart;
    log(`load done: ${samples.length} requests in ${(loadMs / 1000).toFixed(0)} s`);

    // Node3 must be back before every node is checked; the outbox must drain (a killed
    // server's claims come back when their lease runs out).
    const syncDeadline = Date.now() + 240_000;
    while (!events.some((e) => e.what.includes("Synced again")) && Date.now() < syncDeadline) {
      await new Promise((r) => setTimeout(r, 1000));
    }
    const drainDeadline = Date.now() + 240_000;
    let waiting = -1;
    while (Date.now() < drainDeadline) {
      waiting = await onNode(nodes[0], async (c) => {
        const [rows] = await c.query(
          "SELECT COUNT(*) AS n FROM outbox_emails WHERE status IN ('PENDING', 'SENDING')",
        );
        return Number((rows as { n: number }[])[0].n);
      });
      if (waiting === 0) break;
      await new Promise((r) => setTimeout(r, 2000));
    }
    await new Promise((r) => setTimeout(r, 3000));
    clearInterval(scrape);
    for (const s of servers.filter((x) => x.alive)) {
      s.lastMetrics = await (await fetch(`${s.url}/metrics`)).text();
    }
    log(`outbox drained (${waiting} waiting)`);

    // ------------------------------------------------------------ assertions
    // The rate over the load's own window (requests in flight at its end finish after it).
    const requests = samples.filter((x) => x.t < SECONDS * 1000).length;
    const rps = requests / SECONDS;
    expect(rps >= 50, `load of at least 50 requests a second (${rps.toFixed(1)})`);

    const userIds = [...acked.users];
    const accountIds = [...acked.accounts.keys()];
    const accessIds = [...acked.accessRequests];
    const perNode: Record<
      string,
      { users: number; accounts: number; active: number; accessRequests: number }
    > = {};
    for (const node of nodes) {
      const found = await onNode(node, async (c) => {
        const users = await selectIn(c, "SELECT email FROM users WHERE email IN (?)", userIds);
        const accounts = await selectIn(
          c,
          "SELECT id, status FROM smart_accounts WHERE id IN (?)",
          accountIds,
        );
        const access = await selectIn(
          c,
          "SELECT id FROM access_requests WHERE id IN (?)",
          accessIds,
        );
        const activeOk = accounts.filter(
          (a) => acked.accounts.get(String(a.id)) !== "ACTIVE" || a.status === "ACTIVE",
        );
        return {
          users: users.length,
          accounts: accounts.length,
          active: activeOk.length,
          accessRequests: access.length,
        };
      });
      perNode[node.name] = found;
      expect(
        found.users === userIds.length &&
          found.accounts === accountIds.length &&
          found.active === accountIds.length &&
          found.accessRequests === accessIds.length,
        `${node.name} holds every acknowledged write (users ${found.users}/${userIds.length}, accounts ${found.accounts}/${accountIds.length}, decisions as acknowledged ${found.active}/${accountIds.length}, access requests ${found.accessRequests}/${accessIds.length})`,
      );
    }

    const decided = decisions.map((d) => d.accountId);
    const approvedEvents = await onNode(nodes[0], (c) =>
      selectIn(
        c,
        "SELECT smartAccountId AS id, COUNT(*) AS n FROM account_events WHERE type = 'APPROVED' AND smartAccountId IN (?) GROUP BY smartAccountId",
        decided,
      ),
    );
    const eventsOf = new Map(approvedEvents.map((r) => [String(r.id), Number(r.n)]));
    const wonTwice = decisions.filter((d) => d.answers.filter((a) => a === "WON").length > 1);
    const noWinner = decisions.filter((d) => d.definite && !d.answers.includes("WON"));
    const eventMismatch = decisions.filter((d) => {
      const n = eventsOf.get(d.accountId) ?? 0;
      return d.answers.includes("WON") ? n !== 1 : n > 1;
    });
    const loserCodes: Record<string, number> = {};
    for (const d of decisions)
      for (const a of d.answers)
        if (a !== "WON") loserCodes[a ?? "?"] = (loserCodes[a ?? "?"] ?? 0) + 1;
    expect(
      wonTwice.length === 0 && noWinner.length === 0 && eventMismatch.length === 0,
      `every decision has exactly one winner (${decisions.length} decisions, each sent to two servers; won twice ${wonTwice.length}, no winner ${noWinner.length}, history disagreeing ${eventMismatch.length}; losers answered ${JSON.stringify(loserCodes)})`,
    );
    const duplicates = await onNode(nodes[0], async (c) => {
      const [pending] = await c.query(
        "SELECT COUNT(*) AS n FROM (SELECT 1 FROM access_requests WHERE status = 'PENDING' GROUP BY smartAccountId, email HAVING COUNT(*) > 1) d",
      );
      const [identifiers] = await c.query(
        "SELECT COUNT(*) AS n FROM (SELECT 1 FROM smart_accounts WHERE status NOT IN ('CANCELLED', 'LAPSED') GROUP BY domainIdentifier HAVING COUNT(*) > 1) d",
      );
      return {
        pending: Number((pending as { n: number }[])[0].n),
        identifiers: Number((identifiers as { n: number }[])[0].n),
      };
    });
    expect(
      duplicates.pending === 0 && duplicates.identifiers === 0,
      `pending access requests and identifiers stay unique (${duplicates.pending} and ${duplicates.identifiers} duplicated)`,
    );
    expect(
      staleReads.length === 0,
      `a decision read back at once is never stale (${staleReads.length} stale)`,
    );

    // Email: every outbox row sent and received; duplicates only for sends in flight at a kill.
    const outbox = await onNode(nodes[0], async (c) => {
      const [rows] = await c.query("SELECT id, status FROM outbox_emails");
      return rows as { id: string; status: string }[];
    });
    const receipts = new Map<string, number[]>();
    for (const r of received)
      receipts.set(r.messageId, [...(receipts.get(r.messageId) ?? []), r.at - loadStart]);
    const notReceived = outbox.filter((row) => !receipts.has(row.id));
    const notSent = outbox.filter((row) => row.status !== "SENT");
    const unknown = [...receipts.keys()].filter((id) => !outbox.some((row) => row.id === id));
    const dupes = [...receipts.entries()].filter(([, at]) => at.length > 1);
    const kills = events.filter((e) => e.goneAway);
    const dupesExplained = dupes.filter(([, at]) =>
      kills.some((k) => at[0] >= k.t - 5_000 && at[0] <= k.t + FAILURE_WINDOW_MS),
    );
    expect(
      notReceived.length === 0 && notSent.length === 0 && unknown.length === 0,
      `every outbox email delivered to the SMTP server (${outbox.length} emails; not received ${notReceived.length}, not marked sent ${notSent.length}, received but unknown ${unknown.length})`,
    );
    expect(
      dupes.length === dupesExplained.length,
      `duplicates only for sends in flight at a kill, with the same Message-ID (${dupes.length} duplicated, ${dupesExplained.length} of them sent within a kill's window)`,
    );

    const failed = samples.filter((s) => s.failed);
    // When the failure was seen (a request in flight when its server died fails at that moment).
    const outside = failed.filter(
      (s) => !kills.some((k) => s.t + s.ms >= k.t && s.t + s.ms <= k.t + FAILURE_WINDOW_MS),
    );
    const byKind: Record<string, number> = {};
    for (const s of failed)
      byKind[s.code ?? String(s.status)] = (byKind[s.code ?? String(s.status)] ?? 0) + 1;
    expect(
      outside.length === 0,
      `failures (5xx, dropped connections, UNAVAILABLE, OUTCOME_UNKNOWN) only within ${FAILURE_WINDOW_MS / 1000} s of a node or server going away (${failed.length} in all ${JSON.stringify(byKind)}, ${outside.length} outside)`,
    );
    if (replica) {
      expect(
        ownStaleReads.length === 0,
        `a session's own writes are read back at once though its reads otherwise go to a replica ${REPLICA_DELAY_SECONDS} s behind (${ownReadsChecked} checked, ${ownStaleReads.length} stale${ownStaleReads.length ? `: ${ownStaleReads.slice(0, 5).join("; ")}` : ""})`,
      );
    }
    const checked = guessCodes.filter((c) => c === "UNAUTHENTICATED").length;
    expect(
      checked <= SIGN_IN_PER_ACCOUNT_AND_ADDRESS.max,
      `sign-in limits hold across the cluster: ${checked} of ${guessCodes.length} guesses from one address checked (at most ${SIGN_IN_PER_ACCOUNT_AND_ADDRESS.max}), the rest ${JSON.stringify(countBy(guessCodes.filter((c) => c !== "UNAUTHENTICATED")))}`,
    );
    expect(
      signIns.ok > 0 && signIns.other === 0,
      `members sign in (${signIns.ok} signed in, ${signIns.other} refused)`,
    );

    const metric = (name: string, labels = "") =>
      servers.reduce((sum, s) => {
        const line = s.lastMetrics.split("\n").find((l) => l.startsWith(`${name}${labels} `));
        return sum + (line ? Number(line.split(" ").pop()) : 0);
      }, 0);
    const retries = {
      conflict: metric("db_transaction_retries_total", '{reason="conflict"}'),
      connection: metric("db_transaction_retries_total", '{reason="connection"}'),
      exhaustedConflict: metric("db_transaction_exhausted_total", '{reason="conflict"}'),
      exhaustedConnection: metric("db_transaction_exhausted_total", '{reason="connection"}'),
      outcomeUnknown: metric("db_commit_outcome_unknown_total"),
    };
    if (replica) {
      const served = metric("db_replica_reads_total");
      expect(served > 0, `the replica served reads (${served})`);
    }
    const report = {
      when: new Date().toISOString(),
      machine: `${os.cpus().length} cores, ${os.platform()} ${os.release()}`,
      seconds: Math.round(loadMs / 1000),
      requests,
      requestsPerSecond: Number(rps.toFixed(1)),
      byOperation: countBy(samples.map((s) => s.op)),
      rerouted,
      pool: servers.map((x) => ({
        server: x.index,
        peakWaiting: x.peakPoolWaiting,
        peakInUse: x.peakPoolInUse,
      })),
      events,
      acknowledged: {
        users: userIds.length,
        accounts: accountIds.length,
        accessRequests: accessIds.length,
      },
      foundOnEveryNode: perNode,
      decisions: {
        count: decisions.length,
        withOneWinner: decisions.filter((d) => d.answers.filter((a) => a === "WON").length === 1)
          .length,
        loserAnswers: loserCodes,
      },
      emails: {
        inOutbox: outbox.length,
        received: received.length,
        duplicates: dupes.map(([id, at]) => ({ id, receivedAtSeconds: at.map((t) => t / 1000) })),
      },
      failures: {
        count: failed.length,
        byKind,
        list: failed.map(
          (s) =>
            `${(s.t / 1000).toFixed(1)}s+${s.ms}ms server${s.server} ${s.op} ${s.code ?? s.status}`,
        ),
        outsideWindow: outside.length,
      },
      slowest: [...samples]
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 15)
        .map(
          (s) =>
            `${(s.t / 1000).toFixed(1)}s+${s.ms}ms server${s.server} ${s.op} ${s.code ?? s.status}`,
        ),
      byOperationAndAnswer: countBy(samples.map((s) => `${s.op} ${s.code ?? s.status}`)),
      signInGuesses: countBy(guessCodes),
      retries,
      replica: replica
        ? {
            delaySeconds: REPLICA_DELAY_SECONDS,
            readYourWritesMs: READ_YOUR_WRITES_MS,
            peakLagSeconds: replicaLagPeak,
            readsServed: metric("db_replica_reads_total"),
            fallbacks: {
              unreachable: metric("db_replica_fallbacks_total", '{reason="unreachable"}'),
              error: metric("db_replica_fallbacks_total", '{reason="error"}'),
            },
            ownReadsChecked,
            ownReadsStale: ownStaleReads.length,
            othersWritesReadStale: othersStaleReads,
          }
        : null,
      failedAssertions: failures,
    };
    console.log(JSON.stringify(report, null, 2));
    if (process.env.CLUSTER_REPORT)
      fs.writeFileSync(process.env.CLUSTER_REPORT, `${JSON.stringify(report, null, 2)}\n`);
  } finally {
    for (const s of servers) s.stop();
    await new Promise((r) => setTimeout(r, 1000));
    await replica?.stop().catch(() => undefined);
    for (const node of [...nodes].reverse()) await node.stop().catch(() => undefined);
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    if (!process.env.CLUSTER_KEEP) fs.rmSync(root, { recursive: true, force: true });
  }
  if (failures.length) {
    log(`${failures.length} assertion(s) failed`);
    process.exit(1);
  }
  log("cluster test passed");
  process.exit(0);
}

function countBy(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
