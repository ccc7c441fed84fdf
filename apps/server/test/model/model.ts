import { getDomain } from "tldts";
import type { SmartAccountStatus } from "../../src/modules/smart-account/smart-account.entity";
import { ACCOUNT_TRANSITIONS } from "../../src/modules/smart-account/smart-account.states";
import { differencesStatement } from "../../src/modules/directory/membership-writer";
import {
  ACCEPT_NOMINATION,
  APPROVAL_REQUEST,
  APPROVE_ACCESS,
  APPROVE_DOMAIN,
  CANCEL,
  CANCEL_ACCESS,
  COMPANY,
  CREATE_VA,
  DECLINE_ACCESS,
  DELETE_VA,
  DENY,
  FORWARD,
  NOMINATE_CREATORS,
  PROVIDE_ADDRESS,
  REJECT_DOMAIN,
  REQUEST_ACCESS,
  RESEND,
  RESUBMIT,
  SET_AUTOMATION,
  SET_ROLES,
  UPDATE_ACCOUNT,
  UPDATE_VA,
} from "../account-api";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { graphql } from "../gql";
import { Client, type GqlResult, type VariablesArgs } from "../harness";
import { PASSWORD, SIGN_IN, SIGN_UP, signUpInput, VERIFY } from "../user-api";

/**
 * A model-based test of the account workflow: seeded random sequences of operations by several
 * kinds of caller, some of them fired at once in bursts that conflict, with the system's
 * invariants checked after every step. A failing sequence is shrunk by replaying it on a fresh
 * database with steps removed, and reported with its seed.
 */

// ------------------------------------------------------------------ randomness

/** mulberry32: tiny, fast and good enough to make every run reproducible from its seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  some<T>(xs: readonly T[], max: number): T[] {
    const pool = [...xs];
    const out: T[] = [];
    const n = 1 + this.int(Math.min(max, pool.length));
    while (out.length < n && pool.length) out.push(pool.splice(this.int(pool.length), 1)[0]);
    return out;
  }
}

// ------------------------------------------------------------------ the environment

/** Where the sequence runs: the embedded database in-process, or MariaDB behind two processes. */
export type Env = {
  name: string;
  /** One URL per server process; calls name the process they go to. */
  urls: string[];
  /** Read-only SQL on the test database ("?" placeholders). */
  query<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Makes the operator staff member (never by sign-up). */
  createStaff(email: string): Promise<void>;
  /** Moves the servers' clock and runs the lapse job; only where the test owns the clock. */
  advance?: (days: number) => Promise<void>;
  /** An empty database for a replay. */
  reset(): Promise<void>;
};

type Row = Record<string, unknown>;

// ------------------------------------------------------------------ the people

const STAFF = "staff@ops.example";
const PHONE = "+1 949 555 0100";
const DOMAIN_NAMES = [
  "alphaco",
  "betaco",
  "gammaco",
  "deltaco",
  "epsilonco",
  "zetaco",
  "etaco",
  "thetaco",
  "iotaco",
  "kappaco",
  "lambdaco",
  "muco",
  "nuco",
  "xico",
  "omicronco",
  "pico",
  "rhoco",
  "sigmaco",
  "tauco",
  "upsilonco",
];
const PREFIXES = ["eu", "us", "lab", "apac", "dev", "hq"];

type Pool = {
  domains: string[];
  customers: string[];
  partners: string[];
  strangers: string[];
  everyone: string[];
};

function makePool(steps: number): Pool {
  const count = Math.min(DOMAIN_NAMES.length, 3 + Math.floor(steps / 150));
  const domains = DOMAIN_NAMES.slice(0, count).map((d) => `${d}.com`);
  const customers = domains.flatMap((d) => [
    `ann@${d}`,
    `bob@${d}`,
    `cy@${d}`,
    `dee@${d}`,
    `eve@eu.${d}`,
  ]);
  const partners = ["pat@partnerco.net", "pia@partnerco.net"];
  const strangers = ["sam@elsewhere.org"];
  return {
    domains,
    customers,
    partners,
    strangers,
    everyone: [...customers, ...partners, ...strangers],
  };
}

function host(email: string): string {
  return email.slice(email.indexOf("@") + 1);
}

/** Whether the email's registrable domain is the top-level domain (the APPROVER rule). */
export function onTopLevelDomain(email: string, topLevelDomain: string): boolean {
  return getDomain(host(email)) === topLevelDomain;
}

function peopleOn(pool: Pool, tld: string): string[] {
  return pool.customers.filter((e) => onTopLevelDomain(e, tld));
}

// ------------------------------------------------------------------ steps

export type OpName =
  | "requestSmartAccount"
  | "requestSmartAccountForCustomer"
  | "approveDomain"
  | "rejectDomain"
  | "resubmitDomain"
  | "approveSmartAccount"
  | "denySmartAccount"
  | "forwardSmartAccount"
  | "provideCompanyAddress"
  | "cancelSmartAccount"
  | "resendApprovalEmail"
  | "nominateCreators"
  | "acceptNomination"
  | "rejectNomination"
  | "requestAccess"
  | "approveAccessRequest"
  | "declineAccessRequest"
  | "cancelAccessRequest"
  | "setAccountUserRoles"
  | "setAccessAutomation"
  | "createVirtualAccount"
  | "updateVirtualAccount"
  | "deleteVirtualAccount"
  | "updateSmartAccount";

/**
 * Arguments are plain data: other objects are named by their index in the order the model first
 * saw them (`account: 2` is the third account created), so a sequence replays on a fresh database.
 */
export type Args = Record<string, unknown>;
export type Call = { op: OpName; as: string; on: number; args: Args };
export type Step = { calls: Call[]; burst?: string } | { advanceDays: number };

type Outcome = {
  ok: boolean;
  code: string | null;
  message?: string;
  data?: Row | null;
  skipped?: boolean;
};

export function formatStep(step: Step, index: number): string {
  if ("advanceDays" in step) return `#${index} clock +${step.advanceDays} days, lapse job`;
  const calls = step.calls.map((c) => `${c.op} as ${c.as} on p${c.on} ${JSON.stringify(c.args)}`);
  return calls.length === 1
    ? `#${index} ${calls[0]}`
    : `#${index} burst(${step.burst}) [\n      ${calls.join(",\n      ")}\n    ]`;
}

// ------------------------------------------------------------------ what the database holds

type Account = {
  id: string;
  status: SmartAccountStatus;
  domainIdentifier: string;
  topLevelDomain: string;
  requesterId: string;
  approvedById: string | null;
  administratorList: string | null;
  virtualAccountList: string | null;
};
type Event = {
  id: string;
  smartAccountId: string;
  sequence: number;
  type: string;
  statusBefore: SmartAccountStatus | null;
  statusAfter: SmartAccountStatus | null;
  json: string;
};
type Snapshot = {
  accounts: Account[];
  emailOf: Map<string, string>;
  approvers: { smartAccountId: string; email: string; active: boolean }[];
  roles: { smartAccountId: string; scopeKey: string; email: string; role: string }[];
  vas: { id: string; smartAccountId: string; isDefault: boolean; name: string }[];
  requests: {
    id: string;
    smartAccountId: string;
    email: string;
    status: string;
    requestedById: string;
    askedRole: string;
  }[];
  nominations: {
    id: string;
    smartAccountId: string;
    kind: string;
    email: string;
    status: string;
    sent: boolean;
  }[];
  reviews: { id: string; smartAccountId: string; status: string; createdAt: string }[];
  events: Event[];
  /** Rows on one side only of the directory's membership table and its rebuild. */
  membershipDrift: Row[];
};

const truthy = (v: unknown) => v === true || Number(v) === 1;

