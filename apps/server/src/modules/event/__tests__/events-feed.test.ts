import { startTestApp, type Client, type TestApp } from "../../../../test/harness";
import {
  accountOf,
  activeAccount,
  APPROVE,
  COMPANY,
  REQUEST,
  REQUEST_FOR_CUSTOMER,
  registeredUser,
  SET_ROLES,
  staffClient,
  UPDATE_ACCOUNT,
} from "../../../../test/account-api";
import { graphql } from "../../../../test/gql";
import type { AccountEventKind, EventsQuery } from "../../../../test/gql/graphql";
import { PASSWORD, SIGN_IN, SIGN_UP, signUpInput } from "../../../../test/user-api";
import { administeredAccounts, fixtureId } from "../../../../test/listing-fixtures";
import { AccountEventEntity } from "../../smart-account/account-event.entity";
import { EventSequencer } from "../../smart-account/event-sequencer";
import { SequenceCounterEntity } from "../../smart-account/sequence-counter.entity";

const EVENTS = graphql(`
  query Events($first: Int, $after: String, $types: [AccountEventKind!], $accountId: ID) {
    events(first: $first, after: $after, types: $types, accountId: $accountId) {
      edges {
        cursor
        node {
          id
          position
          type
          accountId
          account {
            id
            name
          }
          actor {
            id
            email
          }
          payload {
            sequence
            statusBefore
            statusAfter
            detail
          }
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`);

const HISTORY = graphql(`
  query EventsHistory($id: ID!) {
    smartAccount(id: $id) {
      history {
        id
        type
        actorEmail
        statusBefore
        statusAfter
        detail
        createdAt
      }
    }
  }
`);

const CREATE_TOKEN = graphql(`
  mutation EventsCreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
    }
  }
`);

type Page = EventsQuery["events"];
type FeedEvent = Page["edges"][number]["node"];
type Args = {
  first?: number;
  after?: string | null;
  types?: AccountEventKind[];
  accountId?: string;
};

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});
beforeEach(async () => {
  await app.reset();
});

async function page(client: Client, args: Args = {}): Promise<Page> {
  const res = await client.gql(EVENTS, args);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.events;
}

/** Follows the feed from `after` to its end, a page of `first` at a time. */
async function readAll(
  client: Client,
  args: Args = {},
): Promise<{ events: FeedEvent[]; pages: number[]; cursor: string | null }> {
  const events: FeedEvent[] = [];
  const pages: number[] = [];
  let cursor = args.after ?? null;
  for (;;) {
    const p = await page(client, { first: 100, ...args, after: cursor });
    events.push(...p.edges.map((e) => e.node));
    pages.push(p.edges.length);
    if (p.pageInfo.endCursor) cursor = p.pageInfo.endCursor;
    if (!p.pageInfo.hasNextPage) return { events, pages, cursor };
  }
}

