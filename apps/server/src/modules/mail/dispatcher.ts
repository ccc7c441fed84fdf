import type { Logger } from "pino";
import { Brackets } from "typeorm";
import type { Clock } from "../../common/clock";
import { PeriodicPass } from "../../common/periodic-pass";
import { MINUTE } from "../../common/clock";
import type { Db } from "../../db/data-source";
import { OutboxEmailEntity } from "./outbox-email.entity";

export type OutgoingEmail = {
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
};

export type MailTransport = {
  send(email: OutgoingEmail): Promise<void>;
  /** Closes pooled connections (on shutdown). */
  close?(): Promise<void>;
};

/** Emails claimed at once: one locking read and one update for the lot. */
const BATCH = 50;
/** Sends in flight at once (the SMTP transport pools as many connections). */
const IN_FLIGHT = 8;
const LEASE_MS = 2 * MINUTE;
const MAX_ATTEMPTS = 8;

/**
 * Delivers the outbox. Rows are claimed with a lease (`FOR UPDATE SKIP LOCKED` on MySQL), so any
 * number of processes may dispatch without sending one email twice; a process that dies mid-send
 * leaves a lease that expires and the email is sent again with the same Message-ID.
 */
export class OutboxDispatcher {
  private readonly beat = new PeriodicPass(
    () => this.drain(),
    (error: unknown) => this.log.error({ err: error }, "outbox dispatch failed"),
  );

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly transport: MailTransport,
    private readonly log: Logger,
  ) {}

  start(intervalMs = 1000): void {
    this.beat.start(intervalMs);
  }

  /**
   * Once started: a unit of work just queued email, so a pass starts now instead of at the next
   * tick (a pass already running claims it in its next round). Never waits for the sending.
   */
  wake(): void {
    this.beat.wake();
  }

  async stop(): Promise<void> {
    await this.beat.stop();
    await this.transport.close?.();
  }

  /** One pass; never overlaps itself in this process. */
  tick(): Promise<void> {
    return this.beat.run();
  }

  private async drain(): Promise<void> {
    for (;;) {
      const claimed = await this.claim();
      if (claimed.length === 0) return;
      const sent: string[] = [];
      let next = 0;
      const worker = async () => {
        while (next < claimed.length) {
          const email = claimed[next++];
          if (await this.deliver(email)) sent.push(email.id);
        }
      };
      await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, claimed.length) }, worker));
      await this.markSent(sent);
    }
  }

  /** The batch's delivered emails, marked in one statement. */
  private async markSent(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.transaction((em) =>
      em
        .createQueryBuilder()
        .update(OutboxEmailEntity)
        .set({ status: "SENT", sentAt: this.clock.now(), lockedUntil: null, lastError: null })
        .whereInIds(ids)
        .execute(),
    );
    this.log.info({ emails: ids.length }, "emails sent");
  }

  private claim(): Promise<OutboxEmailEntity[]> {
    return this.db.transaction(async (em) => {
      const now = this.clock.now();
      const query = em
        .createQueryBuilder(OutboxEmailEntity, "e")
        .where(
          new Brackets((q) =>
            q
              .where("e.status = 'PENDING' AND e.nextAttemptAt <= :now", { now })
              .orWhere("e.status = 'SENDING' AND e.lockedUntil < :now", { now }),
          ),
        )
        .orderBy("e.nextAttemptAt", "ASC")
        .limit(BATCH);
      if (this.db.isMysql) query.setLock("pessimistic_write").setOnLocked("skip_locked");
      const rows = await query.getMany();
      if (rows.length === 0) return [];
      const lockedUntil = new Date(now.getTime() + LEASE_MS);
      await em
        .createQueryBuilder()
        .update(OutboxEmailEntity)
        .set({ status: "SENDING", lockedUntil, attempts: () => "attempts + 1" })
        .whereInIds(rows.map((r) => r.id))
        .execute();
      return rows.map((r) => ({ ...r, attempts: r.attempts + 1, lockedUntil }));
    });
  }

  /** Sends one claimed email; true when the server took it (the caller marks it SENT). */
  private async deliver(email: OutboxEmailEntity): Promise<boolean> {
    try {
      await this.transport.send({
        messageId: email.id,
        to: email.toAddress,
        subject: email.subject,
        text: email.textBody,
        html: email.htmlBody,
      });
      return true;
    } catch (error) {
      const failed = email.attempts >= MAX_ATTEMPTS;
      const backoff = Math.min(2 ** email.attempts * 5_000, 60 * MINUTE);
      await this.db.transaction((em) =>
        em.update(
          OutboxEmailEntity,
          { id: email.id },
          {
            status: failed ? "FAILED" : "PENDING",
            nextAttemptAt: new Date(this.clock.now().getTime() + backoff),
            lockedUntil: null,
            lastError: String(error instanceof Error ? error.message : error).slice(0, 500),
          },
        ),
      );
      this.log.warn({ emailId: email.id, attempt: email.attempts, failed }, "email not sent");
      return false;
    }
  }
}