async function snapshot(env: Env): Promise<Snapshot> {
  const drift = differencesStatement(20);
  const [
    accounts,
    users,
    approvers,
    roles,
    vas,
    requests,
    nominations,
    reviews,
    events,
    membershipDrift,
  ] = await Promise.all([
    env.query<Account>(
      "SELECT id, status, domainIdentifier, topLevelDomain, requesterId, approvedById, administratorList, virtualAccountList FROM smart_accounts",
    ),
    env.query<{ id: string; email: string }>("SELECT id, email FROM users"),
    env.query<Row>("SELECT smartAccountId, email, active FROM account_approvers"),
    env.query<Snapshot["roles"][number]>(
      "SELECT smartAccountId, scopeKey, email, role FROM role_assignments",
    ),
    env.query<Row>("SELECT id, smartAccountId, isDefault, name FROM virtual_accounts"),
    env.query<Snapshot["requests"][number]>(
      "SELECT id, smartAccountId, email, status, requestedById, askedRole FROM access_requests",
    ),
    env.query<Row>("SELECT id, smartAccountId, kind, email, status, sentAt FROM nominations"),
    env.query<Row>("SELECT id, smartAccountId, status, createdAt FROM domain_reviews"),
    env.query<Row>(
      "SELECT id, smartAccountId, sequence, type, actorEmail, statusBefore, statusAfter, detail, createdAt FROM account_events",
    ),
    env.query<Row>(drift.sql, drift.params),
  ]);
  return {
    accounts,
    membershipDrift,
    emailOf: new Map(users.map((u) => [u.id, u.email])),
    approvers: approvers.map((a) => ({
      smartAccountId: String(a.smartAccountId),
      email: String(a.email),
      active: truthy(a.active),
    })),
    roles,
    vas: vas.map((v) => ({
      id: String(v.id),
      smartAccountId: String(v.smartAccountId),
      isDefault: truthy(v.isDefault),
      name: String(v.name),
    })),
    requests,
    nominations: nominations.map((n) => ({
      id: String(n.id),
      smartAccountId: String(n.smartAccountId),
      kind: String(n.kind),
      email: String(n.email),
      status: String(n.status),
      sent: n.sentAt !== null && n.sentAt !== undefined,
    })),
    reviews: reviews.map((r) => ({
      id: String(r.id),
      smartAccountId: String(r.smartAccountId),
      status: String(r.status),
      createdAt: new Date(r.createdAt as string).toISOString(),
    })),
    events: events.map((e) => ({
      id: String(e.id),
      smartAccountId: String(e.smartAccountId),
      sequence: Number(e.sequence),
      type: String(e.type),
      statusBefore: (e.statusBefore as SmartAccountStatus | null) ?? null,
      statusAfter: (e.statusAfter as SmartAccountStatus | null) ?? null,
      json: JSON.stringify([
        e.smartAccountId,
        Number(e.sequence),
        e.type,
        e.actorEmail,
        e.statusBefore,
        e.statusAfter,
        e.detail,
        new Date(e.createdAt as string).toISOString(),
      ]),
    })),
  };
}

// ------------------------------------------------------------------ the model

const STATUS_OK: SmartAccountStatus[] = [
  "PENDING_DOMAIN_APPROVAL",
  "PENDING_CUSTOMER_ACCEPTANCE",
  "ACTIVE",
];
const ROLE_ORDER = ["VIEWER", "USER", "ADMINISTRATOR"];

class ModelViolation extends Error {}

/** One run: the people's sessions, the objects seen, and what the calls so far entitle. */
class World {
  private readonly sessions = new Map<string, Client>();
  private readonly cookies = new Map<string, string | null>();
  private readonly registered = new Set<string>();
  private ip = 0;
  /** Objects by the order first seen: the indexes steps use. */
  readonly accounts: string[] = [];
  readonly requests: string[] = [];
  readonly nominations: string[] = [];
  readonly vas: string[] = [];
  /** `account|scope|email|role` rows some successful, entitled call granted. */
  readonly ledger = new Set<string>();
  /** Whoever's approval (or own authority) activates each account. */
  readonly activator = new Map<string, string>();
  readonly automation = new Map<string, string | null>();
  readonly decisions = new Map<string, number>();
  snap: Snapshot | null = null;
  private outboxSeen = new Set<string>();
  readonly log: string[] = [];

  constructor(
    readonly env: Env,
    readonly pool: Pool,
    private readonly ipPrefix: number,
  ) {}

  async init(): Promise<void> {
    await this.env.createStaff(STAFF);
    this.snap = await snapshot(this.env);
    for (const row of await this.env.query<{ id: string }>("SELECT id FROM outbox_emails"))
      this.outboxSeen.add(row.id);
  }

  private newClient(on: number): Client {
    this.ip += 1;
    return new Client(
      this.env.urls[on],
      `10.${this.ipPrefix}.${Math.floor(this.ip / 250)}.${(this.ip % 250) + 1}`,
    );
  }

  /** The person's browser on one process, registered, verified and signed in on first use. */
  async client(email: string, on: number): Promise<Client> {
    const key = `${email}|${on}`;
    const existing = this.sessions.get(key);
    if (existing) return existing;
    if (!this.cookies.has(email)) await this.signIn(email);
    const client = this.newClient(on);
    client.cookie = this.cookies.get(email) ?? null;
    this.sessions.set(key, client);
    return client;
  }

  private async signIn(email: string): Promise<void> {
    const client = this.newClient(0);
    if (email !== STAFF && !this.registered.has(email)) {
      const local = email.slice(0, email.indexOf("@"));
      const company = host(email).split(".").slice(-2)[0];
      this.expectOk(
        `signUp ${email}`,
        await client.gql(SIGN_UP, {
          input: signUpInput({
            email,
            name: `${local[0].toUpperCase()}${local.slice(1)} Person`,
            company: `${company[0].toUpperCase()}${company.slice(1)} Ltd`,
            organisationType: this.pool.partners.includes(email) ? "PARTNER" : "CUSTOMER",
          }),
        }),
      );
      const token = await this.link(email, /\/verify-email\?token=([\w-]+)/);
      if (!token) throw new Error(`No verification link was emailed to ${email}`);
      this.expectOk(`verifyEmail ${email}`, await client.gql(VERIFY, { token }));
      this.registered.add(email);
    }
    this.expectOk(`signIn ${email}`, await client.gql(SIGN_IN, { email, password: PASSWORD }));
    this.cookies.set(email, client.cookie);
  }

  private expectOk(what: string, res: GqlResult): void {
    if (res.errors?.length) {
      const code = res.errors[0].extensions?.code;
      const error = `${what}: ${code} ${res.errors[0].message}`;
      if (code === "INTERNAL_SERVER_ERROR")
        throw new ModelViolation(`INTERNAL_SERVER_ERROR from ${error}`);
      throw new Error(error);
    }
  }

  async link(email: string, pattern: RegExp): Promise<string | null> {
    const rows = await this.env.query<{ textBody: string }>(
      "SELECT textBody FROM outbox_emails WHERE toAddress = ? ORDER BY createdAt DESC",
      [email],
    );
    for (const row of rows) {
      const match = row.textBody.match(pattern);
      if (match) return match[1];
    }
    return null;
  }

  /** Sessions end with time: after the clock moves, everyone signs in again. */
  signOutEveryone(): void {
    this.sessions.clear();
    this.cookies.clear();
  }

  /** New objects get the next indexes, in an order that does not depend on their random ids. */
  discover(snap: Snapshot): void {
    const accountIndex = (id: string) => this.accounts.indexOf(id);
    const add = <T extends { id: string }>(list: string[], rows: T[], key: (r: T) => string) => {
      const known = new Set(list);
      const fresh = rows.filter((r) => !known.has(r.id));
      fresh.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
      for (const r of fresh) list.push(r.id);
    };
    add(this.accounts, snap.accounts, (a) => a.domainIdentifier);
    add(this.requests, snap.requests, (r) => `${accountIndex(r.smartAccountId)}|${r.email}`);
    add(
      this.nominations,
      snap.nominations,
      (n) => `${accountIndex(n.smartAccountId)}|${n.kind}|${n.email}`,
    );
    add(this.vas, snap.vas, (v) => `${accountIndex(v.smartAccountId)}|${v.name}`);
  }

