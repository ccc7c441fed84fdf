import { PeriodicPass } from "../../common/periodic-pass";
import { In, LessThanOrEqual } from "typeorm";
import type { Logger } from "pino";
import { DAY, type Clock } from "../../common/clock";
import { eachApart } from "../../common/each-apart";
import type { Db } from "../../db/data-source";
import type { IdempotencyKeys } from "../idempotency/idempotency.service";
import type { MailService } from "../mail/mail.service";
import type { NominationWriter } from "../nomination/nomination-writer";
import { UserEntity } from "../user/user.entity";
import { accountEmails } from "../smart-account/account-emails";
import type { Escalation } from "./escalation";
import type { AccountWriter } from "../smart-account/account-writer";
import type { ApprovalLinks } from "../smart-account/approval-links";
import { SmartAccountEntity } from "../smart-account/smart-account.entity";
import { LAPSING_STATUSES } from "../smart-account/smart-account.states";

/** Reminders 30, 7 and 1 days before the lapse date; stage n means reminder n was sent. */
const REMINDERS = [
  { stage: 1, daysBefore: 30 },
  { stage: 2, daysBefore: 7 },
  { stage: 3, daysBefore: 1 },
] as const;
const BATCH = 100;

/**
 * Lapses pending and declined accounts at their date and sends the reminders before it (and, on
 * the same beat, escalates undecided requests and sweeps expired idempotency keys). Each
 * account moves by a conditional update, so any number of processes may run this at once and
 * still lapse (and email) each account once.
 */
export class LapseJob {
  private readonly beat = new PeriodicPass(
    () => this.pass(),
    (error: unknown) => this.log.error({ err: error }, "lapse job failed"),
  );

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly writer: AccountWriter,
    private readonly links: ApprovalLinks,
    private readonly nominations: NominationWriter,
    private readonly idempotency: IdempotencyKeys,
    private readonly escalation: Escalation,
    private readonly log: Logger,
  ) {}

  start(intervalMs = 60_000): void {
    this.beat.start(intervalMs);
  }

  stop(): Promise<void> {
    return this.beat.stop();
  }

  /** One pass, or the one already under way. */
  run(): Promise<void> {
    return this.beat.run();
  }

  /**
   * Each account apart from the others, and each step apart from the others: an account or a
   * step that fails is logged and tried again on the next beat, and the rest go on.
   */
  private async pass(): Promise<void> {
    const now = this.clock.now();
    const failed = (what: string) => (error: unknown, item?: { id: string }) =>
      this.log.error({ err: error, id: item?.id }, `${what} failed; the pass goes on`);
    await this.step(async () => {
      const due = await this.db.read((em) =>
        em.find(SmartAccountEntity, {
          select: { id: true },
          where: { status: In([...LAPSING_STATUSES]), lapseAt: LessThanOrEqual(now) },
          take: BATCH,
        }),
      );
      await eachApart(due, ({ id }) => this.lapse(id), failed("lapse"));
    }, failed("finding the accounts to lapse"));

    await this.step(async () => {
      const soon = await this.db.read((em) =>
        em.find(SmartAccountEntity, {
          select: { id: true },
          where: {
            status: In([...LAPSING_STATUSES]),
            lapseAt: LessThanOrEqual(new Date(now.getTime() + 30 * DAY)),
            remindersSent: In([0, 1, 2]),
          },
          take: BATCH,
        }),
      );
      await eachApart(soon, ({ id }) => this.remind(id), failed("lapse reminder"));
    }, failed("finding the accounts to remind"));

    await this.step(() => this.escalation.run(failed("escalation reminder")), failed("escalation"));

    // The periodic pass every process runs also sweeps the expired Idempotency-Key answers.
    await this.step(() => this.idempotency.sweep(), failed("sweeping idempotency keys"));
  }

  private async step(
    work: () => Promise<unknown>,
    report: (error: unknown) => void,
  ): Promise<void> {
    try {
      await work();
    } catch (error) {
      report(error);
    }
  }

  private lapse(id: string): Promise<void> {
    return this.db.transaction(async (em) => {
      const account = await em.findOneBy(SmartAccountEntity, { id });
      if (!account || !LAPSING_STATUSES.includes(account.status)) return;
      if (!account.lapseAt || account.lapseAt > this.clock.now()) return;
      const approvers = await this.links.activeApprovers(em, account.id);
      await this.writer.change(em, account, { type: "LAPSED", actor: null }, {}, "LAPSED");
      await this.links.spend(em, account.id);
      await this.nominations.closePending(em, account.id, "EXPIRED");
      const requester = await em.findOneBy(UserEntity, { id: account.requesterId });
      for (const email of new Set([...approvers, ...(requester ? [requester.email] : [])])) {
        await this.mail.enqueue(
          em,
          email,
          accountEmails.lapsed(account, this.mail.link("/requests")),
        );
      }
    });
  }

  private remind(id: string): Promise<void> {
    return this.db.transaction(async (em) => {
      const account = await em.findOneBy(SmartAccountEntity, { id });
      if (!account?.lapseAt || !LAPSING_STATUSES.includes(account.status)) return;
      const now = this.clock.now();
      const left = account.lapseAt.getTime() - now.getTime();
      if (left <= 0) return;
      // Only the latest reminder that is due: after a long pause nobody gets three at once.
      const due = [...REMINDERS].reverse().find((r) => left <= r.daysBefore * DAY);
      if (!due || due.stage <= account.remindersSent) return;
      await this.writer.change(
        em,
        account,
        {
          type: "LAPSE_REMINDER_SENT",
          actor: null,
          detail: `${due.daysBefore} day${due.daysBefore === 1 ? "" : "s"} before the lapse date.`,
        },
        { remindersSent: due.stage },
      );
      const daysLeft = Math.ceil(left / DAY);
      const url = this.mail.link(`/smart-accounts/${account.id}`);
      for (const email of await this.links.activeApprovers(em, account.id)) {
        await this.mail.enqueue(em, email, accountEmails.lapseReminder(account, daysLeft, url));
      }
    });
  }
}
