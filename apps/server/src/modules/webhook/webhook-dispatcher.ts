import type { Logger } from "pino";
import { Webhook } from "standardwebhooks";
import { Brackets, type EntityManager } from "typeorm";
import type { Clock } from "../../common/clock";
import { PeriodicPass } from "../../common/periodic-pass";
import { DAY, HOUR } from "../../common/clock";
import { newId } from "../../common/secrets";
import type { Db } from "../../db/data-source";
import type { MailService } from "../mail/mail.service";
import { RoleAssignmentEntity } from "../role/role-assignment.entity";
import { SmartAccountEntity } from "../smart-account/smart-account.entity";
import { UserEntity } from "../user/user.entity";
import { endpointDisabledEmail } from "./webhook-emails";
import { WebhookAttemptEntity } from "./webhook-attempt.entity";
import { WebhookDeliveryEntity } from "./webhook-delivery.entity";
import { WebhookEndpointEntity } from "./webhook-endpoint.entity";
import type { SendResult, WebhookSender } from "./webhook-sender";

const BATCH = 10;
/** A delivery is retried for at least this long after it was written, then FAILED. */
export const RETRY_WINDOW_MS = DAY;
/** An endpoint that has failed (with no success in between) for this long is disabled. */
export const DISABLE_AFTER_MS = 5 * DAY;
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 6 * HOUR;

/** Exponential back-off: 5 s, 15 s, 45 s … tripling to at most 6 h between attempts. */
export function retryDelay(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 3 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
}

/**
 * Sends webhook deliveries, modelled on the mail outbox's dispatcher: deliveries are claimed
 * with a lease by a conditional update (`FOR UPDATE SKIP LOCKED` on MySQL) in a transaction of
 * their own, and sent only once that claim has committed; any number of processes may dispatch.
 * A process that dies mid-send leaves a lease that expires, and the delivery is sent again with
 * the same webhook-id and body: at least once. Every attempt is logged with its status, duration
 * and the start of the answer. A failed attempt is retried with exponential back-off until the
 * delivery is a day old (then FAILED); an endpoint failing for 5 days is disabled and its
 * account's administrators (and its registrant) are emailed, once.
 */
