import type { Logger } from "pino";
import { Brackets } from "typeorm";
import { MINUTE, type Clock } from "../../common/clock";
import { PeriodicPass } from "../../common/periodic-pass";
import type { Db } from "../../db/data-source";
import { UserEntity } from "../user/user.entity";
import { BulkRequestJobEntity } from "./bulk-request-job.entity";
import { BulkRequestRowEntity } from "./bulk-request-row.entity";
import { LIMIT_WAIT_MS, type BulkRequests, type RowOutcome } from "./bulk-request.service";

/**
 * How long a claim stays with the process working a job; renewed at every row, so only a process
 * that died (or hangs for this long on one row) loses it to another.
 */
export const BULK_LEASE_MS = 2 * MINUTE;

/**
 * Works through the bulk request jobs kept in the database. A job is claimed with a lease as the
 * outbox's emails are (`FOR UPDATE SKIP LOCKED` on MySQL), so any number of processes may run
 * this; everything it knows is in the rows, so after a restart (or another process's death, once
 * its lease is out) the job goes on from its first row without a result. Each row's result is
 * written conditionally on the row still waiting, and creating a row's account is idempotent (see
 * BulkRequests), so a row run twice still makes one account.
 */
export class BulkRequestJob {
  private readonly beat = new PeriodicPass(
    () => this.drain(),
    (error: unknown) => this.log.error({ err: error }, "bulk request job failed"),
  );

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly bulk: BulkRequests,
    private readonly log: Logger,
  ) {}

  start(intervalMs = 2000): void {
    this.beat.start(intervalMs);
  }

  /** A job was just submitted: start now rather than at the next beat (once started). */
  kick(): void {
    this.beat.wake();
  }

  async stop(): Promise<void> {
    await this.beat.stop();
  }

  /** One pass over every job due; never overlaps itself in this process. */
  tick(): Promise<void> {
    return this.beat.run();
  }

  private async drain(): Promise<void> {
    for (;;) {
      const job = await this.claim();
      if (!job) return;
      await this.work(job);
    }
  }

  private claim(): Promise<BulkRequestJobEntity | null> {
    return this.db.transaction(async (em) => {
      const now = this.clock.now();
      const query = em
        .createQueryBuilder(BulkRequestJobEntity, "j")
        .where("j.status IN (:...statuses) AND j.nextRunAt <= :now", {
          statuses: ["QUEUED", "RUNNING"],
          now,
        })
        .andWhere(
          new Brackets((q) =>
            q.where("j.lockedUntil IS NULL").orWhere("j.lockedUntil < :now", { now }),
          ),
        )
        .orderBy("j.nextRunAt", "ASC")
        .limit(1);
      if (this.db.isMysql) query.setLock("pessimistic_write").setOnLocked("skip_locked");
      const job = await query.getOne();
      if (!job) return null;
      const lockedUntil = new Date(now.getTime() + BULK_LEASE_MS);
      await em.update(
        BulkRequestJobEntity,
        { id: job.id },
        { status: "RUNNING", lockedUntil, updatedAt: now },
      );
      return { ...job, status: "RUNNING" as const, lockedUntil };
    });
  }

  private async work(job: BulkRequestJobEntity): Promise<void> {
    const user = await this.db.read((em) => em.findOneBy(UserEntity, { id: job.requesterId }));
    const rows = await this.bulk.rows(job.id);
    const repeats = this.bulk.repeatsInJob(rows);
    for (const row of rows) {
      if (row.state !== "PENDING") continue;
      const outcome: RowOutcome = user
        ? await this.outcomeOf(user, job, row, repeats.get(row.rowNumber) ?? null)
        : {
            kind: "FAILED",
            errorKind: "NOT_FOUND",
            field: null,
            message: "The person who sent the file no longer exists.",
          };
      if (outcome.kind === "WAIT") {
        await this.wait(job, outcome.reason);
        return;
      }
      await this.record(job, row, outcome);
    }
    await this.finish(job);
  }

  /**
   * A row's outcome. An error no rule expects (a fault, not the row's data or the database being
   * away) fails that row, logged with the job and the row, and the job goes on: thrown, it ended
   * the pass, and the job was claimed again from the same row at every lease, failing there for
   * ever while the rows behind it waited.
   */
  private async outcomeOf(
    user: UserEntity,
    job: BulkRequestJobEntity,
    row: BulkRequestRowEntity,
    repeatsRow: number | null,
  ): Promise<RowOutcome> {
    try {
      return await this.bulk.runRow(user, job, row, repeatsRow);
    } catch (error) {
      this.log.error(
        { err: error, jobId: job.id, rowNumber: row.rowNumber },
        "bulk request row failed unexpectedly",
      );
      return {
        kind: "FAILED",
        errorKind: "INTERNAL",
        field: null,
        message:
          "Something went wrong on our side with this row. It has been logged; look for the account among your requests before you send the row again.",
      };
    }
  }

  /** The row's result and the job's progress, with the lease renewed, in one transaction. */
  private record(
    job: BulkRequestJobEntity,
    row: BulkRequestRowEntity,
    outcome: Exclude<RowOutcome, { kind: "WAIT" }>,
  ): Promise<void> {
    return this.db.transaction(async (em) => {
      const now = this.clock.now();
      const result = await em
        .createQueryBuilder()
        .update(BulkRequestRowEntity)
        .set(
          outcome.kind === "FAILED"
            ? {
                state: "FAILED",
                errorKind: outcome.errorKind,
                errorField: outcome.field,
                message: outcome.message.slice(0, 1000),
                processedAt: now,
              }
            : {
                state: outcome.state,
                smartAccountId: outcome.smartAccountId ?? null,
                processedAt: now,
              },
        )
        .where("id = :id AND state = :pending", { id: row.id, pending: "PENDING" })
        .execute();
      await em
        .createQueryBuilder()
        .update(BulkRequestJobEntity)
        .set({
          ...(result.affected ? { processedRows: () => "processedRows + 1" } : {}),
          lockedUntil: new Date(now.getTime() + BULK_LEASE_MS),
          waitingReason: null,
          updatedAt: now,
        })
        .where("id = :id", { id: job.id })
        .execute();
    });
  }

  /** The caller's limits refused the next row: the job lets go and is due again later. */
  private async wait(job: BulkRequestJobEntity, reason: string): Promise<void> {
    const now = this.clock.now();
    await this.db.transaction((em) =>
      em.update(
        BulkRequestJobEntity,
        { id: job.id },
        {
          nextRunAt: new Date(now.getTime() + LIMIT_WAIT_MS),
          lockedUntil: null,
          waitingReason: reason,
          updatedAt: now,
        },
      ),
    );
    this.log.info({ jobId: job.id }, "bulk request job waits for the request limit");
  }

  private async finish(job: BulkRequestJobEntity): Promise<void> {
    const now = this.clock.now();
    await this.db.transaction((em) =>
      em
        .createQueryBuilder()
        .update(BulkRequestJobEntity)
        .set({
          status: "DONE",
          finishedAt: now,
          lockedUntil: null,
          waitingReason: null,
          updatedAt: now,
        })
        .where("id = :id AND status = :running", { id: job.id, running: "RUNNING" })
        .execute(),
    );
    this.log.info({ jobId: job.id }, "bulk request job done");
  }
}