  async newOutbox(): Promise<{ toAddress: string; subject: string; textBody: string }[]> {
    const ids = (await this.env.query<{ id: string }>("SELECT id FROM outbox_emails"))
      .map((r) => r.id)
      .filter((id) => !this.outboxSeen.has(id));
    for (const id of ids) this.outboxSeen.add(id);
    const out: { toAddress: string; subject: string; textBody: string }[] = [];
    for (let i = 0; i < ids.length; i += 200) {
      const chunk = ids.slice(i, i + 200);
      out.push(
        ...(await this.env.query<{ toAddress: string; subject: string; textBody: string }>(
          `SELECT toAddress, subject, textBody FROM outbox_emails WHERE id IN (${chunk.map(() => "?").join(",")})`,
          chunk,
        )),
      );
    }
    return out;
  }
}

// ------------------------------------------------------------------ operations

const REQUEST_MIN = graphql(`
  mutation ModelRequestMin($input: RequestSmartAccountInput!) {
    requestSmartAccount(input: $input) {
      smartAccount {
        id
        status
        topLevelDomain
      }
    }
  }
`);
const REQUEST_FOR_CUSTOMER_MIN = graphql(`
  mutation ModelRequestForCustomerMin($input: RequestSmartAccountForCustomerInput!) {
    requestSmartAccountForCustomer(input: $input) {
      smartAccount {
        id
        status
        topLevelDomain
      }
    }
  }
`);
const APPROVE_MIN = graphql(`
  mutation ModelApproveMin($input: ApproveSmartAccountInput!) {
    approveSmartAccount(input: $input) {
      smartAccount {
        id
        status
        topLevelDomain
      }
    }
  }
`);
const REJECT_NOMINATION = graphql(`
  mutation ModelRejectNomination($id: ID!) {
    rejectNomination(input: { nominationId: $id }) {
      nomination {
        id
        status
      }
    }
  }
`);

type Ctx = { world: World; snap: Snapshot };

function ref(list: string[], index: unknown): string | null {
  return typeof index === "number" ? (list[index] ?? null) : null;
}

/**
 * The model's calls are data (generated, shrunk, and replayed from JSON), so their arguments reach
 * here untyped. The documents are the generated ones, checked against the schema at compile time;
 * the variables are the recorded arguments, checked by the server, which is what the model probes.
 */
async function gql<TData, TVariables>(
  ctx: Ctx,
  call: Call,
  document: TypedDocumentNode<TData, TVariables>,
  variables: Row,
): Promise<GqlResult<TData>> {
  const client = await ctx.world.client(call.as, call.on);
  return client.gql(document, ...([variables] as VariablesArgs<TVariables>));
}

/** Runs one call; null when what it names does not exist in this replay. */
async function perform(ctx: Ctx, call: Call): Promise<GqlResult<Row> | null> {
  const { world } = ctx;
  const a = call.args;
  const account = ref(world.accounts, a.account);
  if (a.account !== undefined && !account) return null;
  switch (call.op) {
    case "requestSmartAccount": {
      const self = a.auth === "REQUESTER";
      return gql(ctx, call, REQUEST_MIN, {
        input: {
          authorization: a.auth,
          name: a.name,
          domainIdentifier: a.identifier ?? undefined,
          approverEmails: self ? undefined : a.approvers,
          company: self || a.company ? COMPANY : undefined,
          acceptTerms: self ? true : undefined,
          acknowledgeExistingAccounts: a.ack,
          requestAccessForMyself: a.forMyself,
          administratorEmails: a.admins,
          contactPhone: PHONE,
        },
      });
    }
    case "requestSmartAccountForCustomer":
      return gql(ctx, call, REQUEST_FOR_CUSTOMER_MIN, {
        input: {
          name: a.name,
          customerEmails: a.customers,
          domainIdentifier: a.identifier ?? undefined,
          userEmails: a.users,
          acknowledgeExistingAccounts: a.ack,
          contactPhone: PHONE,
          noteToUsers: "Welcome aboard.",
        },
      });
    case "approveDomain":
    case "rejectDomain":
    case "resubmitDomain": {
      if (!account) return null;
      if (call.op === "resubmitDomain")
        return gql(ctx, call, RESUBMIT, { id: account, d: a.identifier, p: PHONE });
      const reviews = (
        await world.env.query<{ id: string; status: string }>(
          "SELECT id, status FROM domain_reviews WHERE smartAccountId = ? ORDER BY createdAt DESC",
          [account],
        )
      ).sort(
        (x, y) => Number(y.status === "PENDING_APPROVAL") - Number(x.status === "PENDING_APPROVAL"),
      );
      if (!reviews.length) return null;
      return call.op === "approveDomain"
        ? gql(ctx, call, APPROVE_DOMAIN, { id: reviews[0].id })
        : gql(ctx, call, REJECT_DOMAIN, { id: reviews[0].id, reason: "Not this company's domain" });
    }
    case "approveSmartAccount": {
      if (!account) return null;
      if (a.viaLink) {
        const token = await world.link(
          call.as,
          new RegExp(`/pending-requests/${account}\\?token=([\\w-]+)`),
        );
        if (token) {
          const opened = await gql(ctx, call, APPROVAL_REQUEST, { token });
          if (opened.errors?.some((e) => e.extensions?.code === "INTERNAL_SERVER_ERROR"))
            return opened;
        }
      }
      return gql(ctx, call, APPROVE_MIN, {
        input: {
          smartAccountId: account,
          acceptTerms: true,
          company: a.company ? COMPANY : undefined,
          identifierChoice: a.choice ?? undefined,
        },
      });
    }
    case "denySmartAccount":
      return gql(ctx, call, DENY, { id: account, reason: "Not ours" });
    case "forwardSmartAccount":
      return gql(ctx, call, FORWARD, { id: account, email: a.to, message: "Yours" });
    case "provideCompanyAddress":
      return gql(ctx, call, PROVIDE_ADDRESS, { id: account, company: COMPANY });
    case "cancelSmartAccount":
      return gql(ctx, call, CANCEL, { id: account });
    case "resendApprovalEmail":
      return gql(ctx, call, RESEND, { id: account });
    case "nominateCreators":
      return gql(ctx, call, NOMINATE_CREATORS, { id: account, emails: a.emails });
    case "acceptNomination":
    case "rejectNomination": {
      const id = ref(world.nominations, a.nomination);
      if (!id) return null;
      return call.op === "acceptNomination"
        ? gql(ctx, call, ACCEPT_NOMINATION, { id })
        : gql(ctx, call, REJECT_NOMINATION, { id });
    }
    case "requestAccess":
      return gql(ctx, call, REQUEST_ACCESS, {
        input: {
          smartAccountId: account,
          emails: a.emails,
          forMyself: a.forMyself,
          reason: "Work",
          role: a.role,
        },
      });
    case "approveAccessRequest":
    case "declineAccessRequest":
    case "cancelAccessRequest": {
      const id = ref(world.requests, a.request);
      if (!id) return null;
      if (call.op === "declineAccessRequest")
        return gql(ctx, call, DECLINE_ACCESS, { id, reason: "No" });
      if (call.op === "cancelAccessRequest") return gql(ctx, call, CANCEL_ACCESS, { id });
      const vas = ((a.vas as number[] | undefined) ?? []).map((v) => ref(world.vas, v));
      if (vas.includes(null)) return null;
      return gql(ctx, call, APPROVE_ACCESS, {
        input: {
          accessRequestId: id,
          role: a.role ?? undefined,
          virtualAccountIds: vas.length ? vas : undefined,
        },
      });
    }
    case "setAccountUserRoles": {
      if (!account) return null;
      const roles = (a.roles as { role: string; vas: number[] }[]).map((r) => ({
        role: r.role,
        virtualAccountIds: r.vas.map((v) => ref(world.vas, v)),
      }));
      if (roles.some((r) => r.virtualAccountIds.includes(null))) return null;
      return gql(ctx, call, SET_ROLES, {
        input: { smartAccountId: account, email: a.email, roles },
      });
    }
    case "setAccessAutomation":
      return gql(ctx, call, SET_AUTOMATION, { id: account, upTo: a.upTo });
    case "createVirtualAccount": {
      const parent = a.parent === undefined ? undefined : ref(world.vas, a.parent);
      if (!account || parent === null) return null;
      return gql(ctx, call, CREATE_VA, {
        input: { smartAccountId: account, name: a.name, parentId: parent },
      });
    }
    case "updateVirtualAccount":
    case "deleteVirtualAccount": {
      const id = ref(world.vas, a.va);
      if (!id) return null;
      if (call.op === "deleteVirtualAccount") return gql(ctx, call, DELETE_VA, { id });
      return gql(ctx, call, UPDATE_VA, {
        input: {
          virtualAccountId: id,
          name: a.name,
          makeDefault: a.makeDefault,
          moveToTop: a.moveToTop,
        },
      });
    }
    case "updateSmartAccount":
      return gql(ctx, call, UPDATE_ACCOUNT, {
        input: { smartAccountId: account, name: a.name, visibility: a.visibility },
      });
  }
}

