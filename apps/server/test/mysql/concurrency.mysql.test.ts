import { createConnection, type Connection } from "mysql2/promise";
import { Client } from "../harness";
import { PASSWORD, SIGN_IN, SIGN_UP, signUpInput, VERIFY } from "../user-api";
import {
  accountOf,
  activeAccount,
  APPROVE,
  APPROVE_ACCESS,
  DIRECTORY,
  DECLINE_ACCESS,
  DENY,
  FORWARD,
  REQUEST,
  REQUEST_ACCESS,
  SET_ROLES,
  UPDATE_ACCOUNT,
} from "../account-api";
import { freshDatabase, ServerProcesses } from "./processes";

const servers = new ServerProcesses();
let urls: string[] = [];
let sql: Connection;
let database: string;

beforeAll(async () => {
  database = await freshDatabase("concurrency");
  urls = await Promise.all([
    servers.start({ DATABASE_URL: database }),
    servers.start({ DATABASE_URL: database }),
  ]);
  sql = await createConnection({ uri: database });
}, 90_000);

afterAll(async () => {
  servers.stopAll();
  await sql.end();
});

/** Registers and verifies through the API (reading the link from the outbox), then signs in. */
async function user(email: string, url = urls[0]): Promise<Client> {
  const client = new Client(
    url,
    `10.7.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  );
  const res = await client.gql(SIGN_UP, { input: signUpInput({ email }) });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const [row] = (
    await sql.query(
      "SELECT textBody FROM outbox_emails WHERE toAddress = ? ORDER BY createdAt DESC LIMIT 1",
      [email],
    )
  )[0] as { textBody: string }[];
  const token = row.textBody.match(/verify-email\?token=([\w-]+)/)![1];
  await client.gql(VERIFY, { token });
  await client.gql(SIGN_IN, { email, password: PASSWORD });
  return client;
}

async function emailCount(): Promise<number> {
  const [rows] = await sql.query("SELECT COUNT(*) AS n FROM outbox_emails");
  return Number((rows as { n: number }[])[0].n);
}

describe("concurrency across two server processes on MariaDB", () => {
  it("lets exactly one of 20 simultaneous decisions on one request win, with one set of emails", async () => {
    const requester = await user("req@race.example.com");
    const account = accountOf(
      await requester.gql(REQUEST, {
        input: {
          authorization: "SOMEONE_ELSE",
          name: "Race",
          approverEmails: ["approver@race.example.com"],
        },
      }),
    );
    const onA = await user("approver@race.example.com");
    const onB = new Client(urls[1]);
    onB.cookie = onA.cookie;
    const before = await emailCount();
    const attempts = Array.from({ length: 20 }, (_, i) => {
      const client = i % 2 ? onB : onA;
      switch (i % 3) {
        case 0:
          return client.gql(APPROVE, { input: { smartAccountId: account.id, acceptTerms: true } });
        case 1:
          return client.gql(DENY, { id: account.id, reason: `No ${i}` });
        default:
          return client.gql(FORWARD, { id: account.id, email: `next${i}@race.example.com` });
      }
    });
    const results = await Promise.all(attempts);
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    const kind = results.findIndex((r) => !r.errors) % 3;
    const losers = results.filter((r) => r.errors).map((r) => r.errors![0].extensions?.code);
    if (kind === 2) {
      // A forward that won makes someone else the approver: an attempt that raced it loses
      // with CONFLICT, one that started after it is no longer the approver's to take.
      expect(losers).toHaveLength(19);
      expect(losers.filter((code) => code !== "CONFLICT" && code !== "FORBIDDEN")).toEqual([]);
    } else {
      expect(losers).toEqual(Array(19).fill("CONFLICT"));
    }
    const [events] = await sql.query(
      "SELECT type FROM account_events WHERE smartAccountId = ? AND type IN ('APPROVED', 'DENIED', 'FORWARDED')",
      [account.id],
    );
    expect(events).toHaveLength(1);
    // One decision's emails: approve and deny tell the requester; a forward tells the new approver and the requester.
    expect((await emailCount()) - before).toBe(kind === 2 ? 2 : 1);
  }, 60_000);

  it("creates exactly one of 30 simultaneous requests for one identifier", async () => {
    const requester = await user("req@dup.example.org", urls[1]);
    const other = new Client(urls[0]);
    other.cookie = requester.cookie;
    const before = await emailCount();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        (i % 2 ? requester : other).gql(REQUEST, {
          input: {
            authorization: "SOMEONE_ELSE",
            name: `Dup ${i}`,
            // One approver each: thirty requests to one address would meet its email limit.
            approverEmails: [`boss${i}@dup.example.org`],
            acknowledgeExistingAccounts: true,
          },
        }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => r.errors![0].extensions?.code)).toEqual(
      Array(29).fill("CONFLICT"),
    );
    const [rows] = await sql.query(
      "SELECT COUNT(*) AS n FROM smart_accounts WHERE domainIdentifier = 'dup.example.org'",
    );
    expect(Number((rows as { n: number }[])[0].n)).toBe(1);
    // One request's emails: the confirmation and the approver's link.
    expect((await emailCount()) - before).toBe(2);
  }, 60_000);

  it("lets exactly one of 20 simultaneous approve/decline calls on one access request win", async () => {
    const admin = await user("admin@access.example.net");
    const account = await activeAccount(admin, "Access race");
    const asker = await user("asker@elsewhere.example.net", urls[1]);
    const asked = await asker.gql(REQUEST_ACCESS, {
      input: { smartAccountId: account.id, forMyself: true, reason: "Race" },
    });
    const id = asked.data!.requestAccess.accessRequests[0].id;
    const onB = new Client(urls[1]);
    onB.cookie = admin.cookie;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2
          ? (i % 4 === 1 ? admin : onB).gql(APPROVE_ACCESS, {
              input: { accessRequestId: id, role: "VIEWER" },
            })
          : (i % 4 === 0 ? onB : admin).gql(DECLINE_ACCESS, { id, reason: `No ${i}` }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => r.errors![0].extensions?.code)).toEqual(
      Array(19).fill("CONFLICT"),
    );
    const [grants] = await sql.query(
      "SELECT COUNT(*) AS n FROM role_assignments WHERE smartAccountId = ? AND email = ?",
      [account.id, "asker@elsewhere.example.net"],
    );
    const approved = results.findIndex((r) => !r.errors) % 2 === 1;
    expect(Number((grants as { n: number }[])[0].n)).toBe(approved ? 1 : 0);
  }, 60_000);

  it("lets a change to one account go through while another account and its users are held", async () => {
    const admin = await user("admin@held.example.org");
    const mine = await activeAccount(admin, "Mine");
    const other = await activeAccount(await user("admin@held-elsewhere.example.org"), "Elsewhere");
    await user("bystander@held.example.org");
    // Another writer holds the other account's row and a user's row, as a long transaction would.
    const holder = await createConnection({ uri: database });
    try {
      await holder.beginTransaction();
      await holder.query("SELECT id FROM smart_accounts WHERE id = ? FOR UPDATE", [other.id]);
      await holder.query("SELECT id FROM users WHERE email = ? FOR UPDATE", [
        "bystander@held.example.org",
      ]);
      // The directory's refresh of this account reads only its own rows: nothing here waits.
      const within = <T>(work: Promise<T>) =>
        Promise.race([
          work,
          new Promise<never>((_, reject) =>
            setTimeout(() => reject(new Error("waited on the other writer's locks")), 8_000),
          ),
        ]);
      const renamed = await within(
        admin.gql(UPDATE_ACCOUNT, { input: { smartAccountId: mine.id, name: "Mine renamed" } }),
      );
      expect(renamed.errors).toBeUndefined();
      expect(renamed.data!.updateSmartAccount.smartAccount.name).toBe("Mine renamed");
      const granted = await within(
        admin.gql(SET_ROLES, {
          input: {
            smartAccountId: mine.id,
            email: "new@held.example.org",
            roles: [{ role: "USER" }],
          },
        }),
      );
      expect(granted.errors).toBeUndefined();
      // A new user proving their email refreshes their own rows only.
      const newcomer = await within(user("new@held.example.org"));
      const directory = await within(newcomer.gql(DIRECTORY, { first: 10 }));
      const mineListed = directory.data!.directory.edges.find(
        (e) => e.node.smartAccount.id === mine.id,
      );
      expect(mineListed?.node).toMatchObject({
        reason: "HAS_ROLE",
        smartAccount: { name: "Mine renamed" },
      });
    } finally {
      await holder.rollback();
      await holder.end();
    }
  }, 60_000);
});
