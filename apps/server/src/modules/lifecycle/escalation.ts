import { LessThanOrEqual } from "typeorm";
import { DAY, type Clock } from "../../common/clock";
import { eachApart } from "../../common/each-apart";
import type { EscalationConfig } from "../../config";
import type { Db } from "../../db/data-source";
import { accessRequestEmails } from "../access-request/access-request-emails";
import { AccessRequestEntity } from "../access-request/access-request.entity";
import type { MailService } from "../mail/mail.service";
import { RoleAssignmentEntity } from "../role/role-assignment.entity";
import { accountEmails } from "../smart-account/account-emails";
import type { AccountWriter } from "../smart-account/account-writer";
import type { ApprovalLinks } from "../smart-account/approval-links";
import { SmartAccountEntity } from "../smart-account/smart-account.entity";
import { UserEntity } from "../user/user.entity";

const BATCH = 100;
/** The last access-request reminder: the one to its requester. */
const TELL_REQUESTER = 3;

/**
 * Requests nobody decides are not left to wait silently for their lapse (EscalationConfig says
 * when). Each reminder is claimed in the transaction that writes its history entry and queues
 * its emails, on a condition only one process can meet (the account's version, the request's
 * reminder count under the account's lock): any number of processes may run this at once and
 * each reminder still goes out once. After a pause longer than a step (a server down for weeks),
 * only the latest reminder due goes out, as with the lapse reminders.
 */
export class Escalation {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly writer: AccountWriter,
    private readonly links: ApprovalLinks,
    private readonly config: EscalationConfig,
  ) {}

  /** One pass; an item that fails goes to `report` and the others go on (see eachApart). */
  async run(report: (error: unknown, item: { id: string }) => void): Promise<void> {
    const now = this.clock.now().getTime();
    const decide = new Date(now - this.config.decisionDays * DAY);
    const waiting = await this.db.read((em) =>
      em.find(SmartAccountEntity, {
        select: { id: true },
        where: {
          status: "PENDING_CUSTOMER_ACCEPTANCE",
          decisionRemindersSent: 0,
          statusChangedAt: LessThanOrEqual(decide),
        },
        take: BATCH,
      }),
    );
    await eachApart(waiting, ({ id }) => this.remindApprovers(id), report);

    const every = this.config.accessDays * DAY;
    const pending = await this.db.read((em) =>
      em.find(AccessRequestEntity, {
        select: { id: true },
        // One index range per reminder step: (status, remindersSent, createdAt).
        where: [0, 1, 2].map((sent) => ({
          status: "PENDING" as const,
          remindersSent: sent,
          createdAt: LessThanOrEqual(new Date(now - (sent + 1) * every)),
        })),
        take: BATCH,
      }),
    );
    await eachApart(pending, ({ id }) => this.remindAboutAccess(id), report);
  }

  /** The approvers get a fresh link (decide or forward); the requester hears that they were. */
  private remindApprovers(id: string): Promise<void> {
    return this.db.transaction(async (em) => {
      const account = await em.findOneBy(SmartAccountEntity, { id });
      if (account?.status !== "PENDING_CUSTOMER_ACCEPTANCE" || account.decisionRemindersSent) {
        return;
      }
      const waited = this.clock.now().getTime() - account.statusChangedAt.getTime();
      if (waited < this.config.decisionDays * DAY) return;
      const days = Math.floor(waited / DAY);
      const updated = await this.writer.change(
        em,
        account,
        {
          type: "DECISION_REMINDER_SENT",
          actor: null,
          detail: `Undecided for ${days} days: the approvers were reminded and the requester told.`,
        },
        { decisionRemindersSent: 1 },
      );
      const approvers = await this.links.activeApprovers(em, id);
      await this.links.send(em, updated, approvers, (url) =>
        accountEmails.decisionReminder(updated, days, url),
      );
      const requester = await em.findOne(UserEntity, {
        where: { id: account.requesterId },
        select: { id: true, email: true },
      });
      // A requester who is also an approver has just been reminded.
      if (requester && !approvers.includes(requester.email)) {
        await this.mail.enqueue(
          em,
          requester.email,
          accountEmails.decisionOverdue(updated, days, this.mail.link("/requests")),
        );
      }
    });
  }

  /** At one and two steps the administrators are reminded; at three, the requester is told. */
  private remindAboutAccess(id: string): Promise<void> {
    return this.db.transaction(async (em) => {
      // The account's lock first: a decision on the request waits, or is waited for.
      await this.writer.lockOwnerOf(em, "access_requests", id);
      const request = await em.findOneBy(AccessRequestEntity, { id });
      if (request?.status !== "PENDING") return;
      const every = this.config.accessDays * DAY;
      const waited = this.clock.now().getTime() - request.createdAt.getTime();
      const step = Math.min(TELL_REQUESTER, Math.floor(waited / every));
      if (step <= request.remindersSent) return;
      const account = await em.findOneBy(SmartAccountEntity, { id: request.smartAccountId });
      if (!account) return;
      await em.update(AccessRequestEntity, { id }, { remindersSent: step });
      const days = step * this.config.accessDays;
      const told =
        step < TELL_REQUESTER
          ? "the administrators were reminded"
          : "its requester was told nobody has decided yet";
      await this.writer.note(em, account, {
        type: "ACCESS_REMINDER_SENT",
        actor: null,
        detail: `The access request for ${request.email} waited ${days} days: ${told}.`,
      });
      if (step < TELL_REQUESTER) {
        const admins = await em.find(RoleAssignmentEntity, {
          select: { id: true, email: true },
          where: { smartAccountId: account.id, role: "ADMINISTRATOR", scopeKey: "" },
        });
        const url = this.mail.link(`/access-requests?account=${account.id}`);
        for (const email of new Set(admins.map((a) => a.email))) {
          await this.mail.enqueue(
            em,
            email,
            accessRequestEmails.reminder(account.name, request.email, request.askedRole, days, url),
          );
        }
        return;
      }
      const requester = await em.findOne(UserEntity, {
        where: { id: request.requestedById },
        select: { id: true, email: true },
      });
      if (requester) {
        await this.mail.enqueue(
          em,
          requester.email,
          accessRequestEmails.stillPending(
            account.name,
            request.email,
            days,
            this.mail.link("/access-requests"),
          ),
        );
      }
    });
  }
}