// ------------------------------------------------------------------ entitlement

/**
 * After a call succeeded: whether its caller was entitled to it (judged on the state before the
 * step), and the roles it entitles. Returns the problem, if any.
 */
function entitle(world: World, before: Snapshot, call: Call, data: Row | null): string | null {
  const a = call.args;
  const accountId = ref(world.accounts, a.account);
  const account = before.accounts.find((x) => x.id === accountId);
  const admins = (id: string | undefined) =>
    before.roles
      .filter((r) => r.smartAccountId === id && r.role === "ADMINISTRATOR" && r.scopeKey === "")
      .map((r) => r.email);
  const isAdmin = (id: string | undefined) => admins(id).includes(call.as);
  const activeApprover = (id: string | undefined) =>
    before.approvers.some((x) => x.smartAccountId === id && x.email === call.as && x.active);
  const requester = account ? before.emailOf.get(account.requesterId) : undefined;
  const grant = (id: string, scope: string, email: string, role: string) =>
    world.ledger.add(`${id}|${scope}|${email}|${role}`);
  const payload = (data ? Object.values(data)[0] : null) as Row | null;
  const not = (who: string) => `${call.op} succeeded for ${call.as}, who is not ${who}`;

  switch (call.op) {
    case "requestSmartAccount": {
      const sa = payload?.smartAccount as { id: string; status: string } | undefined;
      if (sa && a.auth === "REQUESTER") world.activator.set(sa.id, call.as);
      return null;
    }
    case "requestSmartAccountForCustomer":
      return world.pool.partners.includes(call.as) ? null : not("a partner");
    case "approveDomain":
    case "rejectDomain":
      return call.as === STAFF ? null : not("a domain approver");
    case "resubmitDomain":
    case "cancelSmartAccount":
    case "resendApprovalEmail":
      return requester === call.as ? null : not("the requester");
    case "approveSmartAccount":
    case "denySmartAccount":
    case "forwardSmartAccount":
      if (!activeApprover(accountId ?? undefined)) return not("a current approver");
      if (account?.status !== "PENDING_CUSTOMER_ACCEPTANCE")
        return `${call.op} succeeded on an account that was ${account?.status}`;
      if (call.op === "approveSmartAccount") world.activator.set(account.id, call.as);
      return null;
    case "provideCompanyAddress":
      return activeApprover(accountId ?? undefined) ||
        world.activator.get(accountId ?? "") === call.as
        ? null
        : not("an approver");
    case "nominateCreators":
      for (const email of a.emails as string[]) {
        if (!account || !onTopLevelDomain(email, account.topLevelDomain))
          return `nominateCreators accepted ${email}, not on the account's top-level domain`;
      }
      return null;
    case "acceptNomination":
    case "rejectNomination": {
      const id = ref(world.nominations, a.nomination) ?? "";
      const n = before.nominations.find((x) => x.id === id);
      world.decisions.set(id, (world.decisions.get(id) ?? 0) + 1);
      if ((world.decisions.get(id) ?? 0) > 1) return `nomination ${a.nomination} was decided twice`;
      if (!n || n.email !== call.as || !n.sent || n.status !== "PENDING") return not("its nominee");
      const on = before.accounts.find((x) => x.id === n.smartAccountId);
      if (call.op === "acceptNomination" && (n.kind === "ADMINISTRATOR" || n.kind === "USER")) {
        if (on?.status === "ACTIVE") grant(n.smartAccountId, "", n.email, n.kind);
      }
      return null;
    }
    case "requestAccess": {
      for (const r of (payload?.accessRequests as Row[] | undefined) ?? []) {
        if (!r.autoApproved || !accountId || !account) continue;
        const ceiling = world.automation.get(accountId);
        const email = String(r.email);
        if (
          ceiling &&
          ROLE_ORDER.indexOf(String(r.askedRole)) <= ROLE_ORDER.indexOf(ceiling) &&
          onTopLevelDomain(email, account.topLevelDomain)
        ) {
          grant(accountId, "", email, String(r.askedRole));
        }
      }
      return null;
    }
    case "approveAccessRequest":
    case "declineAccessRequest":
    case "cancelAccessRequest": {
      const id = ref(world.requests, a.request) ?? "";
      const r = before.requests.find((x) => x.id === id);
      world.decisions.set(id, (world.decisions.get(id) ?? 0) + 1);
      if ((world.decisions.get(id) ?? 0) > 1)
        return `access request ${a.request} was decided twice`;
      if (!r || r.status !== "PENDING")
        return `${call.op} succeeded on a request that was ${r?.status}`;
      if (call.op === "cancelAccessRequest")
        return before.emailOf.get(r.requestedById) === call.as ? null : not("who asked");
      if (!isAdmin(r.smartAccountId)) return not("an administrator");
      if (call.op === "approveAccessRequest") {
        const role = (a.role as string | null) ?? r.askedRole;
        const scopes = ((a.vas as number[] | undefined) ?? []).map((v) => world.vas[v]);
        const on = before.accounts.find((x) => x.id === r.smartAccountId);
        if (
          role === "APPROVER" &&
          (scopes.length || !on || !onTopLevelDomain(r.email, on.topLevelDomain))
        )
          return null;
        for (const scope of scopes.length ? scopes : [""])
          grant(r.smartAccountId, scope, r.email, role);
      }
      return null;
    }
    case "setAccountUserRoles":
      if (!accountId || !isAdmin(accountId)) return not("an administrator");
      for (const r of a.roles as { role: string; vas: number[] }[]) {
        const scopes = r.vas.map((v) => world.vas[v]);
        if (
          r.role === "APPROVER" &&
          (scopes.length || !onTopLevelDomain(String(a.email), account!.topLevelDomain))
        )
          continue;
        for (const scope of scopes.length ? scopes : [""])
          grant(accountId, scope, String(a.email), r.role);
      }
      return null;
    case "setAccessAutomation":
      if (!accountId || !isAdmin(accountId)) return not("an administrator");
      world.automation.set(accountId, (a.upTo as string | null) ?? null);
      return null;
    case "createVirtualAccount":
    case "updateVirtualAccount":
    case "deleteVirtualAccount": {
      const vaId = ref(world.vas, a.va);
      const owner = accountId ?? before.vas.find((v) => v.id === vaId)?.smartAccountId;
      return isAdmin(owner) ? null : not("an administrator");
    }
    case "updateSmartAccount": {
      const approverRole = before.roles.some(
        (r) =>
          r.smartAccountId === accountId &&
          r.email === call.as &&
          r.role === "APPROVER" &&
          r.scopeKey === "",
      );
      return isAdmin(accountId ?? undefined) || approverRole
        ? null
        : not("an administrator or approver");
    }
  }
}

// ------------------------------------------------------------------ invariants

