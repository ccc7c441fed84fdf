import type { EntityManager } from "typeorm";
import type { Clock } from "../../common/clock";
import { newId } from "../../common/secrets";
import { afterCommit, beforeCommit } from "../../db/data-source";
import { OutboxEmailEntity } from "./outbox-email.entity";
import type { EmailContent } from "./templates";

/** The topic a unit of work that queued email commits (the dispatcher wakes for it). */
export const OUTBOX_WRITTEN = "outbox-written";

/**
 * Writes emails into the outbox inside the caller's transaction: they go out only if it commits.
 * A transaction's emails are written together, as one multi-row insert just before it commits.
 */
export class MailService {
  private readonly queued = new WeakMap<EntityManager, OutboxEmailEntity[]>();

  constructor(
    private readonly clock: Clock,
    readonly appUrl: string,
  ) {}

  link(pathAndQuery: string): string {
    return `${this.appUrl}${pathAndQuery}`;
  }

  async enqueue(em: EntityManager, to: string, content: EmailContent): Promise<OutboxEmailEntity> {
    const now = this.clock.now();
    const email = em.create(OutboxEmailEntity, {
      id: newId(),
      toAddress: to,
      subject: content.subject,
      textBody: content.text,
      htmlBody: content.html,
      status: "PENDING",
      attempts: 0,
      nextAttemptAt: now,
      lockedUntil: null,
      lastError: null,
      createdAt: now,
      sentAt: null,
    });
    const queued = this.queued.get(em);
    if (queued) queued.push(email);
    else {
      const emails = [email];
      this.queued.set(em, emails);
      await beforeCommit(em, "outbox-emails", async () => {
        this.queued.delete(em);
        // Plain inserts: the ids are new, so there is no row to look for first (as save would).
        await em.insert(OutboxEmailEntity, emails);
      });
    }
    afterCommit(em, OUTBOX_WRITTEN);
    return email;
  }
}
