import type { Logger } from "pino";
import { IsNull, type EntityManager } from "typeorm";
import type { Db } from "../../db/data-source";
import { AccountEventEntity } from "./account-event.entity";
import { SequenceCounterEntity } from "./sequence-counter.entity";

/** The topic a unit of work that wrote history events leaves for after its commit. */
export const EVENTS_WRITTEN = "account-events-written";

/** The counter row the feed's positions are taken from. */
export const EVENTS_COUNTER = "account_events";
const COUNTER = EVENTS_COUNTER;
/** Events numbered per transaction: the counter row's lock is held for one batch only. */
const BATCH = 500;
/** Positions set per UPDATE statement. */
const CHUNK = 100;

type Pending = Pick<AccountEventEntity, "id" | "smartAccountId" | "sequence" | "createdAt">;

/**
 * Gives history events their feed positions in commit order.
 *
 * Events are inserted with a NULL position, in the writer's transaction. Positions handed out at
 * insert time would follow insert order, not commit order: a reader already past 105 would never
 * see 104 if 104 committed later. So positions are given after commit, here, in a short
 * transaction of its own that first takes the lock of one counter row, then numbers the events
 * committed but not yet numbered from counter + 1, and moves the counter past them; the feed
 * serves numbered events only.
 *
 * Why a reader never misses one: numberings are serialised by the counter row, and each starts
 * above every position any earlier numbering gave, and commits all of its positions at once; so
 * every position a numbering gives is above every position a reader could have seen before it
 * committed. An event committed after a numbering read the pending events waits for the next
 * one, and gets a higher position. On MySQL the transaction reads READ COMMITTED: each statement
 * sees what is committed now, uncommitted events are neither seen nor waited for, and no gap is
 * locked against writers. On a Galera cluster two nodes' numberings both write the counter row,
 * so one fails certification and runs again (a deadlock to the client, retried by Db) on the
 * other's result; every node applies the numberings in the cluster's one commit order.
 *
 * The events of one account keep their history's order in the feed: an account's event n + 1
 * commits after event n (both take the account row's lock), so it is never numbered in an
 * earlier numbering; within one numbering the account's events fill the slots its events took,
 * in `sequence` order, whatever the writers' clocks said.
 *
 * It runs after each unit of work that wrote events commits (in that process, before the
 * mutation answers) and on a timer in every process, which numbers what a process that stopped
 * between its commit and its numbering left behind. Any number of processes may run it at once.
 */
export class EventSequencer {
  private timer: NodeJS.Timeout | null = null;
  /** The numbering running now, and the one queued behind it for callers who came during it. */
  private current: Promise<void> | null = null;
  private next: Promise<void> | null = null;

  constructor(
    private readonly db: Db,
    private readonly log: Logger,
  ) {}

  start(intervalMs = 2_000): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.catchUp(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.next;
    await this.current;
  }

  /**
   * Numbers every event committed before this call; resolves when that is done (or has failed:
   * failures are logged and left to the timer). Callers that come while a numbering runs share
   * one that starts after it, so a burst of writes in one process costs two numberings, not one
   * each.
   */
  run(): Promise<void> {
    if (this.next) return this.next;
    if (!this.current) {
      this.current = this.pass().finally(() => {
        this.current = null;
      });
      return this.current;
    }
    this.next = this.current.then(() => {
      this.next = null;
      return this.run();
    });
    return this.next;
  }

  /** The timer's turn: only when something waits for a number (one indexed read otherwise). */
  private async catchUp(): Promise<void> {
    try {
      const waiting = await this.db.read((em) =>
        em.findOne(AccountEventEntity, { where: { position: IsNull() }, select: { id: true } }),
      );
      if (waiting) await this.run();
    } catch (error) {
      this.log.error({ err: error }, "event numbering check failed");
    }
  }

  private async pass(): Promise<void> {
    try {
      // A full batch may have left more behind it (a backlog after a stop): go on until not.
      for (;;) {
        const numbered = await this.db.transaction((em) => this.numberBatch(em), RC);
        if (numbered < BATCH) return;
      }
    } catch (error) {
      this.log.error({ err: error }, "event numbering failed; the timer will try again");
    }
  }

