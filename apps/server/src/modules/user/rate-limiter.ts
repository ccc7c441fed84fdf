import { MoreThan, type EntityManager } from "typeorm";
import type { Clock } from "../../common/clock";
import { TooManyAttemptsError } from "../../common/errors";
import { newId } from "../../common/secrets";
import { RateLimitHitEntity } from "./rate-limit-hit.entity";

export type RateLimitRule = { bucket: string; max: number; windowMs: number };

/** Sliding-window counters kept in the database, so every server process counts the same hits. */
export class RateLimiter {
  constructor(private readonly clock: Clock) {}

  async assertUnder(em: EntityManager, rule: RateLimitRule, subject: string): Promise<void> {
    const since = new Date(this.clock.now().getTime() - rule.windowMs);
    const hits = await em.count(RateLimitHitEntity, {
      where: { bucket: rule.bucket, subject, createdAt: MoreThan(since) },
      take: rule.max,
    });
    if (hits >= rule.max) throw new TooManyAttemptsError();
  }

  async record(em: EntityManager, rule: RateLimitRule, subject: string): Promise<void> {
    await em.insert(RateLimitHitEntity, {
      id: newId(),
      bucket: rule.bucket,
      subject,
      createdAt: this.clock.now(),
    });
  }
}
