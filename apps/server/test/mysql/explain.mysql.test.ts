import { BENCH_PASSWORD, BENCH_USER, seedLarge } from "../../src/db/large-seed";
import { startTestApp, type TestApp } from "../harness";
import { DIRECTORY, SEARCH } from "../account-api";
import { SIGN_IN } from "../user-api";
import { freshDatabase } from "./processes";

let app: TestApp;
const SIZE = 100_000;

beforeAll(async () => {
  app = await startTestApp({ env: { DATABASE_URL: await freshDatabase("explain") } });
  await seedLarge(app.services, SIZE);
}, 240_000);

afterAll(async () => {
  await app.close();
});

type Plan = { table: string; type: string; rows: number | string | null; key: string | null };

/** Runs the operation and EXPLAINs every SELECT it issued. */
async function plansOf(run: () => Promise<unknown>): Promise<{ sql: string; plan: Plan[] }[]> {
  app.statementsWithParameters.length = 0;
  await run();
  const selects = app.statementsWithParameters.filter((s) => /^\s*SELECT/i.test(s.sql));
  return Promise.all(
    selects.map(async (s) => ({
      sql: s.sql,
      plan: (await app.services.db.read((em) =>
        em.query(`EXPLAIN ${s.sql}`, s.parameters),
      )) as Plan[],
    })),
  );
}

function fullScansOfBigTables(plans: { sql: string; plan: Plan[] }[]) {
  return plans.flatMap(({ sql, plan }) =>
    plan
      .filter(
        (row) =>
          !row.table.startsWith("<") &&
          (row.type === "ALL" || row.type === "index") &&
          Number(row.rows) > 1000,
      )
      .map((row) => `${row.table} (${row.type}, ${row.rows} rows) in: ${sql.slice(0, 160)}`),
  );
}

describe(`EXPLAIN on ${SIZE} accounts`, () => {
  it("shows no full scan of a large table for the directory and for search", async () => {
    const client = app.client();
    const signIn = await client.gql(SIGN_IN, { email: BENCH_USER, password: BENCH_PASSWORD });
    expect(signIn.errors).toBeUndefined();
    const directory = await plansOf(async () => {
      const first = await client.gql(DIRECTORY, { first: 50 });
      expect(first.data!.directory.totalCount).toBeGreaterThan(300);
      await client.gql(DIRECTORY, { first: 50, after: first.data!.directory.pageInfo.endCursor });
    });
    const search = await plansOf(async () => {
      for (const q of ["summit", "company123.com", "eu.company12", "Raven Tidal 3"]) {
        const res = await client.gql(SEARCH, {
          q,
          first: 20,
        });
        expect(res.errors).toBeUndefined();
      }
    });
    expect(directory.length).toBeGreaterThan(3);
    expect(search.length).toBeGreaterThan(8);
    expect(fullScansOfBigTables([...directory, ...search])).toEqual([]);
  }, 120_000);
});