function checkInvariants(world: World, prev: Snapshot, cur: Snapshot): string[] {
  const problems: string[] = [];
  const label = (id: string) => {
    const i = world.accounts.indexOf(id);
    const a = cur.accounts.find((x) => x.id === id);
    return `account ${i} (${a?.domainIdentifier})`;
  };

  // The directory's membership table is what the source tables define, whatever the process.
  for (const row of cur.membershipDrift)
    problems.push(
      `directory_memberships ${Number(row.rebuilt) ? "lacks or differs from" : "holds"} ${JSON.stringify({ ...row, rebuilt: undefined })}`,
    );

  // An account's copies of its administrators and virtual accounts (where kept) are theirs.
  const sorted = (values: string[]) => JSON.stringify([...values].sort());
  for (const a of cur.accounts) {
    if (a.administratorList !== null) {
      const held = cur.roles
        .filter((r) => r.smartAccountId === a.id && r.role === "ADMINISTRATOR" && !r.scopeKey)
        .map((r) => r.email);
      if (sorted(JSON.parse(a.administratorList) as string[]) !== sorted(held)) {
        problems.push(`${label(a.id)} keeps administrators ${a.administratorList}, not ${held}`);
      }
    }
    if (a.virtualAccountList !== null) {
      const held = cur.vas
        .filter((v) => v.smartAccountId === a.id)
        .map((v) => `${String(v.id)} ${String(v.name)} ${truthy(v.isDefault)}`);
      const kept = (JSON.parse(a.virtualAccountList) as Row[]).map(
        (v) => `${String(v.id)} ${String(v.name)} ${truthy(v.isDefault)}`,
      );
      if (sorted(kept) !== sorted(held)) {
        problems.push(`${label(a.id)} keeps virtual accounts ${kept}, not ${held}`);
      }
    }
  }

  // One live account per identifier.
  const live = new Map<string, number>();
  for (const a of cur.accounts) {
    if (a.status === "CANCELLED" || a.status === "LAPSED") continue;
    live.set(a.domainIdentifier, (live.get(a.domainIdentifier) ?? 0) + 1);
  }
  for (const [identifier, n] of live)
    if (n > 1) problems.push(`${n} live accounts hold the identifier ${identifier}`);

  // History: append-only, numbered without gaps, every status change in SPEC's table.
  const byId = new Map(cur.events.map((e) => [e.id, e]));
  for (const e of prev.events) {
    const now = byId.get(e.id);
    if (!now)
      problems.push(
        `history event ${e.type} #${e.sequence} of ${label(e.smartAccountId)} disappeared`,
      );
    else if (now.json !== e.json)
      problems.push(
        `history event #${e.sequence} of ${label(e.smartAccountId)} changed: ${e.json} -> ${now.json}`,
      );
  }
  const byAccount = new Map<string, Event[]>();
  for (const e of cur.events)
    byAccount.set(e.smartAccountId, [...(byAccount.get(e.smartAccountId) ?? []), e]);
  for (const account of cur.accounts) {
    const events = (byAccount.get(account.id) ?? []).sort((x, y) => x.sequence - y.sequence);
    const name = label(account.id);
    let status: SmartAccountStatus | null = null;
    let decisions = 0;
    events.forEach((e, i) => {
      if (e.sequence !== i + 1)
        problems.push(`${name}: history event ${e.type} numbered ${e.sequence}, expected ${i + 1}`);
      if (i === 0) {
        if (e.statusBefore !== null || !e.statusAfter || !STATUS_OK.includes(e.statusAfter))
          problems.push(
            `${name}: history starts ${e.statusBefore} -> ${e.statusAfter} (${e.type})`,
          );
      } else if (e.statusBefore !== status) {
        problems.push(
          `${name}: event ${e.type} #${e.sequence} starts from ${e.statusBefore}, the account was ${status}`,
        );
      }
      if (i > 0 && e.statusBefore && e.statusAfter && e.statusBefore !== e.statusAfter) {
        if (!ACCOUNT_TRANSITIONS[e.statusBefore].includes(e.statusAfter))
          problems.push(
            `${name}: ${e.type} moved ${e.statusBefore} -> ${e.statusAfter}, not in SPEC's table`,
          );
        if (e.statusAfter === "PENDING_CUSTOMER_ACCEPTANCE") decisions = 0;
      }
      if (e.type === "APPROVED" || e.type === "DENIED") {
        decisions += 1;
        if (decisions > 1)
          problems.push(`${name}: two decisions (${e.type}) in one pending period`);
        if (e.statusBefore !== "PENDING_CUSTOMER_ACCEPTANCE")
          problems.push(`${name}: ${e.type} recorded while ${e.statusBefore}`);
      }
      status = e.statusAfter;
    });
    if (events.length && status !== account.status)
      problems.push(`${name}: history ends at ${status}, the account is ${account.status}`);
    if (!events.length) problems.push(`${name}: no history`);

    // One decision per access request and per nomination: one history event each.
    const accessEvents = events.filter((e) =>
      /^ACCESS_(APPROVED|DECLINED|CANCELLED)$/.test(e.type),
    ).length;
    const decided = cur.requests.filter(
      (r) => r.smartAccountId === account.id && r.status !== "PENDING",
    ).length;
    if (accessEvents !== decided)
      problems.push(
        `${name}: ${decided} access requests decided, ${accessEvents} decisions in the history`,
      );
    const nominationEvents = events.filter((e) =>
      /^NOMINATION_(ACCEPTED|REJECTED)$/.test(e.type),
    ).length;
    const answered = cur.nominations.filter(
      (n) =>
        n.smartAccountId === account.id &&
        n.kind !== "APPROVER" &&
        (n.status === "ACCEPTED" || n.status === "REJECTED"),
    ).length;
    if (nominationEvents !== answered)
      problems.push(
        `${name}: ${answered} nominations answered, ${nominationEvents} answers in the history`,
      );

    // An ACTIVE account keeps an administrator and exactly one DEFAULT virtual account.
    if (account.status === "ACTIVE") {
      const admins = cur.roles.filter(
        (r) => r.smartAccountId === account.id && r.role === "ADMINISTRATOR" && r.scopeKey === "",
      );
      if (!admins.length) problems.push(`${name} is ACTIVE without an administrator`);
      const defaults = cur.vas.filter((v) => v.smartAccountId === account.id && v.isDefault).length;
      if (defaults !== 1)
        problems.push(`${name} is ACTIVE with ${defaults} DEFAULT virtual accounts`);
    }
  }

  // Activation: by whoever's approval (or own authority) the model saw succeed.
  for (const account of cur.accounts) {
    const was = prev.accounts.find((x) => x.id === account.id)?.status;
    if (account.status !== "ACTIVE" || was === "ACTIVE") continue;
    const activator = world.activator.get(account.id);
    if (!activator) {
      problems.push(`${label(account.id)} became ACTIVE without a successful approval`);
      continue;
    }
    world.ledger.add(`${account.id}||${activator}|ADMINISTRATOR`);
    if (onTopLevelDomain(activator, account.topLevelDomain))
      world.ledger.add(`${account.id}||${activator}|APPROVER`);
  }

  // No role without a call entitled to grant it.
  for (const r of cur.roles) {
    if (!world.ledger.has(`${r.smartAccountId}|${r.scopeKey}|${r.email}|${r.role}`)) {
      const scope = r.scopeKey ? ` on virtual account ${world.vas.indexOf(r.scopeKey)}` : "";
      problems.push(
        `${r.email} holds ${r.role}${scope} on ${label(r.smartAccountId)}, granted by no entitled call`,
      );
    }
  }
  return problems;
}

// ------------------------------------------------------------------ generating

type Gen = { weight: number; make: () => Step | null };