export class WebhookDispatcher {
  private readonly beat = new PeriodicPass(
    () => this.drain(),
    (error: unknown) => this.log.error({ err: error }, "webhook dispatch failed"),
  );
  private readonly leaseMs: number;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly sender: WebhookSender,
    private readonly mail: MailService,
    private readonly log: Logger,
    timeoutMs: number,
  ) {
    // Longer than any attempt can take, so a live sender's lease never runs out under it.
    this.leaseMs = 2 * timeoutMs + 5_000;
  }

  start(intervalMs = 1000): void {
    this.beat.start(intervalMs);
  }

  async stop(): Promise<void> {
    await this.beat.stop();
  }

  /** A pass now, when the dispatcher runs in this process (new deliveries were written). */
  kick(): void {
    this.beat.wake();
  }

  /** One pass; never overlaps itself in this process. */
  tick(): Promise<void> {
    return this.beat.run();
  }

  private async drain(): Promise<void> {
    for (;;) {
      const claimed = await this.claim();
      if (claimed.length === 0) return;
      await Promise.all(claimed.map((delivery) => this.deliver(delivery)));
    }
  }

  private claim(): Promise<WebhookDeliveryEntity[]> {
    return this.db.transaction(async (em) => {
      const now = this.clock.now();
      const query = em
        .createQueryBuilder(WebhookDeliveryEntity, "d")
        .innerJoin(WebhookEndpointEntity, "e", "e.id = d.endpointId AND e.enabled = :enabled", {
          enabled: true,
        })
        .where(
          new Brackets((q) =>
            q
              .where("d.status = 'PENDING' AND d.nextAttemptAt <= :now", { now })
              .orWhere("d.status = 'SENDING' AND d.lockedUntil < :now", { now }),
          ),
        )
        .orderBy("d.nextAttemptAt", "ASC")
        .limit(BATCH);
      if (this.db.isMysql) query.setLock("pessimistic_write").setOnLocked("skip_locked");
      const rows = await query.getMany();
      if (rows.length === 0) return [];
      const lockedUntil = new Date(now.getTime() + this.leaseMs);
      await em
        .createQueryBuilder()
        .update(WebhookDeliveryEntity)
        .set({ status: "SENDING", lockedUntil, attempts: () => "attempts + 1" })
        .whereInIds(rows.map((r) => r.id))
        .execute();
      return rows.map((r) => ({ ...r, status: "SENDING" as const, attempts: r.attempts + 1 }));
    });
  }

  private async deliver(delivery: WebhookDeliveryEntity): Promise<void> {
    const endpoint = await this.db.read((em) =>
      em.findOneBy(WebhookEndpointEntity, { id: delivery.endpointId }),
    );
    if (!endpoint) return;
    const at = this.clock.now();
    const result = await this.sender.send(
      endpoint.url,
      this.headers(delivery, endpoint, at),
      delivery.payload,
    );
    await this.db.transaction((em) => this.record(em, delivery, endpoint, at, result));
    this.log.info(
      { deliveryId: delivery.id, attempt: delivery.attempts, status: result.status, ok: result.ok },
      result.ok ? "webhook delivered" : "webhook not delivered",
    );
  }

  /** The Standard Webhooks headers; during a rotation's grace period, signed with both secrets. */
  private headers(
    delivery: WebhookDeliveryEntity,
    endpoint: WebhookEndpointEntity,
    at: Date,
  ): Record<string, string> {
    const secrets = [endpoint.secret];
    if (
      endpoint.previousSecret &&
      endpoint.previousSecretUntil &&
      endpoint.previousSecretUntil > at
    ) {
      secrets.push(endpoint.previousSecret);
    }
    return {
      "content-type": "application/json",
      "user-agent": "SmartAccountManager-Webhooks/1",
      "webhook-id": delivery.id,
      "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
      "webhook-signature": secrets
        .map((secret) => new Webhook(secret).sign(delivery.id, at, delivery.payload))
        .join(" "),
    };
  }

  private async record(
    em: EntityManager,
    delivery: WebhookDeliveryEntity,
    endpoint: WebhookEndpointEntity,
    at: Date,
    result: SendResult,
  ): Promise<void> {
    const now = this.clock.now();
    await em.insert(WebhookAttemptEntity, {
      id: newId(),
      deliveryId: delivery.id,
      attemptedAt: at,
      durationMs: result.durationMs,
      statusCode: result.status,
      error: result.error,
      responseBody: result.responseBody,
    });
    // Only while the claim is still ours: a lease that ran out was claimed (and counted) again.
    const mine = "id = :id AND attempts = :attempts";
    const params = { id: delivery.id, attempts: delivery.attempts };
    if (result.ok) {
      await em
        .createQueryBuilder()
        .update(WebhookDeliveryEntity)
        .set({ status: "DELIVERED", deliveredAt: now, lockedUntil: null })
        .where(mine, params)
        .execute();
      await em
        .createQueryBuilder()
        .update(WebhookEndpointEntity)
        .set({ failingSince: null })
        .where("id = :id AND failingSince IS NOT NULL", { id: endpoint.id })
        .execute();
      return;
    }
    const exhausted = now.getTime() - delivery.createdAt.getTime() >= RETRY_WINDOW_MS;
    await em
      .createQueryBuilder()
      .update(WebhookDeliveryEntity)
      .set({
        status: exhausted ? "FAILED" : "PENDING",
        nextAttemptAt: new Date(now.getTime() + retryDelay(delivery.attempts)),
        lockedUntil: null,
      })
      .where(mine, params)
      .execute();
    await em
      .createQueryBuilder()
      .update(WebhookEndpointEntity)
      .set({ failingSince: now })
      .where("id = :id AND failingSince IS NULL", { id: endpoint.id })
      .execute();
    const current = await em.findOneBy(WebhookEndpointEntity, { id: endpoint.id });
    if (
      !current?.enabled ||
      !current.failingSince ||
      now.getTime() - current.failingSince.getTime() < DISABLE_AFTER_MS
    ) {
      return;
    }
    // Of the processes that see it at once, one disables it and sends the emails.
    const disabled = await em
      .createQueryBuilder()
      .update(WebhookEndpointEntity)
      .set({
        enabled: false,
        disabledReason:
          `Every delivery failed for 5 days (since ${current.failingSince.toISOString()}); last: ${result.error ?? "no answer"}`.slice(
            0,
            300,
          ),
        updatedAt: now,
      })
      .where("id = :id AND enabled = :enabled", { id: endpoint.id, enabled: true })
      .execute();
    if (disabled.affected !== 1) return;
    await this.tellAdministrators(em, current);
  }

  private async tellAdministrators(em: EntityManager, endpoint: WebhookEndpointEntity) {
    const account = await em.findOneBy(SmartAccountEntity, { id: endpoint.smartAccountId });
    if (!account) return;
    const admins = await em.find(RoleAssignmentEntity, {
      where: { smartAccountId: account.id, role: "ADMINISTRATOR", scopeKey: "" },
      select: { email: true },
    });
    const registrant = await em.findOneBy(UserEntity, { id: endpoint.createdById });
    const to = new Set(admins.map((a) => a.email.toLowerCase()));
    if (registrant) to.add(registrant.email.toLowerCase());
    const content = endpointDisabledEmail({
      accountName: account.name,
      url: endpoint.url,
      failingSince: endpoint.failingSince ?? this.clock.now(),
      accountLink: this.mail.link(`/smart-accounts/${account.id}`),
    });
    for (const email of to) await this.mail.enqueue(em, email, content);
    this.log.warn(
      { endpointId: endpoint.id },
      "webhook endpoint disabled after 5 days of failures",
    );
  }
}
