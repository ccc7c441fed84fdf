import type { EntityManager } from "typeorm";
import type { Clock } from "../../common/clock";
import { newId } from "../../common/secrets";
import { afterCommit } from "../../db/data-source";
import { OutboxEmailEntity } from "./outbox-email.entity";
import type { EmailContent } from "./templates";

/** The topic a unit of work that queued email commits (the dispatcher wakes for it). */
export const OUTBOX_WRITTEN = "outbox-written";

/** Writes emails into the outbox inside the caller's transaction: they go out only if it commits. */
export class MailService {
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
    // A plain insert: the id is new, so there is no row to look for first (as save would).
    await em.insert(OutboxEmailEntity, email);
    afterCommit(em, OUTBOX_WRITTEN);
    return email;
  }
}