  /** One numbering: lock the counter, number up to BATCH committed events, move the counter. */
  private async numberBatch(em: EntityManager): Promise<number> {
    const last = await this.lockCounter(em);
    const pending: Pending[] = await em.find(AccountEventEntity, {
      where: { position: IsNull() },
      select: { id: true, smartAccountId: true, sequence: true, createdAt: true },
      order: { createdAt: "ASC", id: "ASC" },
      take: BATCH,
    });
    if (pending.length === 0) return 0;
    const ordered = inHistoryOrder(pending);
    for (let i = 0; i < ordered.length; i += CHUNK) {
      const chunk = ordered.slice(i, i + CHUNK);
      const params: Record<string, string | number> = {};
      const cases = chunk
        .map((event, j) => {
          params[`id${j}`] = event.id;
          params[`p${j}`] = last + i + j + 1;
          return `WHEN :id${j} THEN :p${j}`;
        })
        .join(" ");
      const result = await em
        .createQueryBuilder()
        .update(AccountEventEntity)
        .set({ position: () => `CASE id ${cases} END` })
        .where("id IN (:...ids) AND position IS NULL", { ids: chunk.map((e) => e.id) })
        .setParameters(params)
        .execute();
      if (result.affected !== chunk.length) {
        // Someone numbered outside the counter's lock: give nothing, the next run starts over.
        throw new Error(`numbered ${result.affected} of ${chunk.length} events`);
      }
    }
    await em.update(SequenceCounterEntity, { name: COUNTER }, { value: last + ordered.length });
    return ordered.length;
  }

  /** Takes the counter row's lock (creating the row the first time) and reads it. */
  private async lockCounter(em: EntityManager): Promise<number> {
    const lock = () =>
      em
        .createQueryBuilder()
        .update(SequenceCounterEntity)
        .set({ value: () => "value" })
        .where("name = :name", { name: COUNTER })
        .execute();
    await lock();
    let counter = await em.findOneBy(SequenceCounterEntity, { name: COUNTER });
    if (!counter) {
      // Before the first numbering (the migration creates the row on MySQL): start after any
      // position already given. Two processes may both get here; one row wins, both then queue on it.
      const [row] = (await em.query(
        "SELECT COALESCE(MAX(position), 0) AS last FROM account_events",
      )) as { last: string | number }[];
      await em
        .createQueryBuilder()
        .insert()
        .into(SequenceCounterEntity)
        .values({ name: COUNTER, value: Number(row.last) })
        .orIgnore()
        .execute();
      await lock();
      counter = await em.findOneByOrFail(SequenceCounterEntity, { name: COUNTER });
    }
    // A counter behind the positions already given (a restored backup of the counter alone, a
    // hand edit) would make every numbering collide with the unique index and stall the feed
    // for good: start after the highest position instead (one read of the index's end).
    const [highest] = (await em.query(
      "SELECT COALESCE(MAX(position), 0) AS last FROM account_events",
    )) as { last: string | number }[];
    return Math.max(counter.value, Number(highest.last));
  }
}

const RC = { isolation: "READ COMMITTED" } as const;

/**
 * The batch in commit-ish order (creation time, then id), except that each account's events take
 * the slots its events hold in that order in their history's order: the order a reader of the
 * account's history saw them in.
 */
export function inHistoryOrder<T extends Pending>(events: readonly T[]): T[] {
  const byAccount = new Map<string, T[]>();
  for (const event of events) {
    const list = byAccount.get(event.smartAccountId) ?? [];
    list.push(event);
    byAccount.set(event.smartAccountId, list);
  }
  for (const list of byAccount.values()) list.sort((a, b) => a.sequence - b.sequence);
  const taken = new Map<string, number>();
  return events.map((event) => {
    const n = taken.get(event.smartAccountId) ?? 0;
    taken.set(event.smartAccountId, n + 1);
    return byAccount.get(event.smartAccountId)![n];
  });
}
