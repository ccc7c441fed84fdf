import type { DataSource } from "typeorm";

type SessionConnection = { query(sql: string, callback: (error: unknown) => void): void };
type TunablePool = {
  on(event: "connection", listener: (connection: SessionConnection) => void): void;
  _freeConnections?: { toArray?(): SessionConnection[] };
};

/** The statement that applies them: the server's pools run it, and so does the bench's baseline. */
export const SESSION_SETTINGS = "SET SESSION eq_range_index_dive_limit = 10";

/**
 * The session settings of every connection of a MySQL data source's pool, those it opens later
 * and the one it opened to check the credentials. `eq_range_index_dive_limit = 10`: for an `IN`
 * list of more than ten keys (a page's accounts: 20 to 100) the optimizer estimates from the
 * index's statistics instead of diving into the index once per key, which for the page's
 * relations statement (four branches of 50 keys) cost more than running it. The keys are
 * account ids, evenly spread, so the statistics estimate them as well as the dives did.
 * Call it after `initialize()`; the embedded database has nothing to set.
 */
export function tuneSessions(dataSource: DataSource): void {
  const pool = (dataSource.driver as unknown as { pool?: TunablePool }).pool;
  if (!pool || typeof pool.on !== "function") return;
  const tune = (connection: SessionConnection) =>
    connection.query(SESSION_SETTINGS, () => undefined);
  pool.on("connection", tune);
  for (const connection of pool._freeConnections?.toArray?.() ?? []) tune(connection);
}
