import type { EntityManager } from "typeorm";
import type { Clock } from "../../common/clock";
import { newId } from "../../common/secrets";
import { OutboxEmailEntity } from "./outbox-email.entity";
import type { EmailContent } from "./templates";

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
    return em.save(email);
  }
}
