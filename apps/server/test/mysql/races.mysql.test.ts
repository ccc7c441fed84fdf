import { createConnection, type Connection } from "mysql2/promise";
import type { DataSource } from "typeorm";
import { createDataSource, Db, TRANSACTION_ATTEMPTS } from "../../src/db/data-source";
import { Client, type GqlResult } from "../harness";
import { PASSWORD, SIGN_IN, SIGN_UP, signUpInput, VERIFY } from "../user-api";
import {
  ACCOUNT,
  accountOf,
  activeAccount,
  CREATE_VA,
  REQUEST_ACCESS,
  SET_ROLES,
} from "../account-api";
import { freshDatabase, ServerProcesses } from "./processes";

/**
 * Unrelated changes to one account at the same moment, split over two server processes: none
 * answers CONFLICT (they decide nothing against each other) or INTERNAL_SERVER_ERROR (a deadlock
 * is retried), and the account's history records each of them once, in one total order.
 */
const servers = new ServerProcesses();
let database = "";
let urls: string[] = [];
let sql: Connection;

beforeAll(async () => {
  database = await freshDatabase("races");
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

let ipCounter = 0;
/** Registers and verifies through the API (reading the link from the outbox), then signs in. */
async function user(email: string, url = urls[0]): Promise<Client> {
  ipCounter += 1;
  const client = new Client(url, `10.9.${Math.floor(ipCounter / 250)}.${ipCounter % 250}`);
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

/** The same browser session, talking to the other server process. */
function onOtherServer(client: Client): Client {
  const other = new Client(client.baseUrl === urls[0] ? urls[1] : urls[0], client.ip);
  other.cookie = client.cookie;
  return other;
}

const codes = (results: GqlResult[]) =>
  results.flatMap((r) => (r.errors ?? []).map((e) => e.extensions?.code ?? "NONE"));

async function history(accountId: string) {
  const [rows] = await sql.query(
    "SELECT sequence, type, detail FROM account_events WHERE smartAccountId = ? ORDER BY sequence",
    [accountId],
  );
  return rows as { sequence: number; type: string; detail: string }[];
}

async function version(accountId: string): Promise<number> {
  const [rows] = await sql.query("SELECT version FROM smart_accounts WHERE id = ?", [accountId]);
  return Number((rows as { version: number }[])[0].version);
}

/** The history is numbered 1, 2, 3 … without gaps, and the API shows it in that order. */
async function expectTotalOrder(admin: Client, accountId: string) {
  const events = await history(accountId);
  expect(events.map((e) => Number(e.sequence))).toEqual(events.map((_, i) => i + 1));
  const shown = accountOf(await admin.gql(ACCOUNT, { id: accountId })).history;
  expect(shown?.map((h) => h.type)).toEqual(events.map((e) => e.type));
  return events;
}

describe("unrelated changes to one account across two server processes on MariaDB", () => {
  it("records 8 clients' simultaneous access requests for different emails, none CONFLICT", async () => {
    const admin = await user("admin@busy.example.com");
    const account = await activeAccount(admin, "Busy");
    const askers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => user(`asker${i}@outside.example.net`, urls[i % 2])),
    );
    const versionBefore = await version(account.id);
    const rounds = 3;
    const results = await Promise.all(
      askers.flatMap((asker, i) =>
        Array.from({ length: rounds }, (_, k) =>
          (k % 2 ? onOtherServer(asker) : asker).gql(REQUEST_ACCESS, {
            input: {
              smartAccountId: account.id,
              emails: [`person${i}-${k}@outside.example.net`],
              reason: `Round ${k} of asker ${i}`,
            },
          }),
        ),
      ),
    );
    expect(codes(results)).toEqual([]);
    // Access requests hang off the account: its own version stays.
    expect(await version(account.id)).toBe(versionBefore);
    const events = await expectTotalOrder(admin, account.id);
    const requested = events.filter((e) => e.type === "ACCESS_REQUESTED");
    expect(requested).toHaveLength(8 * rounds);
    expect(new Set(requested.map((e) => e.detail.split(":")[0])).size).toBe(8 * rounds);
  }, 90_000);

  it("applies two administrators' simultaneous role changes of different emails, none failing", async () => {
    const first = await user("first@roles.example.com");
    const account = await activeAccount(first, "Roles");
    const second = await user("second@roles.example.com", urls[1]);
    const made = await first.gql(SET_ROLES, {
      input: {
        smartAccountId: account.id,
        email: "second@roles.example.com",
        roles: [{ role: "ADMINISTRATOR" }],
      },
    });
    expect(made.errors).toBeUndefined();
    const perAdmin = 6;
    const results = await Promise.all(
      [first, second].flatMap((admin, a) =>
        Array.from({ length: perAdmin }, (_, k) =>
          (k % 2 ? onOtherServer(admin) : admin).gql(SET_ROLES, {
            input: {
              smartAccountId: account.id,
              email: `member${a}-${k}@roles.example.com`,
              roles: [{ role: k % 3 === 0 ? "VIEWER" : "USER" }],
            },
          }),
        ),
      ),
    );
    expect(codes(results)).toEqual([]);
    const [rows] = await sql.query(
      "SELECT COUNT(*) AS n FROM role_assignments WHERE smartAccountId = ? AND email LIKE 'member%'",
      [account.id],
    );
    expect(Number((rows as { n: number }[])[0].n)).toBe(2 * perAdmin);
    const events = await expectTotalOrder(first, account.id);
    expect(events.filter((e) => e.type === "USER_ROLES_CHANGED")).toHaveLength(2 * perAdmin + 1);
  }, 90_000);

  it("keeps the account's copies of its administrators and virtual accounts through simultaneous changes", async () => {
    const first = await user("first@copies.example.com");
    const account = await activeAccount(first, "Copies");
    const second = await user("second@copies.example.com", urls[1]);
    await first.gql(SET_ROLES, {
      input: {
        smartAccountId: account.id,
        email: "second@copies.example.com",
        roles: [{ role: "ADMINISTRATOR" }],
      },
    });
    const perAdmin = 4;
    const results = await Promise.all(
      [first, second].flatMap((admin, a) =>
        Array.from({ length: perAdmin }, (_, k) => {
          const client = k % 2 ? onOtherServer(admin) : admin;
          return Promise.all([
            client.gql(SET_ROLES, {
              input: {
                smartAccountId: account.id,
                email: `admin${a}-${k}@copies.example.com`,
                roles: [{ role: "ADMINISTRATOR" }],
              },
            }),
            client.gql(CREATE_VA, { input: { smartAccountId: account.id, name: `VA ${a}-${k}` } }),
          ]);
        }),
      ),
    );
    expect(codes(results.flat())).toEqual([]);
    // Each copy holds every change: none was computed without another's committed row.
    const [[copies]] = (await sql.query(
      "SELECT administratorList, virtualAccountList FROM smart_accounts WHERE id = ?",
      [account.id],
    )) as unknown as [{ administratorList: string; virtualAccountList: string }[]];
    const [admins] = (await sql.query(
      "SELECT email FROM role_assignments WHERE smartAccountId = ? AND role = 'ADMINISTRATOR' AND scopeKey = '' ORDER BY email",
      [account.id],
    )) as unknown as [{ email: string }[]];
    const [vas] = (await sql.query(
      "SELECT name FROM virtual_accounts WHERE smartAccountId = ? ORDER BY name",
      [account.id],
    )) as unknown as [{ name: string }[]];
    expect(admins).toHaveLength(2 + 2 * perAdmin);
    expect(vas).toHaveLength(1 + 2 * perAdmin);
    expect(JSON.parse(copies.administratorList)).toEqual(admins.map((r) => r.email));
    expect(
      (JSON.parse(copies.virtualAccountList) as { name: string }[]).map((v) => v.name),
    ).toEqual(vas.map((r) => r.name));
  }, 90_000);

  it("keeps an administrator when two remove each other at the same moment", async () => {
    for (let round = 0; round < 4; round++) {
      const a = await user(`a@m${round}.mutual.example.com`);
      const account = await activeAccount(a, `Mutual ${round}`);
      const b = await user(`b@m${round}.mutual.example.com`, urls[1]);
      await a.gql(SET_ROLES, {
        input: {
          smartAccountId: account.id,
          email: `b@m${round}.mutual.example.com`,
          roles: [{ role: "ADMINISTRATOR" }],
        },
      });
      const results = await Promise.all([
        a.gql(SET_ROLES, {
          input: {
            smartAccountId: account.id,
            email: `b@m${round}.mutual.example.com`,
            roles: [{ role: "USER" }],
          },
        }),
        b.gql(SET_ROLES, {
          input: {
            smartAccountId: account.id,
            email: `a@m${round}.mutual.example.com`,
            roles: [{ role: "USER" }],
          },
        }),
      ]);
      // Whichever came second found itself no longer an administrator, or the other the last one.
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(codes(results)).not.toContain("INTERNAL_SERVER_ERROR");
      const [rows] = await sql.query(
        "SELECT COUNT(*) AS n FROM role_assignments WHERE smartAccountId = ? AND role = 'ADMINISTRATOR' AND scopeKey = ''",
        [account.id],
      );
      expect(Number((rows as { n: number }[])[0].n)).toBe(1);
    }
  }, 90_000);
});

describe("a unit of work the database ends for a lock conflict", () => {
  let dataSource: DataSource;
  let db: Db;

  beforeAll(async () => {
    dataSource = await createDataSource({ kind: "mysql", url: database });
    await dataSource.initialize();
    db = new Db(dataSource);
    await sql.query("CREATE TABLE lock_probe (id INT PRIMARY KEY, n INT NOT NULL)");
  });
  afterAll(async () => {
    await sql.query("DROP TABLE lock_probe");
    await dataSource.destroy();
  });
  beforeEach(async () => {
    await sql.query("DELETE FROM lock_probe");
    await sql.query("INSERT INTO lock_probe VALUES (1, 0), (2, 0)");
  });

  it("runs again from the start after a deadlock, and both units of work complete", async () => {
    let attempts = 0;
    let firstLocks = 0;
    let release: () => void = () => undefined;
    const bothHoldOne = new Promise<void>((resolve) => (release = resolve));
    const crossed = (mine: number, theirs: number) =>
      db.transaction(async (em) => {
        attempts += 1;
        const first = attempts <= 2;
        await em.query("UPDATE lock_probe SET n = n + 1 WHERE id = ?", [mine]);
        if (first) {
          // Only the first two attempts wait for each other, so that they cross.
          if (++firstLocks === 2) release();
          await bothHoldOne;
        }
        await em.query("UPDATE lock_probe SET n = n + 1 WHERE id = ?", [theirs]);
      });
    await expect(Promise.all([crossed(1, 2), crossed(2, 1)])).resolves.toBeDefined();
    // The victim ran a second time; its first attempt left nothing behind.
    expect(attempts).toBe(3);
    const [rows] = await sql.query("SELECT n FROM lock_probe ORDER BY id");
    expect((rows as { n: number }[]).map((r) => r.n)).toEqual([2, 2]);
  });

  it("runs again after a lock-wait timeout, a bounded number of times", async () => {
    const holder = await createConnection({ uri: database });
    try {
      await holder.query("START TRANSACTION");
      await holder.query("UPDATE lock_probe SET n = n + 1 WHERE id = 1");
      let attempts = 0;
      const waiting = db.transaction(async (em) => {
        attempts += 1;
        await em.query("SET SESSION innodb_lock_wait_timeout = 1");
        await em.query("UPDATE lock_probe SET n = n + 10 WHERE id = 1");
      });
      // The lock is held for longer than one wait: the first attempt times out and is retried.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await holder.query("COMMIT");
      await waiting;
      expect(attempts).toBeGreaterThan(1);
      expect(attempts).toBeLessThanOrEqual(TRANSACTION_ATTEMPTS);
      const [rows] = await sql.query("SELECT n FROM lock_probe WHERE id = 1");
      expect(Number((rows as { n: number }[])[0].n)).toBe(11);

      // A lock that outlasts every attempt ends, not in a loop, but in CONFLICT (try again).
      await holder.query("START TRANSACTION");
      await holder.query("UPDATE lock_probe SET n = n + 1 WHERE id = 2");
      attempts = 0;
      await expect(
        db.transaction(async (em) => {
          attempts += 1;
          await em.query("SET SESSION innodb_lock_wait_timeout = 1");
          await em.query("UPDATE lock_probe SET n = n + 10 WHERE id = 2");
        }),
      ).rejects.toMatchObject({ kind: "STATE_CONFLICT", cause: { driverError: { errno: 1205 } } });
      expect(attempts).toBe(TRANSACTION_ATTEMPTS);
      await holder.query("ROLLBACK");
    } finally {
      await holder.end();
    }
  }, 30_000);
});
