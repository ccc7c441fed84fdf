import type { EntityManager } from "typeorm";
import type { Clock } from "../../common/clock";
import { NotAllowedError, NotFoundError, StateConflictError } from "../../common/errors";
import { newId } from "../../common/secrets";
import type { MailService } from "../mail/mail.service";
import { actionTokens } from "../user/action-tokens";
import { UserEntity } from "../user/user.entity";
import { accountEmails } from "./account-emails";
import { ApproverEntity } from "./approver.entity";
import { SmartAccountEntity } from "./smart-account.entity";

/**
 * The approver set of a pending account and the emailed links into its Pending Request page.
 * A link is spent by a decision or a forward (not by opening it) and expires with the lapse date.
 */
export class ApprovalLinks {
  constructor(
    private readonly clock: Clock,
    private readonly mail: MailService,
  ) {}

  async addApprovers(em: EntityManager, accountId: string, emails: string[]): Promise<void> {
    const now = this.clock.now();
    const existing = await em.find(ApproverEntity, { where: { smartAccountId: accountId } });
    let position = existing.length;
    for (const email of emails) {
      const row = existing.find((r) => r.email === email);
      if (row && row.active) continue;
      if (row) {
        await em.update(
          ApproverEntity,
          { id: row.id },
          { active: true, addedAt: now, removedAt: null },
        );
      } else {
        await em.insert(ApproverEntity, {
          id: newId(),
          smartAccountId: accountId,
          email,
          active: true,
          position: position++,
          addedAt: now,
          removedAt: null,
        });
      }
    }
  }

  async removeApprover(em: EntityManager, accountId: string, email: string): Promise<void> {
    await em.update(
      ApproverEntity,
      { smartAccountId: accountId, email, active: true },
      { active: false, removedAt: this.clock.now() },
    );
  }

  activeApprovers(em: EntityManager, accountId: string): Promise<string[]> {
    return em
      .find(ApproverEntity, {
        where: { smartAccountId: accountId, active: true },
        order: { addedAt: "ASC" },
      })
      .then((rows) => rows.map((r) => r.email));
  }

  /** Emails each given approver a fresh link; the request email or, after a forward, its own. */
  /** Every active approver of a PENDING_CUSTOMER_ACCEPTANCE account gets the request with a link. */
  async sendRequest(
    em: EntityManager,
    account: SmartAccountEntity,
    only?: string[],
  ): Promise<void> {
    const requester = await em.findOne(UserEntity, {
      where: { id: account.requesterId },
      select: { id: true, name: true, email: true },
    });
    const to = only ?? (await this.activeApprovers(em, account.id));
    await this.send(em, account, to, (url, email) =>
      // A requester who authorizes their own request is not told that they ask themselves.
      requester && email === requester.email
        ? accountEmails.approvalRequestOwn(account, url)
        : accountEmails.approvalRequest(
            account,
            requester?.name ?? "Someone",
            account.messageToApprovers,
            url,
          ),
    );
  }

  async send(
    em: EntityManager,
    account: SmartAccountEntity,
    emails: string[],
    content: (url: string, email: string) => ReturnType<typeof accountEmails.approvalRequest>,
  ): Promise<void> {
    const now = this.clock.now();
    for (const email of emails) {
      const secret = await actionTokens.issueForEmail(em, {
        purpose: "APPROVE_ACCOUNT",
        subjectId: account.id,
        email,
        expiresAt: account.lapseAt ?? now,
        now,
      });
      await this.mail.enqueue(
        em,
        email,
        content(this.mail.link(`/pending-requests/${account.id}?token=${secret}`), email),
      );
    }
  }

  /** Spends the account's unspent links: all of them, or only those sent to one email. */
  async spend(em: EntityManager, accountId: string, email?: string): Promise<void> {
    await actionTokens.spendForSubject(em, {
      purpose: "APPROVE_ACCOUNT",
      subjectId: accountId,
      email,
      now: this.clock.now(),
    });
  }

  /** Where an emailed link leads, for the signed-in person following it. */
  async follow(em: EntityManager, secret: string, user: UserEntity): Promise<string> {
    const token = await actionTokens.find(em, "APPROVE_ACCOUNT", secret);
    if (!token?.subjectId || !token.email)
      throw new NotFoundError("This approval link is not valid.");
    if (!user.emailVerifiedAt || user.email !== token.email) {
      throw new NotAllowedError(
        "This link was sent to another email address: sign in with that address (or register and verify it) to use it.",
      );
    }
    if (token.usedAt) {
      // Links are spent by a decision or forward, and also when the request ends: say which.
      const account = await em.findOne(SmartAccountEntity, {
        where: { id: token.subjectId },
        select: { id: true, status: true },
      });
      if (account?.status === "LAPSED") {
        throw new StateConflictError(
          "This request lapsed: it was not approved by its lapse date. A new request can be made.",
        );
      }
      if (account?.status === "CANCELLED") {
        throw new StateConflictError("This request was cancelled by its requester.");
      }
      throw new StateConflictError(
        "This link was already used: the request was decided or forwarded.",
      );
    }
    if (token.expiresAt <= this.clock.now()) throw new StateConflictError("This link has expired.");
    return token.subjectId;
  }
}