async function tokenOf(owner: Client, scope: "READ_ONLY" | "FULL"): Promise<Client> {
  const res = await owner.gql(CREATE_TOKEN, { input: { name: `feed ${scope}`, scope } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const client = app.client();
  client.bearer = res.data!.createApiToken.secret;
  return client;
}

const rename = (client: Client, id: string, name: string) =>
  client.gql(UPDATE_ACCOUNT, { input: { smartAccountId: id, name } }).then((res) => {
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  });

function expectErrorOn(
  res: {
    data: unknown;
    errors?: { extensions?: { code?: string; fields?: { field: string }[] } }[];
  },
  code: string,
  field?: string,
) {
  expect(res.data).toBeNull();
  expect(res.errors?.[0].extensions?.code).toBe(code);
  if (field) expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual([field]);
}

describe("the events feed's content and order", () => {
  it("serves each change to an account as its history records it, in the order it happened", async () => {
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const account = await activeAccount(ada, "Beta Corp");
    await rename(ada, account.id, "Beta Corp Two");
    await ada.gql(SET_ROLES, {
      input: { smartAccountId: account.id, email: "uma@beta-corp.com", roles: [{ role: "USER" }] },
    });

    const history = (await ada.gql(HISTORY, { id: account.id })).data!.smartAccount.history!;
    const { events } = await readAll(ada);
    expect(history.length).toBeGreaterThanOrEqual(3);
    expect(events.map((e) => e.id)).toEqual(history.map((h) => h.id));
    events.forEach((event, i) => {
      const entry = history[i];
      expect(event).toEqual({
        id: entry.id,
        position: expect.any(Number),
        type: entry.type,
        accountId: account.id,
        account: { id: account.id, name: "Beta Corp Two" },
        actor: entry.actorEmail ? { id: expect.any(String), email: entry.actorEmail } : null,
        payload: {
          sequence: i + 1,
          statusBefore: entry.statusBefore,
          statusAfter: entry.statusAfter,
          detail: entry.detail,
        },
        createdAt: entry.createdAt,
      });
    });
    const positions = events.map((e) => e.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(positions).size).toBe(positions.length);
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(["REQUESTED", "DETAILS_UPDATED", "USER_ROLES_CHANGED"]),
    );
  });

  it("interleaves the accounts' events in the order they were written, each account's in its history's order", async () => {
    const staff = await staffClient(app);
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const dora = await registeredUser(app, { email: "dora@delta-corp.com" });
    const beta = await activeAccount(ada, "Beta Corp");
    const delta = await activeAccount(dora, "Delta Corp");
    await rename(ada, beta.id, "Beta 2");
    await rename(dora, delta.id, "Delta 2");
    await rename(ada, beta.id, "Beta 3");

    const { events } = await readAll(staff);
    const written = events.map((e) => [e.accountId, e.type, e.payload.detail ?? ""]);
    const requested = written.filter(([, type]) => type === "REQUESTED").map(([id]) => id);
    expect(requested).toEqual([beta.id, delta.id]);
    const renames = events.filter((e) => e.type === "DETAILS_UPDATED").map((e) => e.accountId);
    expect(renames).toEqual([beta.id, delta.id, beta.id]);
    for (const id of [beta.id, delta.id]) {
      const sequences = events.filter((e) => e.accountId === id).map((e) => e.payload.sequence);
      expect(sequences).toEqual(sequences.map((_, i) => i + 1));
    }
  });
});

describe("who reads the feed", () => {
  it("a caller who is not signed in gets UNAUTHENTICATED and no data", async () => {
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    await activeAccount(ada, "Beta Corp");
    expectErrorOn(await app.client().gql(EVENTS, {}), "UNAUTHENTICATED");
    const forged = app.client();
    forged.bearer = "sam_not-a-token";
    expectErrorOn(await forged.gql(EVENTS, {}), "UNAUTHENTICATED");
  });

  it("each caller gets exactly the events of the accounts whose history they may read", async () => {
    const staff = await staffClient(app);
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const pat = await registeredUser(app, {
      email: "pat@partner-house.com",
      organisationType: "PARTNER",
    });
    const beta = await activeAccount(ada, "Beta Corp");
    for (const [email, role] of [
      ["apo@beta-corp.com", "APPROVER"],
      ["uma@beta-corp.com", "USER"],
    ] as const) {
      await ada.gql(SET_ROLES, {
        input: { smartAccountId: beta.id, email, roles: [{ role }] },
      });
    }
    const apo = await registeredUser(app, { email: "apo@beta-corp.com" });
    const uma = await registeredUser(app, { email: "uma@beta-corp.com" });
    const eve = await registeredUser(app, { email: "eve@stranger-co.com" });
    // A partner's request for a customer, pending the customer's approval.
    const gamma = accountOf(
      await pat.gql(REQUEST_FOR_CUSTOMER, {
        input: {
          name: "Gamma Customer",
          customerEmails: ["cole@gamma-cust.com"],
          userEmails: ["ulf@gamma-cust.com"],
          noteToUsers: "Welcome.",
        },
      }),
    );
    const cole = await registeredUser(app, { email: "cole@gamma-cust.com" });
    // A colleague asked to authorize: readable by the pending approver while it is provisional.
    const rita = await registeredUser(app, { email: "rita@echo-corp.com" });
    const echo = accountOf(
      await rita.gql(REQUEST, {
        input: {
          authorization: "SOMEONE_ELSE",
          name: "Echo Corp",
          approverEmails: ["olga@echo-corp.com"],
          message: "Please approve.",
        },
      }),
    );
    const olga = await registeredUser(app, { email: "olga@echo-corp.com" });
    const unverified = app.client();
    await unverified.gql(SIGN_UP, { input: signUpInput({ email: "unv@beta-corp.com" }) });
    await unverified.gql(SIGN_IN, { email: "unv@beta-corp.com", password: PASSWORD });
    await ada.gql(SET_ROLES, {
      input: {
        smartAccountId: beta.id,
        email: "unv@beta-corp.com",
        roles: [{ role: "ADMINISTRATOR" }],
      },
    });

    const accountsOf = async (client: Client) =>
      [...new Set((await readAll(client)).events.map((e) => e.accountId))].sort();
    const sorted = (...ids: string[]) => [...ids].sort();
    expect(await accountsOf(staff)).toEqual(sorted(beta.id, gamma.id, echo.id));
    expect(await accountsOf(ada)).toEqual([beta.id]);
    expect(await accountsOf(apo)).toEqual([beta.id]);
    expect(await accountsOf(uma)).toEqual([]);
    expect(await accountsOf(eve)).toEqual([]);
    expect(await accountsOf(pat)).toEqual([gamma.id]);
    expect(await accountsOf(cole)).toEqual([gamma.id]);
    expect(await accountsOf(rita)).toEqual([echo.id]);
    expect(await accountsOf(olga)).toEqual([echo.id]);
    // Roles count once the email is verified (as everywhere else).
    expect(await accountsOf(unverified)).toEqual([]);
    // API tokens read what their owner reads, whatever their scope.
    expect(await accountsOf(await tokenOf(ada, "READ_ONLY"))).toEqual([beta.id]);
    expect(await accountsOf(await tokenOf(pat, "FULL"))).toEqual([gamma.id]);
    expect(await accountsOf(await tokenOf(uma, "READ_ONLY"))).toEqual([]);

    // Once the customer activates it, the partner (who holds no role) reads none of its
    // history, its earlier events included; the customer, now its administrator, reads it all.
    const approved = accountOf(
      await cole.gql(APPROVE, {
        input: { smartAccountId: gamma.id, acceptTerms: true, company: COMPANY },
      }),
    );
    expect(approved.status).toBe("ACTIVE");
    expect(await accountsOf(pat)).toEqual([]);
    const coles = (await readAll(cole)).events;
    expect(coles.map((e) => e.type)).toEqual(expect.arrayContaining(["REQUESTED", "APPROVED"]));
    expect(coles.every((e) => e.accountId === gamma.id)).toBe(true);
  });

  it("asked for one account: NOT_FOUND when the caller cannot see it, FORBIDDEN when they may not read its history", async () => {
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const beta = await activeAccount(ada, "Beta Corp");
    const dora = await registeredUser(app, { email: "dora@delta-corp.com" });
    const restricted = await activeAccount(dora, "Hidden Corp", { visibility: "RESTRICTED" });
    const eve = await registeredUser(app, { email: "eve@stranger-co.com" });
    expectErrorOn(await eve.gql(EVENTS, { accountId: beta.id }), "FORBIDDEN");
    expectErrorOn(await eve.gql(EVENTS, { accountId: restricted.id }), "NOT_FOUND");
    expectErrorOn(
      await eve.gql(EVENTS, { accountId: "00000000-0000-4000-8000-000000000000" }),
      "NOT_FOUND",
    );
    expectErrorOn(await ada.gql(EVENTS, { accountId: restricted.id }), "NOT_FOUND");
    const mine = await page(dora, { accountId: restricted.id });
    expect(mine.edges.length).toBeGreaterThan(0);
    expect(mine.edges.every((e) => e.node.accountId === restricted.id)).toBe(true);
  });

  it("pages are full whatever the caller may not read between their events", async () => {
    const staff = await staffClient(app);
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const dora = await registeredUser(app, { email: "dora@delta-corp.com" });
    const beta = await activeAccount(ada, "Beta Corp");
    const delta = await activeAccount(dora, "Delta Corp");
    for (let i = 0; i < 5; i++) {
      await rename(dora, delta.id, `Delta ${i}`);
      await rename(ada, beta.id, `Beta ${i}`);
      await rename(dora, delta.id, `Delta ${i}b`);
    }
    const adas = await readAll(ada, { first: 2 });
    expect(adas.events.every((e) => e.accountId === beta.id)).toBe(true);
    expect(adas.events).toHaveLength(6);
    expect(adas.pages).toEqual([2, 2, 2]);
    expect((await readAll(staff)).events).toHaveLength(17);
  });
});

describe("paging and resuming", () => {
  it("pages of any size read the same feed; resuming from the last cursor gives only what came since", async () => {
    const staff = await staffClient(app);
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const beta = await activeAccount(ada, "Beta Corp");
    for (let i = 0; i < 6; i++) await rename(ada, beta.id, `Beta ${i}`);

    const whole = await readAll(staff);
    expect(whole.events).toHaveLength(7);
    const byThree = await readAll(staff, { first: 3 });
    expect(byThree.pages).toEqual([3, 3, 1]);
    expect(byThree.events.map((e) => e.id)).toEqual(whole.events.map((e) => e.id));

    const first = await page(staff, { first: 3 });
    expect(first.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: first.edges[0].cursor,
      endCursor: first.edges[2].cursor,
    });
    const second = await page(staff, { first: 3, after: first.pageInfo.endCursor });
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    expect(second.edges[0].node.id).toBe(whole.events[3].id);

    // At the end: an empty page keeps no cursor; the integrator keeps theirs and comes back.
    const end = await page(staff, { after: whole.cursor });
    expect(end).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
    });
    await rename(ada, beta.id, "Beta later");
    const since = await readAll(staff, { after: whole.cursor });
    expect(since.events.map((e) => [e.type, e.account.name])).toEqual([
      ["DETAILS_UPDATED", "Beta later"],
    ]);
    expect(since.events[0].position).toBeGreaterThan(whole.events[6].position);
  });

  it("filters by type and by account, and the cursor of a filtered page resumes the same feed", async () => {
    const staff = await staffClient(app);
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const dora = await registeredUser(app, { email: "dora@delta-corp.com" });
    const beta = await activeAccount(ada, "Beta Corp");
    const delta = await activeAccount(dora, "Delta Corp");
    await rename(ada, beta.id, "Beta 2");
    await rename(dora, delta.id, "Delta 2");
    await ada.gql(SET_ROLES, {
      input: { smartAccountId: beta.id, email: "uma@beta-corp.com", roles: [{ role: "USER" }] },
    });

    const renames = await readAll(staff, { types: ["DETAILS_UPDATED"] });
    expect(renames.events.map((e) => e.account.name)).toEqual(["Beta 2", "Delta 2"]);
    const two = await readAll(staff, { types: ["DETAILS_UPDATED", "USER_ROLES_CHANGED"] });
    expect(two.events.map((e) => e.type)).toEqual([
      "DETAILS_UPDATED",
      "DETAILS_UPDATED",
      "USER_ROLES_CHANGED",
    ]);
    const betas = await readAll(staff, { accountId: beta.id });
    expect(betas.events.every((e) => e.accountId === beta.id)).toBe(true);
    expect(betas.events.map((e) => e.payload.sequence)).toEqual([1, 2, 3]);
    const both = await readAll(staff, { accountId: delta.id, types: ["DETAILS_UPDATED"] });
    expect(both.events.map((e) => e.account.name)).toEqual(["Delta 2"]);

    await rename(dora, delta.id, "Delta 3");
    const resumed = await readAll(staff, { types: ["DETAILS_UPDATED"], after: renames.cursor });
    expect(resumed.events.map((e) => e.account.name)).toEqual(["Delta 3"]);
  });

  it("refuses a bad cursor, page size or type list as BAD_USER_INPUT naming the argument", async () => {
    const staff = await staffClient(app);
    const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    for (const after of ["nonsense", cursor(["x"]), cursor([-1]), cursor([1.5]), cursor([1, 2])]) {
      expectErrorOn(await staff.gql(EVENTS, { after }), "BAD_USER_INPUT", "after");
    }
    for (const first of [0, 101, -1]) {
      expectErrorOn(await staff.gql(EVENTS, { first }), "BAD_USER_INPUT", "first");
    }
    expectErrorOn(await staff.gql(EVENTS, { types: [] }), "BAD_USER_INPUT", "types");
    expect((await page(staff, { first: 100, after: cursor([0]) })).edges).toEqual([]);
  });
});

