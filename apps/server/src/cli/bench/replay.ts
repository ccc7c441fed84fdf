import { randomBytes, randomUUID } from "node:crypto";
import type { Pool, PoolConnection, ResultSetHeader } from "mysql2/promise";
import {
  decodeCaptured,
  type CapturedStatement,
  type CapturedValue,
} from "../../db/statement-capture";
import { EVENTS_COUNTER } from "../../modules/smart-account/event-sequencer";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX_SECRET = /^[0-9a-f]{32,}$/i;
const WRITE = /^\s*(INSERT|UPDATE|DELETE|REPLACE)\b/i;
/** The events feed's numbering of committed events (EventSequencer). */
const NUMBERING = /^\s*UPDATE\s+`account_events`\s+SET\s+`position`/i;

/** The counter row B1's replays number their twin events from (the server's is EVENTS_COUNTER). */
export const TWIN_EVENTS_COUNTER = "account_events~bench-twin";
/** Creates that row (once; the replays then move it as the server's numberings move its own). */
export const CREATE_TWIN_COUNTER: [sql: string, parameters: unknown[]] = [
  "INSERT IGNORE INTO sequence_counters (name, value) VALUES (?, 0)",
  [TWIN_EVENTS_COUNTER],
];

/** Something the server made up in this call (an id, a secret's hash): the same shape, new. */
function freshLike(value: string): string {
  if (UUID.test(value)) return randomUUID();
  return randomBytes(Math.ceil(value.length / 2))
    .toString("hex")
    .slice(0, value.length);
}

/**
 * A write captured from the server, made fit to run again as another call of the same kind:
 * the ids and secrets the server generated for it (values that appear first in an INSERT) get new
 * ones, values already renamed by `mapping` (from an earlier call, say the request an approval
 * belongs to) keep their new names, and each `markers` pair replaces the call's own fresh text
 * (its name, its approver) inside any string. `mapping` is extended in place, so the statements of
 * a later call on the same rows can be renamed the same way.
 */
export function renameCall(
  statements: CapturedStatement[],
  mapping: Map<string, string>,
  markers: [from: string, to: string][] = [],
): CapturedStatement[] {
  // First pass: what the server made up. A value is the call's own when it is first used by an
  // INSERT; a read that found nothing (TypeORM's save probes for the row it is about to insert)
  // does not make its values existing ones.
  const existing = new Set<string>();
  const visit = (value: CapturedValue, inInsert: boolean) => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v, inInsert);
      return;
    }
    if (typeof value !== "string" || existing.has(value) || mapping.has(value)) return;
    if (inInsert && (UUID.test(value) || HEX_SECRET.test(value))) {
      mapping.set(value, freshLike(value));
    } else existing.add(value);
  };
  for (const s of statements) {
    if (s.rows === 0) continue;
    const inInsert = /^\s*INSERT\b/i.test(s.sql);
    for (const p of s.parameters) visit(p, inInsert);
  }
  // Second pass: rename everywhere, probes included.
  const rename = (value: CapturedValue): CapturedValue => {
    if (Array.isArray(value)) return value.map(rename);
    if (typeof value !== "string") return value;
    const renamed = mapping.get(value);
    if (renamed !== undefined) return renamed;
    let text = value;
    for (const [from, to] of markers) text = text.split(from).join(to);
    return text;
  };
  return statements.map((s) => {
    let parameters = s.parameters.map(rename);
    // The events feed's positions are unique and handed out after commit from a counter: the
    // twin's events take the server's numbers negated, so both calls number one event each.
    if (NUMBERING.test(s.sql)) {
      parameters = parameters.map((p) => (typeof p === "number" ? -p : p));
    }
    // And the counter they are taken from is the twin's own row: replayed on the server's row,
    // the numbering's closing `SET value = <last>` would move the real counter back behind
    // positions the server gave since, and its next numbering would hand one out twice.
    if (/\bsequence_counters\b/i.test(s.sql)) {
      parameters = parameters.map((p) => (p === EVENTS_COUNTER ? TWIN_EVENTS_COUNTER : p));
    }
    return { ...s, parameters };
  });
}

