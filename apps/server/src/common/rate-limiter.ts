import { In, LessThan, MoreThan, type EntityManager } from "typeorm";
import { DAY, type Clock } from "./clock";
import { TooManyAttemptsError } from "./errors";
import { hashSecret, newId } from "./secrets";
import type { Db } from "../db/data-source";
import { RateLimitHitEntity } from "./rate-limit-hit.entity";

export type RateLimitRule = { bucket: string; max: number; windowMs: number };

/** One thing an attempt is counted against: a rule and who or what it counts (an email, an address). */
export type RateLimitCheck = { rule: RateLimitRule; subject: string };

/** A counted attempt; handing it back un-counts it (a sign-in that turned out to be the owner's). */
export type CountedAttempt = { refund(): Promise<void> };

// Hits older than every window are dead weight; this is longer than the longest window in use.
const KEEP_HITS_MS = 7 * DAY;
const PRUNE_EVERY = 50;
const PRUNE_BATCH = 1000;
const SUBJECT_MAX = 254;

/** Subjects longer than the column (an email joined with an address) are kept as their hash. */
export function limitSubject(...parts: string[]): string {
  const subject = parts.join("|");
  return subject.length <= SUBJECT_MAX ? subject : `sha256:${hashSecret(subject)}`;
}

/** Sliding-window counters kept in the database, so every server process counts the same hits. */
export class RateLimiter {
  private takes = 0;

  constructor(
    private readonly clock: Clock,
    private readonly db: Db,
  ) {}

  /**
   * Counts an attempt against every check, then refuses it if any window holds more than its
   * maximum. The hits are committed in their own transaction before anything is counted, so
   * under any concurrency, on either database and across processes, an attempt sees every
   * attempt committed before it: of N simultaneous attempts at most `max` get through. A refused
   * attempt is un-counted again, since nothing was checked for it.
   */
  async take(checks: RateLimitCheck[]): Promise<CountedAttempt> {
    const now = this.clock.now();
    const subjects = new Map<string, { bucket: string; subject: string }>();
    for (const { rule, subject } of checks) {
      subjects.set(`${rule.bucket}\n${subject}`, { bucket: rule.bucket, subject });
    }
    const ids = [...subjects.values()].map(() => newId());
    const hits = [...subjects.values()].map((s, i) => ({ id: ids[i], ...s, createdAt: now }));
    if (hits.length > 0) await this.db.transaction((em) => em.insert(RateLimitHitEntity, hits));
    const refund = async () => {
      if (ids.length > 0)
        await this.db.transaction((em) => em.delete(RateLimitHitEntity, { id: In(ids) }));
    };
    // One fresh statement outside any transaction, counting every window: it sees every hit
    // committed before it.
    const counted = await this.db.read((em) => this.countAllUpTo(em, checks, now));
    if (checks.some(({ rule }, i) => counted[i] > rule.max)) {
      await refund();
      throw new TooManyAttemptsError();
    }
    if (++this.takes % PRUNE_EVERY === 0) await this.prune();
    return { refund };
  }

  /** Forgets every hit of these buckets for a subject, and for subjects that start with `subject|`. */
  async clear(buckets: string[], subject: string): Promise<void> {
    const prefix = `${subject.replace(/[!%_]/g, (c) => `!${c}`)}|%`;
    await this.db.transaction((em) =>
      em
        .createQueryBuilder()
        .delete()
        .from(RateLimitHitEntity)
        .where("bucket IN (:...buckets)", { buckets })
        .andWhere("(subject = :subject OR subject LIKE :prefix ESCAPE '!')", { subject, prefix })
        .execute(),
    );
  }

  /**
   * Inside a caller's transaction: refuses when the window is full. Counting and recording in one
   * transaction is not atomic across concurrent callers; `take` is.
   */
  async assertUnder(em: EntityManager, rule: RateLimitRule, subject: string): Promise<void> {
    const since = new Date(this.clock.now().getTime() - rule.windowMs);
    if ((await this.countUpTo(em, rule, subject, since)) >= rule.max) {
      throw new TooManyAttemptsError();
    }
  }

  async record(em: EntityManager, rule: RateLimitRule, subject: string): Promise<void> {
    await em.insert(RateLimitHitEntity, {
      id: newId(),
      bucket: rule.bucket,
      subject,
      createdAt: this.clock.now(),
    });
  }

  /** `countUpTo` for several checks in one statement, in their order. */
  private async countAllUpTo(
    em: EntityManager,
    checks: RateLimitCheck[],
    now: Date,
  ): Promise<number[]> {
    if (checks.length === 0) return [];
    const table = em.connection.getMetadata(RateLimitHitEntity).tableName;
    const parameters: Record<string, unknown> = {};
    const parts = checks.map(({ rule, subject }, i) => {
      parameters[`b${i}`] = rule.bucket;
      parameters[`s${i}`] = subject;
      parameters[`t${i}`] = new Date(now.getTime() - rule.windowMs);
      parameters[`m${i}`] = rule.max + 1;
      return `SELECT ${i} AS i, COUNT(*) AS n FROM (SELECT id FROM ${table} WHERE bucket = :b${i} AND subject = :s${i} AND createdAt > :t${i} LIMIT :m${i}) h${i}`;
    });
    // The driver writes the dates as each database stores them.
    const [sql, values] = em.connection.driver.escapeQueryWithParameters(
      parts.join(" UNION ALL "),
      parameters,
    );
    const rows = (await em.query(sql, values)) as { i: number | string; n: number | string }[];
    const counts = checks.map(() => 0);
    for (const row of rows) counts[Number(row.i)] = Number(row.n);
    return counts;
  }

  /** Counts at most max + 1 hits, so a flood does not make each count slower. */
  private async countUpTo(
    em: EntityManager,
    rule: RateLimitRule,
    subject: string,
    since: Date,
  ): Promise<number> {
    const rows = await em.find(RateLimitHitEntity, {
      select: { id: true },
      where: { bucket: rule.bucket, subject, createdAt: MoreThan(since) },
      take: rule.max + 1,
    });
    return rows.length;
  }

  private async prune(): Promise<void> {
    const before = new Date(this.clock.now().getTime() - KEEP_HITS_MS);
    await this.db.transaction(async (em) => {
      if (this.db.isMysql) {
        await em.query("DELETE FROM rate_limit_hits WHERE createdAt < ? LIMIT ?", [
          before,
          PRUNE_BATCH,
        ]);
      } else {
        await em.delete(RateLimitHitEntity, { createdAt: LessThan(before) });
      }
    });
  }
}
