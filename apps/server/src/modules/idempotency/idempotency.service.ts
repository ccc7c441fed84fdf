import { randomUUID } from "node:crypto";
import { LessThanOrEqual } from "typeorm";
import { DAY, MINUTE, type Clock } from "../../common/clock";
import { StateConflictError } from "../../common/errors";
import type { Db } from "../../db/data-source";
import { isUniqueViolation } from "../../db/errors";
import { IdempotencyKeyEntity } from "./idempotency-key.entity";
import { IdempotencyKeyReusedError } from "./idempotency.errors";

/** How long an answer is kept for retries (Stripe's 24 hours). */
export const KEEP_ANSWERS_MS = DAY;
/**
 * How long a claim stays with the request that made it. Mutations take well under a second; a
 * claim this old belongs to a process that died mid-request, and a retry may run again.
 */
const LEASE_MS = 2 * MINUTE;
/** The largest answer kept, in bytes of JSON (the column is a TEXT of 64 KiB). */
export const MAX_STORED_BYTES = 60_000;
const SWEEP_BATCH = 1000;
/** At most this many batches a pass, so one pass never holds the job up for long. */
const SWEEP_BATCHES = 20;

export type IdempotencyClaim =
  { kind: "claimed"; id: string } | { kind: "replay"; httpStatus: number; body: string };

export type IdempotencyOptions = {
  /** How long a retry waits for the first request with its key to finish (30 s). */
  waitMs?: number;
  /** How often a waiting retry looks again. */
  pollMs?: number;
};

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The stored answers to mutations sent with an `Idempotency-Key` (Stripe's semantics). The first
 * request claims the key by inserting its row, so of any number of concurrent requests on any
 * number of processes one runs; the others wait for its answer and get that answer.
 */
export class IdempotencyKeys {
  private readonly waitMs: number;
  private readonly pollMs: number;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    options: IdempotencyOptions = {},
  ) {
    this.waitMs = options.waitMs ?? 30_000;
    this.pollMs = options.pollMs ?? 100;
  }

  /**
   * Claims the key for this request, or gives the answer of the request that claimed it first.
   * The same key with another fingerprint is IDEMPOTENCY_KEY_REUSED; a first request still
   * running after the wait is a CONFLICT.
   */
  async begin(caller: string, key: string, fingerprint: string): Promise<IdempotencyClaim> {
    const deadline = Date.now() + this.waitMs;
    for (;;) {
      const id = randomUUID();
      if (await this.tryClaim(id, caller, key, fingerprint)) return { kind: "claimed", id };
      const row = await this.db.read((em) =>
        em.findOneBy(IdempotencyKeyEntity, { caller, idempotencyKey: key }),
      );
      if (!row) continue; // released or swept between the insert and the read
      const now = this.clock.now();
      if (row.expiresAt <= now || (row.state === "RUNNING" && row.leaseUntil <= now)) {
        // Conditional on the state read, so an answer stored meanwhile is not thrown away.
        await this.db.transaction((em) =>
          em.delete(IdempotencyKeyEntity, { id: row.id, state: row.state }),
        );
        continue;
      }
      if (row.fingerprint !== fingerprint) throw new IdempotencyKeyReusedError();
      if (row.state === "DONE" && row.response !== null) {
        return { kind: "replay", httpStatus: row.httpStatus ?? 200, body: row.response };
      }
      if (Date.now() >= deadline) {
        throw new StateConflictError(
          `A request with this Idempotency-Key is still running after ${Math.round(this.waitMs / 1000)} seconds. Retry with the same key later to get its answer.`,
        );
      }
      await sleep(this.pollMs / 2 + Math.random() * this.pollMs);
    }
  }

  private async tryClaim(
    id: string,
    caller: string,
    key: string,
    fingerprint: string,
  ): Promise<boolean> {
    const now = this.clock.now();
    try {
      await this.db.transaction((em) =>
        em.insert(IdempotencyKeyEntity, {
          id,
          caller,
          idempotencyKey: key,
          fingerprint,
          state: "RUNNING",
          httpStatus: null,
          response: null,
          createdAt: now,
          leaseUntil: new Date(now.getTime() + LEASE_MS),
          expiresAt: new Date(now.getTime() + KEEP_ANSWERS_MS),
        }),
      );
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /**
   * Keeps the claimed request's answer for the retries. An answer larger than the bound is not
   * kept; the retries are told the request ran instead of running it again.
   */
  async complete(id: string, httpStatus: number, body: string): Promise<void> {
    const stored =
      Buffer.byteLength(body, "utf8") <= MAX_STORED_BYTES
        ? body
        : JSON.stringify({
            errors: [
              {
                message: `The request with this Idempotency-Key ran, but its answer was larger than ${MAX_STORED_BYTES / 1000} kB and was not kept. Query the result instead.`,
                extensions: { code: "CONFLICT" },
              },
            ],
          });
    await this.db.transaction((em) =>
      em.update(
        IdempotencyKeyEntity,
        { id, state: "RUNNING" },
        { state: "DONE", httpStatus, response: stored },
      ),
    );
  }

  /** Gives the key back: the request did not run, so a retry with the key runs. */
  async release(id: string): Promise<void> {
    await this.db.transaction((em) => em.delete(IdempotencyKeyEntity, { id, state: "RUNNING" }));
  }

  /** Deletes expired keys, a batch per transaction; returns how many went. */
  async sweep(): Promise<number> {
    let swept = 0;
    for (let batch = 0; batch < SWEEP_BATCHES; batch++) {
      const deleted = await this.sweepBatch();
      swept += deleted;
      if (deleted < SWEEP_BATCH) break;
    }
    return swept;
  }

  private sweepBatch(): Promise<number> {
    const now = this.clock.now();
    return this.db.transaction(async (em) => {
      if (this.db.isMysql) {
        const result = (await em.query(
          "DELETE FROM idempotency_keys WHERE expiresAt <= ? LIMIT ?",
          [now, SWEEP_BATCH],
        )) as { affectedRows?: number };
        return result.affectedRows ?? 0;
      }
      const result = await em.delete(IdempotencyKeyEntity, { expiresAt: LessThanOrEqual(now) });
      return result.affected ?? 0;
    });
  }
}
