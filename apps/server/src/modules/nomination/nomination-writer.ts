import { In, type EntityManager } from "typeorm";
import type { Clock } from "../../common/clock";
import { newId } from "../../common/secrets";
import type { MailService } from "../mail/mail.service";
import { nominationEmails } from "./nomination-emails";
import type { SmartAccountEntity } from "../smart-account/smart-account.entity";
import { UserEntity } from "../user/user.entity";
import { NominationEntity, type NominationKind } from "./nomination.entity";

/**
 * Every write of a nomination outside the nominee's own decisions: created with a request or a
 * forward, sent at activation, closed with the account. The lifecycle calls it; so does the
 * nomination service.
 */
export class NominationWriter {
  constructor(
    private readonly clock: Clock,
    private readonly mail: MailService,
  ) {}

  /** Pending nominations of the emails, created once each; sent now or when the account is active. */
  async nominate(
    em: EntityManager,
    account: SmartAccountEntity,
    kind: NominationKind,
    emails: string[],
    by: UserEntity,
    sendNow: boolean,
    message: string | null = null,
  ): Promise<NominationEntity[]> {
    const created: NominationEntity[] = [];
    for (const email of [...new Set(emails)]) {
      const already = await em.existsBy(NominationEntity, {
        smartAccountId: account.id,
        kind,
        email,
        status: "PENDING",
      });
      if (already) continue;
      const nomination: NominationEntity = {
        id: newId(),
        smartAccountId: account.id,
        kind,
        email,
        status: "PENDING",
        nominatedById: by.id,
        message,
        sentAt: null,
        expiresAt: null,
        decidedAt: null,
        createdAt: this.clock.now(),
      };
      await em.insert(NominationEntity, nomination);
      if (sendNow) await this.send(em, account, nomination, by.name);
      created.push(nomination);
    }
    return created;
  }

  /** At activation: the pending administrator and user nominations are sent. */
  async sendPending(em: EntityManager, account: SmartAccountEntity, fallback: string) {
    const pending = await em.find(NominationEntity, {
      where: { smartAccountId: account.id, kind: In(["ADMINISTRATOR", "USER"]), status: "PENDING" },
    });
    for (const nomination of pending) {
      await this.send(em, account, nomination, fallback);
    }
  }

  /**
   * Nominations expire with the account's lapse date, or after 30 days on an ACTIVE account. The
   * email names whoever nominated (not whoever activated or resends); `fallback` names the sender
   * only when the nominator is gone.
   */
  async send(
    em: EntityManager,
    account: SmartAccountEntity,
    nomination: NominationEntity,
    fallback: string,
  ): Promise<void> {
    const nominator = nomination.nominatedById
      ? await em.findOne(UserEntity, {
          where: { id: nomination.nominatedById },
          select: { id: true, name: true },
        })
      : null;
    const by = nominator?.name ?? fallback;
    const now = this.clock.now();
    const expiresAt =
      account.status === "ACTIVE"
        ? new Date(now.getTime() + 30 * 24 * 60 * 60 * 1000)
        : account.lapseAt;
    await em.update(NominationEntity, { id: nomination.id }, { sentAt: now, expiresAt });
    // The payload that returns it must show it as sent.
    Object.assign(nomination, { sentAt: now, expiresAt });
    const registered = await em.existsBy(UserEntity, { email: nomination.email });
    const url = registered
      ? this.mail.link("/nominations")
      : this.mail.link(
          `/register?email=${encodeURIComponent(nomination.email)}&next=%2Fnominations`,
        );
    await this.mail.enqueue(
      em,
      nomination.email,
      nominationEmails.nomination(
        nomination.kind,
        account,
        by,
        url,
        registered,
        nomination.message,
      ),
    );
  }

  /** When the account ends (cancelled: WITHDRAWN, lapsed: EXPIRED), its pending nominations end too. */
  async closePending(
    em: EntityManager,
    smartAccountId: string,
    status: "WITHDRAWN" | "EXPIRED",
  ): Promise<void> {
    await em.update(
      NominationEntity,
      { smartAccountId, status: "PENDING" },
      { status, decidedAt: this.clock.now() },
    );
  }

  /** The records of forwards: accepted by whoever of them decided, withdrawn for the rest. */
  async settleForwards(em: EntityManager, smartAccountId: string, decidedBy: string | null) {
    const now = this.clock.now();
    const open = await em.find(NominationEntity, {
      where: { smartAccountId, kind: "APPROVER", status: "PENDING" },
    });
    for (const nomination of open) {
      await em.update(
        NominationEntity,
        { id: nomination.id },
        { status: nomination.email === decidedBy ? "ACCEPTED" : "WITHDRAWN", decidedAt: now },
      );
    }
  }
}
