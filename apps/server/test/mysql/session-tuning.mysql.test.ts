import { startTestApp, type TestApp } from "../harness";
import { freshDatabase } from "./processes";

// Every connection of the pool runs with the server's session settings: the one opened at start
// to check the credentials as much as those opened under load.
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ env: { DATABASE_URL: await freshDatabase("session_tuning") } });
});

afterAll(async () => {
  await app.close();
});

it("sets eq_range_index_dive_limit on every pooled connection", async () => {
  // Held at once, so that the pool hands out (and opens) several connections.
  const seen = await app.services.db.transaction(async (outer) => {
    const inner = await Promise.all(
      Array.from({ length: 6 }, () =>
        app.services.db.read(
          (em) =>
            em.query(
              "SELECT CONNECTION_ID() AS id, @@SESSION.eq_range_index_dive_limit AS dives, SLEEP(0.05) AS s",
            ) as Promise<{ id: number; dives: number }[]>,
        ),
      ),
    );
    const own = (await outer.query(
      "SELECT CONNECTION_ID() AS id, @@SESSION.eq_range_index_dive_limit AS dives",
    )) as { id: number; dives: number }[];
    return [...inner.flat(), ...own];
  });
  expect(new Set(seen.map((r) => Number(r.id))).size).toBeGreaterThanOrEqual(5);
  expect(seen.map((r) => Number(r.dives))).toEqual(seen.map(() => 10));
});