function generate(rng: Rng, world: World, env: Env): Step {
  const snap = world.snap!;
  const pool = world.pool;
  const on = () => rng.int(env.urls.length);
  const idx = (list: string[], id: string) => list.indexOf(id);
  const accounts = (statuses: string[]) =>
    snap.accounts.filter((a) => statuses.includes(a.status) && idx(world.accounts, a.id) >= 0);
  const approversOf = (id: string) =>
    snap.approvers.filter((x) => x.smartAccountId === id && x.active).map((x) => x.email);
  const adminsOf = (id: string) =>
    snap.roles
      .filter((r) => r.smartAccountId === id && r.role === "ADMINISTRATOR" && r.scopeKey === "")
      .map((r) => r.email);
  const requesterOf = (a: Account) => snap.emailOf.get(a.requesterId) ?? rng.pick(pool.everyone);
  /** Usually the right person, sometimes anyone: the refusals are exercised too. */
  const who = (right: string[]) =>
    right.length && rng.chance(0.85) ? rng.pick(right) : rng.pick([...pool.everyone, STAFF]);
  const live = new Set(
    snap.accounts
      .filter((a) => a.status !== "CANCELLED" && a.status !== "LAPSED")
      .map((a) => a.domainIdentifier),
  );
  /** Mostly an identifier no live account holds (collisions come from the bursts), sometimes any. */
  const identifierOn = (domain: string) => {
    const all = [domain, ...PREFIXES.map((p) => `${p}.${domain}`)];
    const free = all.filter((i) => !live.has(i));
    return free.length && rng.chance(0.7) ? rng.pick(free) : rng.pick(all);
  };
  const name = () => `Account ${rng.int(10_000)}`;
  const single = (call: Call): Step => ({ calls: [call] });
  const vasOf = (id: string) => snap.vas.filter((v) => v.smartAccountId === id);
  const randomRoles = (account: Account) => {
    const vas = vasOf(account.id);
    return rng.chance(0.15)
      ? []
      : rng.some(["ADMINISTRATOR", "APPROVER", "USER", "VIEWER"], 2).map((role) => ({
          role,
          vas:
            vas.length && rng.chance(0.25) ? rng.some(vas, 2).map((v) => idx(world.vas, v.id)) : [],
        }));
  };

  const requestCall = (domain: string, as?: string): Call => {
    const people = peopleOn(pool, domain);
    const caller = as ?? (rng.chance(0.8) ? rng.pick(people) : rng.pick(pool.everyone));
    const self = rng.chance(0.45);
    return {
      op: "requestSmartAccount",
      as: caller,
      on: on(),
      args: {
        auth: self ? "REQUESTER" : "SOMEONE_ELSE",
        name: name(),
        identifier: rng.chance(0.4) ? null : identifierOn(domain),
        approvers: self ? undefined : rng.some(people, 2),
        company: rng.chance(0.5),
        ack: rng.chance(0.85),
        forMyself: rng.chance(0.3),
        admins: rng.chance(0.3) ? rng.some(pool.everyone, 2) : undefined,
      },
    };
  };

  const pcaAccounts = accounts(["PENDING_CUSTOMER_ACCEPTANCE"]);
  const active = accounts(["ACTIVE"]);
  const pendingReview = accounts(["PENDING_DOMAIN_APPROVAL"]);
  const pendingRequests = snap.requests.filter((r) => r.status === "PENDING");
  // Mostly nominations that can still be accepted (a creator's while the account waits, the
  // others once it is ACTIVE), sometimes any pending one.
  const decidable = (n: Snapshot["nominations"][number]) => {
    const status = snap.accounts.find((a) => a.id === n.smartAccountId)?.status;
    return n.kind === "CREATOR"
      ? status === "PENDING_CUSTOMER_ACCEPTANCE" || status === "DECLINED_BY_CUSTOMER"
      : status === "ACTIVE";
  };
  const sentNominations = snap.nominations.filter(
    (n) => n.status === "PENDING" && n.sent && n.kind !== "APPROVER",
  );
  const pendingNominations =
    sentNominations.some(decidable) && rng.chance(0.85)
      ? sentNominations.filter(decidable)
      : sentNominations;
  const accountOf = (id: string) => snap.accounts.find((a) => a.id === id)!;
  const ai = (a: Account) => idx(world.accounts, a.id);

  const gens: Gen[] = [
    { weight: 10, make: () => single(requestCall(rng.pick(pool.domains))) },
    {
      weight: 4,
      make: () => {
        const domain = rng.pick(pool.domains);
        const customers = rng.some(peopleOn(pool, domain), 2);
        return single({
          op: "requestSmartAccountForCustomer",
          as: rng.chance(0.9) ? rng.pick(pool.partners) : rng.pick(pool.customers),
          on: on(),
          args: {
            name: name(),
            customers,
            identifier: rng.chance(0.6) ? null : identifierOn(domain),
            users: rng.chance(0.5) ? rng.some(pool.everyone, 2) : undefined,
            ack: rng.chance(0.85),
          },
        });
      },
    },
    {
      weight: pendingReview.length ? 6 : 0,
      make: () => {
        const a = rng.pick(pendingReview);
        return single({
          op: rng.chance(0.6) ? "approveDomain" : "rejectDomain",
          as: who([STAFF]),
          on: on(),
          args: { account: ai(a) },
        });
      },
    },
    {
      weight: pendingReview.length ? 3 : 0,
      make: () => {
        const a = rng.pick(pendingReview);
        return single({
          op: "resubmitDomain",
          as: who([requesterOf(a)]),
          on: on(),
          args: { account: ai(a), identifier: identifierOn(a.topLevelDomain) },
        });
      },
    },
    {
      weight: pcaAccounts.length ? 12 : 0,
      make: () => {
        const a = rng.pick(pcaAccounts);
        const as = who(approversOf(a.id));
        const kind = rng.pick(["approve", "approve", "deny", "forward"]);
        if (kind === "approve")
          return single({
            op: "approveSmartAccount",
            as,
            on: on(),
            args: {
              account: ai(a),
              company: rng.chance(0.6),
              choice: rng.chance(0.15) ? "APPROVER_EMAIL_HOST" : null,
              viaLink: rng.chance(0.7),
            },
          });
        if (kind === "deny")
          return single({ op: "denySmartAccount", as, on: on(), args: { account: ai(a) } });
        return single({
          op: "forwardSmartAccount",
          as,
          on: on(),
          args: {
            account: ai(a),
            to: rng.pick(rng.chance(0.8) ? peopleOn(pool, a.topLevelDomain) : pool.everyone),
          },
        });
      },
    },
    {
      weight: accounts(["PENDING_CUSTOMER_ADDRESS"]).length ? 5 : 0,
      make: () => {
        const a = rng.pick(accounts(["PENDING_CUSTOMER_ADDRESS"]));
        const approvedBy = a.approvedById ? snap.emailOf.get(a.approvedById) : undefined;
        return single({
          op: "provideCompanyAddress",
          as: who([...(approvedBy ? [approvedBy] : []), ...approversOf(a.id)]),
          on: on(),
          args: { account: ai(a) },
        });
      },
    },
    {
      weight: accounts(["PENDING_DOMAIN_APPROVAL", "PENDING_CUSTOMER_ACCEPTANCE"]).length ? 3 : 0,
      make: () => {
        const a = rng.pick(accounts(["PENDING_DOMAIN_APPROVAL", "PENDING_CUSTOMER_ACCEPTANCE"]));
        return single({
          op: rng.chance(0.6) ? "cancelSmartAccount" : "resendApprovalEmail",
          as: who([requesterOf(a)]),
          on: on(),
          args: { account: ai(a) },
        });
      },
    },
    {
      weight: accounts(["PENDING_CUSTOMER_ACCEPTANCE", "DECLINED_BY_CUSTOMER"]).length ? 5 : 0,
      make: () => {
        const a = rng.pick(accounts(["PENDING_CUSTOMER_ACCEPTANCE", "DECLINED_BY_CUSTOMER"]));
        const onDomain = peopleOn(pool, a.topLevelDomain);
        return single({
          op: "nominateCreators",
          as: rng.pick([...pool.everyone]),
          on: on(),
          args: {
            account: ai(a),
            emails: rng.some(rng.chance(0.85) ? onDomain : pool.everyone, 2),
          },
        });
      },
    },
    {
      weight: pendingNominations.length ? 8 : 0,
      make: () => {
        const n = rng.pick(pendingNominations);
        return single({
          op: rng.chance(0.75) ? "acceptNomination" : "rejectNomination",
          as: who([n.email]),
          on: on(),
          args: { nomination: idx(world.nominations, n.id) },
        });
      },
    },
    {
      weight: active.length ? 7 : 0,
      make: () => {
        const a = rng.pick(active);
        return single({
          op: "requestAccess",
          as: rng.pick(pool.everyone),
          on: on(),
          args: {
            account: ai(a),
            forMyself: rng.chance(0.5),
            emails: rng.chance(0.6) ? rng.some(pool.everyone, 2) : [],
            role: rng.pick(["VIEWER", "USER", "ADMINISTRATOR"]),
          },
        });
      },
    },
    {
      weight: pendingRequests.length ? 8 : 0,
      make: () => {
        const r = rng.pick(pendingRequests);
        const a = accountOf(r.smartAccountId);
        const kind = rng.pick(["approve", "approve", "decline", "cancel"]);
        if (kind === "cancel")
          return single({
            op: "cancelAccessRequest",
            as: who([snap.emailOf.get(r.requestedById) ?? STAFF]),
            on: on(),
            args: { request: idx(world.requests, r.id) },
          });
        const vas = vasOf(a.id);
        return single({
          op: kind === "approve" ? "approveAccessRequest" : "declineAccessRequest",
          as: who(adminsOf(a.id)),
          on: on(),
          args:
            kind === "approve"
              ? {
                  request: idx(world.requests, r.id),
                  role: rng.chance(0.3)
                    ? rng.pick(["VIEWER", "USER", "ADMINISTRATOR", "APPROVER"])
                    : null,
                  vas: vas.length && rng.chance(0.2) ? [idx(world.vas, rng.pick(vas).id)] : [],
                }
              : { request: idx(world.requests, r.id) },
        });
      },
    },
    {
      weight: active.length ? 8 : 0,
      make: () => {
        const a = rng.pick(active);
        const admins = adminsOf(a.id);
        return single({
          op: "setAccountUserRoles",
          as: who(admins),
          on: on(),
          args: {
            account: ai(a),
            email: rng.chance(0.3) && admins.length ? rng.pick(admins) : rng.pick(pool.everyone),
            roles: randomRoles(a),
          },
        });
      },
    },
    {
      weight: active.length ? 2 : 0,
      make: () => {
        const a = rng.pick(active);
        return single({
          op: "setAccessAutomation",
          as: who(adminsOf(a.id)),
          on: on(),
          args: { account: ai(a), upTo: rng.pick([null, "VIEWER", "USER", "ADMINISTRATOR"]) },
        });
      },
    },
    {
      weight: active.length ? 6 : 0,
      make: () => {
        const a = rng.pick(active);
        const vas = vasOf(a.id);
        const as = who(adminsOf(a.id));
        const kind = vas.length ? rng.pick(["create", "create", "update", "delete"]) : "create";
        if (kind === "create")
          return single({
            op: "createVirtualAccount",
            as,
            on: on(),
            args: {
              account: ai(a),
              name: `VA ${rng.int(50)}`,
              parent: vas.length && rng.chance(0.4) ? idx(world.vas, rng.pick(vas).id) : undefined,
            },
          });
        const va = idx(world.vas, rng.pick(vas).id);
        if (kind === "delete")
          return single({ op: "deleteVirtualAccount", as, on: on(), args: { va } });
        return single({
          op: "updateVirtualAccount",
          as,
          on: on(),
          args: rng.chance(0.5)
            ? { va, makeDefault: true }
            : rng.chance(0.5)
              ? { va, name: `VA ${rng.int(50)}` }
              : { va, moveToTop: true },
        });
      },
    },
    {
      weight: active.length ? 2 : 0,
      make: () => {
        const a = rng.pick(active);
        return single({
          op: "updateSmartAccount",
          as: who(adminsOf(a.id)),
          on: on(),
          args: rng.chance(0.5)
            ? { account: ai(a), name: name() }
            : { account: ai(a), visibility: rng.pick(["RESTRICTED", "UNRESTRICTED"]) },
        });
      },
    },
    {
      weight: env.advance ? 2 : 0,
      make: () => ({ advanceDays: rng.pick([31, 60, 85, 91]) }),
    },
    // Bursts: 2 to 5 calls that conflict, fired at once (split over the processes).
    {
      weight: pcaAccounts.length ? 5 : 0,
      make: () => {
        const a = rng.pick(pcaAccounts);
        const approvers = approversOf(a.id);
        if (!approvers.length) return null;
        const calls: Call[] = Array.from({ length: 2 + rng.int(4) }, (_, i) => {
          const as = rng.pick(approvers);
          const kind = rng.pick(["approve", "deny", "forward"]);
          const args: Args = { account: ai(a) };
          if (kind === "approve") Object.assign(args, { company: rng.chance(0.5), viaLink: false });
          if (kind === "forward")
            args.to = rng.pick(peopleOn(pool, a.topLevelDomain).filter((e) => e !== as));
          const op: OpName =
            kind === "approve"
              ? "approveSmartAccount"
              : kind === "deny"
                ? "denySmartAccount"
                : "forwardSmartAccount";
          return { op, as, on: i % env.urls.length, args };
        });
        return { burst: "decide", calls };
      },
    },
    {
      weight: 3,
      make: () => {
        const domain = rng.pick(pool.domains);
        const identifier = rng.chance(0.5) ? domain : `${rng.pick(PREFIXES)}.${domain}`;
        const people = peopleOn(pool, domain);
        const calls = Array.from({ length: 2 + rng.int(4) }, (_, i) => {
          const call = requestCall(domain, rng.pick(people));
          call.args.identifier = identifier;
          call.args.ack = true;
          call.on = i % env.urls.length;
          return call;
        });
        return { burst: "identifier", calls };
      },
    },
    {
      weight: pendingRequests.length ? 4 : 0,
      make: () => {
        const r = rng.pick(pendingRequests);
        const admins = adminsOf(r.smartAccountId);
        const asker = snap.emailOf.get(r.requestedById);
        if (!admins.length || !asker) return null;
        const request = idx(world.requests, r.id);
        const calls: Call[] = Array.from({ length: 2 + rng.int(4) }, (_, i) => {
          const kind = rng.pick(["approve", "decline", "cancel"]);
          if (kind === "cancel")
            return {
              op: "cancelAccessRequest",
              as: asker,
              on: i % env.urls.length,
              args: { request },
            };
          return {
            op: kind === "approve" ? "approveAccessRequest" : "declineAccessRequest",
            as: rng.pick(admins),
            on: i % env.urls.length,
            args: kind === "approve" ? { request, role: null, vas: [] } : { request },
          };
        });
        return { burst: "access", calls };
      },
    },
    {
      weight: active.length ? 4 : 0,
      make: () => {
        const a = rng.pick(active);
        const admins = adminsOf(a.id);
        if (!admins.length) return null;
        const targets = rng.some([...new Set([...admins, ...pool.everyone])], 5);
        if (targets.length < 2) return null;
        const calls: Call[] = targets.map((email, i) => ({
          op: "setAccountUserRoles",
          as: rng.pick(admins),
          on: i % env.urls.length,
          args: {
            account: ai(a),
            email,
            roles: admins.includes(email) && rng.chance(0.6) ? [] : randomRoles(a),
          },
        }));
        return { burst: "roles", calls };
      },
    },
    {
      weight: pendingNominations.length ? 2 : 0,
      make: () => {
        const n = rng.pick(pendingNominations);
        const nomination = idx(world.nominations, n.id);
        const calls: Call[] = Array.from({ length: 2 + rng.int(2) }, (_, i) => ({
          op: rng.chance(0.5) ? "acceptNomination" : "rejectNomination",
          as: n.email,
          on: i % env.urls.length,
          args: { nomination },
        }));
        return { burst: "nomination", calls };
      },
    },
    {
      weight: pendingReview.length ? 2 : 0,
      make: () => {
        const account = ai(rng.pick(pendingReview));
        const calls: Call[] = Array.from({ length: 2 + rng.int(3) }, (_, i) => ({
          op: rng.chance(0.5) ? "approveDomain" : "rejectDomain",
          as: STAFF,
          on: i % env.urls.length,
          args: { account },
        }));
        return { burst: "domain", calls };
      },
    },
  ];
  for (;;) {
    const total = gens.reduce((s, g) => s + g.weight, 0);
    let r = rng.int(total);
    const gen = gens.find((g) => (r -= g.weight) < 0)!;
    const step = gen.make();
    if (step) return step;
  }
}