describe("the cost of a page", () => {
  it("issues the same statements for a page of 2 and of 40, accounts and actors included", async () => {
    const staff = await staffClient(app);
    const owner = await registeredUser(app, { email: "ada@beta-corp.com" });
    // Thirty accounts with an event each (written as the history writer writes them), numbered.
    const ids = await administeredAccounts(app, "ada@beta-corp.com", 30, (i) => `Fixture ${i}`);
    await app.services.db.transaction(async (em) => {
      for (const [i, id] of ids.entries()) {
        await em.insert(AccountEventEntity, {
          id: fixtureId(4, i),
          smartAccountId: id,
          sequence: 1,
          position: null,
          type: "REQUESTED",
          actorId: null,
          actorEmail: `person${i}@fixture-corp.com`,
          statusBefore: null,
          statusAfter: "ACTIVE",
          detail: null,
          createdAt: new Date(app.clock.now().getTime() + i),
        });
      }
    });
    await app.services.sequencer.run();
    const count = async (client: Client, first: number) => {
      app.statements.length = 0;
      const p = await page(client, { first });
      expect(p.edges).toHaveLength(Math.min(first, 30));
      expect(new Set(p.edges.map((e) => e.node.account.name)).size).toBe(p.edges.length);
      return app.statements.length;
    };
    expect(await count(staff, 40)).toBe(await count(staff, 2));
    expect(await count(owner, 40)).toBe(await count(owner, 2));
  });
});