export type ReplayResult = {
  /** Every read's rows, in order: what the baseline serialises. */
  rows: unknown[][];
  /** Writes whose affected rows differ from the server's (the replay did not do the same work). */
  mismatches: string[];
};

/**
 * Runs captured statements on a bare mysql2 pool, one after the other as the server issued them:
 * the statements of one server connection between START TRANSACTION and COMMIT share one pooled
 * connection, any other statement takes whichever the pool has.
 */
export async function replay(pool: Pool, statements: CapturedStatement[]): Promise<ReplayResult> {
  const held = new Map<number, { connection: PoolConnection; done: CapturedStatement[] }>();
  const rows: unknown[][] = [];
  const mismatches: string[] = [];
  const run = async (runner: Pool | PoolConnection, s: CapturedStatement) => {
    const [result] = await runner.query(s.sql, s.parameters.map(decodeCaptured));
    return result;
  };
  try {
    for (const s of statements) {
      let transaction = held.get(s.connection);
      if (!transaction && /^\s*(START TRANSACTION|BEGIN|SET TRANSACTION)/i.test(s.sql)) {
        transaction = { connection: await pool.getConnection(), done: [] };
        held.set(s.connection, transaction);
      }
      let result;
      for (let attempt = 1; ; attempt++) {
        try {
          result = await run(transaction?.connection ?? pool, s);
          break;
        } catch (error) {
          // The server's outbox worker claims the twin's emails too (they are pending rows like
          // any other): a deadlock with it rolls the transaction back, which the server itself
          // would run again (Db.transaction), so the replay runs it again from its start.
          const deadlock = (error as { errno?: number }).errno === 1213;
          if (!transaction || !deadlock || attempt === 3) {
            throw new Error(
              `${(error as Error).message} in: ${s.sql.slice(0, 300)} with ${JSON.stringify(s.parameters).slice(0, 600)}`,
            );
          }
          await transaction.connection.query("ROLLBACK").catch(() => undefined);
          for (const earlier of transaction.done) await run(transaction.connection, earlier);
        }
      }
      transaction?.done.push(s);
      if (Array.isArray(result)) rows.push(result);
      else if (WRITE.test(s.sql) && s.affectedRows !== null) {
        let affected = (result as ResultSetHeader).affectedRows;
        if (affected !== s.affectedRows && NUMBERING.test(s.sql)) {
          // The server's catch-up timer numbers every committed event, the twin's included, and
          // can get there between the twin's commit and this replayed numbering (all of the
          // twin's events or some). They are all given back their unnumbered state, and numbered
          // as the server did: the extra statement is B1's cost, never the server's.
          const runner = transaction?.connection ?? pool;
          const ids = s.parameters.filter(
            (p): p is string => typeof p === "string" && UUID.test(p),
          );
          await run(runner, {
            ...s,
            sql: `UPDATE \`account_events\` SET \`position\` = NULL WHERE \`id\` IN (${ids.map(() => "?").join(", ")})`,
            parameters: ids,
          });
          affected = ((await run(runner, s)) as ResultSetHeader).affectedRows;
        }
        if (affected !== s.affectedRows) {
          mismatches.push(
            `${s.sql.slice(0, 80)}: ${affected} rows affected, the server's ${s.affectedRows}`,
          );
        }
      }
      if (transaction && /^\s*(COMMIT|ROLLBACK)\b/i.test(s.sql)) {
        transaction.connection.release();
        held.delete(s.connection);
      }
    }
  } finally {
    for (const { connection } of held.values()) {
      await connection.query("ROLLBACK").catch(() => undefined);
      connection.release();
    }
  }
  return { rows, mismatches };
}