// ------------------------------------------------------------------ running

/** Bursts where the calls decide one thing: at most one of them may succeed. */
const ONE_WINNER = new Set(["decide", "identifier", "access", "nomination", "domain"]);

async function runStep(
  world: World,
  step: Step,
): Promise<{ problems: string[]; outcomes: string[] }> {
  const before = world.snap!;
  const problems: string[] = [];
  const outcomes: string[] = [];
  if ("advanceDays" in step) {
    await world.env.advance!(step.advanceDays);
    world.signOutEveryone();
  } else {
    // Sign everyone in first, so a burst's calls leave at the same moment.
    for (const call of step.calls) await world.client(call.as, call.on);
    const ctx: Ctx = { world, snap: before };
    const results = await Promise.all(step.calls.map((call) => perform(ctx, call)));
    // What may succeed only once in a burst: one decision (approve or deny) of an account, one
    // forward per approver (others may forward their own share), one of the rest.
    const wins = new Map<string, number>();
    step.calls.forEach((call, i) => {
      const res = results[i];
      const outcome: Outcome = !res
        ? { ok: false, code: null, skipped: true }
        : res.errors?.length
          ? {
              ok: false,
              code: res.errors[0].extensions?.code ?? "NO_CODE",
              message: res.errors[0].message,
            }
          : { ok: true, code: null, data: res.data };
      outcomes.push(outcome.skipped ? "skipped" : outcome.ok ? "ok" : `${outcome.code}`);
      if (outcome.code === "INTERNAL_SERVER_ERROR" || outcome.code === "NO_CODE")
        problems.push(`${call.op} as ${call.as} answered ${outcome.code}: ${outcome.message}`);
      if (outcome.code === "GRAPHQL_VALIDATION_FAILED" || outcome.code === "GRAPHQL_PARSE_FAILED")
        throw new Error(`The model sent an invalid operation ${call.op}: ${outcome.message}`);
      if (!outcome.ok) return;
      const key =
        call.op === "forwardSmartAccount"
          ? `forward by ${call.as}`
          : step.burst === "decide"
            ? "approve or deny"
            : "call";
      wins.set(key, (wins.get(key) ?? 0) + 1);
      const problem = entitle(world, before, call, outcome.data ?? null);
      if (problem) problems.push(problem);
    });
    for (const [key, n] of wins) {
      if (step.burst && ONE_WINNER.has(step.burst) && n > 1)
        problems.push(`${n} calls (${key}) of one ${step.burst} burst succeeded; one may`);
    }
  }
  const cur = await snapshot(world.env);
  world.discover(cur);
  problems.push(...checkInvariants(world, before, cur));
  const emails = await world.newOutbox();
  const seen = new Map<string, number>();
  for (const e of emails) {
    const key = JSON.stringify([e.toAddress, e.subject, e.textBody]);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  for (const [key, n] of seen) {
    if (n > 1) {
      const [to, subject] = JSON.parse(key) as string[];
      problems.push(`${n} identical emails to ${to} ("${subject}") in one step`);
    }
  }
  world.snap = cur;
  return { problems, outcomes };
}

export type RunResult = {
  failedAt: number | null;
  problems: string[];
  steps: Step[];
  outcomes: string[][];
};

/** Runs a recorded sequence (replay) or generates one from the seed. */
async function execute(
  env: Env,
  options: { seed: number; steps: number; recorded?: Step[]; stepTimeoutMs?: number },
): Promise<RunResult> {
  const pool = makePool(options.steps);
  const world = new World(env, pool, 20 + (options.seed % 200));
  const rng = new Rng(options.seed);
  const steps: Step[] = [];
  const outcomes: string[][] = [];
  await world.init();
  world.discover(world.snap!);
  const total = options.recorded ? options.recorded.length : options.steps;
  for (let i = 0; i < total; i++) {
    const step = options.recorded ? options.recorded[i] : generate(rng, world, env);
    steps.push(step);
    let result: { problems: string[]; outcomes: string[] };
    try {
      result = await runStep(world, step);
    } catch (error) {
      if (!(error instanceof ModelViolation)) throw error;
      result = { problems: [error.message], outcomes: [] };
    }
    outcomes.push(result.outcomes);
    if (result.problems.length) return { failedAt: i, problems: result.problems, steps, outcomes };
  }
  return { failedAt: null, problems: [], steps, outcomes };
}

/** Delta debugging: drop halves, then smaller chunks, then single steps, while it still fails. */
async function shrink(
  env: Env,
  seed: number,
  failing: Step[],
  budgetMs: number,
): Promise<{ steps: Step[]; result: RunResult; replays: number }> {
  const deadline = Date.now() + budgetMs;
  let best = failing;
  let bestResult: RunResult | null = null;
  let replays = 0;
  const fails = async (candidate: Step[]) => {
    replays += 1;
    await env.reset();
    const result = await execute(env, { seed, steps: candidate.length, recorded: candidate });
    return result.failedAt === null ? null : result;
  };
  let chunk = Math.max(1, Math.floor(best.length / 2));
  while (chunk >= 1 && Date.now() < deadline) {
    let removed = false;
    for (let start = 0; start < best.length && Date.now() < deadline;) {
      const candidate = [...best.slice(0, start), ...best.slice(start + chunk)];
      const result = candidate.length ? await fails(candidate) : null;
      if (result) {
        best = result.steps.slice(0, result.failedAt! + 1);
        bestResult = result;
        removed = true;
      } else start += chunk;
    }
    if (!removed || chunk > 1) chunk = Math.floor(chunk / 2);
  }
  if (!bestResult) {
    bestResult = (await fails(best)) ?? {
      failedAt: best.length - 1,
      problems: ["(did not fail again on replay: a race)"],
      steps: best,
      outcomes: [],
    };
  }
  return { steps: best, result: bestResult, replays };
}

/** What the calls answered, per operation: shows that a run exercised more than refusals. */
export function summarise(result: RunResult): string {
  const counts = new Map<string, Map<string, number>>();
  result.steps.forEach((step, i) => {
    const calls = "advanceDays" in step ? [{ op: "advanceClock" }] : step.calls;
    calls.forEach((call, j) => {
      const outcome = result.outcomes[i]?.[j] ?? "ok";
      const per = counts.get(call.op) ?? new Map<string, number>();
      per.set(outcome, (per.get(outcome) ?? 0) + 1);
      counts.set(call.op, per);
    });
  });
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([op, per]) => `  ${op}: ${[...per].map(([o, n]) => `${o} ${n}`).join(", ")}`)
    .join("\n");
}