describe("numbering", () => {
  /** Events as a writer leaves them: committed, not numbered yet. */
  async function unnumbered(
    rows: { id: string; accountId: string; sequence: number; at: number }[],
  ): Promise<void> {
    await app.services.db.transaction(async (em) => {
      for (const row of rows) {
        await em.insert(AccountEventEntity, {
          id: row.id,
          smartAccountId: row.accountId,
          sequence: row.sequence,
          position: null,
          type: "DETAILS_UPDATED",
          actorId: null,
          actorEmail: null,
          statusBefore: "ACTIVE",
          statusAfter: "ACTIVE",
          detail: `sequence ${row.sequence}`,
          createdAt: new Date(app.clock.now().getTime() + row.at),
        });
      }
    });
  }

  it("serves an event only once numbered, after what was read, each account's in its history's order whatever the clocks said", async () => {
    const staff = await staffClient(app);
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const dora = await registeredUser(app, { email: "dora@delta-corp.com" });
    const beta = await activeAccount(ada, "Beta Corp");
    const delta = await activeAccount(dora, "Delta Corp");
    const before = await readAll(staff);
    // Beta's writers' clocks ran backwards; a Delta event was made in between.
    await unnumbered([
      { id: fixtureId(5, 1), accountId: beta.id, sequence: 100, at: 3_000 },
      { id: fixtureId(5, 2), accountId: delta.id, sequence: 100, at: 2_000 },
      { id: fixtureId(5, 3), accountId: beta.id, sequence: 101, at: 1_000 },
      { id: fixtureId(5, 4), accountId: beta.id, sequence: 102, at: 0 },
    ]);
    expect((await readAll(staff, { after: before.cursor })).events).toEqual([]);

    await app.services.sequencer.run();
    // By creation time the slots are Beta, Beta, Delta, Beta; Beta's take its history's order.
    const after = (await readAll(staff, { after: before.cursor })).events;
    expect(after.map((e) => [e.accountId, e.payload.sequence])).toEqual([
      [beta.id, 100],
      [beta.id, 101],
      [delta.id, 100],
      [beta.id, 102],
    ]);
    expect(after[0].position).toBeGreaterThan(before.events[before.events.length - 1].position);
  });

  it("goes on numbering after the highest position when its counter was set back, instead of stalling", async () => {
    const staff = await staffClient(app);
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const beta = await activeAccount(ada, "Beta Corp");
    const before = await readAll(staff);
    const highest = before.events[before.events.length - 1].position;
    expect(highest).toBeGreaterThanOrEqual(1);
    // The counter alone restored from an older backup, say.
    await app.services.db.transaction((em) =>
      em.update(SequenceCounterEntity, { name: "account_events" }, { value: 0 }),
    );
    await unnumbered([{ id: fixtureId(7, 1), accountId: beta.id, sequence: 100, at: 0 }]);
    await app.services.sequencer.run();

    const after = (await readAll(staff, { after: before.cursor })).events;
    expect(after.map((e) => [e.accountId, e.payload.sequence, e.position])).toEqual([
      [beta.id, 100, highest + 1],
    ]);
  });

  it("numbers each event once when several processes number at once, in batches, without gaps", async () => {
    const ada = await registeredUser(app, { email: "ada@beta-corp.com" });
    const ids = await administeredAccounts(app, "ada@beta-corp.com", 30, (i) => `Fixture ${i}`);
    const rows = Array.from({ length: 1_200 }, (_, i) => ({
      id: fixtureId(6, i),
      accountId: ids[i % ids.length],
      sequence: Math.floor(i / ids.length) + 1,
      at: i,
    }));
    await unnumbered(rows);
    // Three sequencers on the one database, as three server processes would run them.
    const log = app.services.log;
    const others = [1, 2].map(() => new EventSequencer(app.services.db, log));
    await Promise.all([app.services.sequencer.run(), ...others.map((s) => s.run())]);

    const { events } = await readAll(ada);
    expect(events).toHaveLength(1_200);
    expect(events.map((e) => e.position)).toEqual(events.map((_, i) => i + 1));
    expect(new Set(events.map((e) => e.id)).size).toBe(1_200);
    for (const id of ids) {
      const sequences = events.filter((e) => e.accountId === id).map((e) => e.payload.sequence);
      expect(sequences).toEqual(sequences.map((_, i) => i + 1));
    }
  });
});