export type ModelOptions = {
  seed: number;
  steps: number;
  /** How long shrinking may take. */
  shrinkMs?: number;
  log?: (line: string) => void;
};

/** Runs a seeded sequence; on a broken invariant throws with the seed and the shortest sequence. */
export async function runModel(env: Env, options: ModelOptions): Promise<RunResult> {
  const log = options.log ?? (() => undefined);
  const result = await execute(env, options);
  if (result.failedAt === null) {
    log(`seed=${options.seed}: ${result.steps.length} steps, every invariant held (${env.name})`);
    log(summarise(result));
    return result;
  }
  const first = result.steps.slice(0, result.failedAt + 1);
  log(
    `seed=${options.seed}: failed at step ${result.failedAt}: ${result.problems.join("; ")}; shrinking…`,
  );
  const shrunk = await shrink(env, options.seed, first, options.shrinkMs ?? 120_000);
  const lines = shrunk.steps.map(
    (s, i) => `    ${formatStep(s, i)}  => ${(shrunk.result.outcomes[i] ?? []).join(", ")}`,
  );
  throw new Error(
    [
      `Model test failed on ${env.name}: seed=${options.seed} steps=${options.steps}`,
      `first failure at step ${result.failedAt}:`,
      ...result.problems.map((p) => `  - ${p}`),
      `shortest sequence found (${shrunk.steps.length} steps, ${shrunk.replays} replays):`,
      ...lines,
      `it fails with:`,
      ...shrunk.result.problems.map((p) => `  - ${p}`),
      `replay: cd apps/server && pnpm model --seed ${options.seed} --steps ${options.steps}`,
    ].join("\n"),
  );
}
