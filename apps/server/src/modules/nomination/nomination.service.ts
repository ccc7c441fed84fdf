import type { EntityManager } from "typeorm";
import type { Clock } from "../../common/clock";
import { normaliseEmail } from "../../common/email-address";
import {
  InvalidInputError,
  NotAllowedError,
  NotFoundError,
  StateConflictError,
} from "../../common/errors";
import {
  checkPageSize,
  decodeCursor,
  keysetPage,
  type KeysetKey,
  toConnection,
  type Connection,
} from "../../common/pagination";
import { transitionFrom } from "../../common/transition";
import type { Db } from "../../db/data-source";
import { actorOf, type AccountEvent, type AccountWriter } from "../smart-account/account-writer";
import type { ApprovalLinks } from "../smart-account/approval-links";
import { SmartAccountEntity } from "../smart-account/smart-account.entity";
import { assertStatus } from "../smart-account/smart-account.states";
import { UserEntity } from "../user/user.entity";
import type { RateLimiter } from "../../common/rate-limiter";
import type { AccountAccess } from "../role/account-access";
import type { RoleService } from "../role/role.service";
import { maySee } from "../policy/account-policy";
import { RESEND_PER_NOMINATION, sendingChecks, whileCounted } from "../user/email-limits";
import type { MailService } from "../mail/mail.service";
import type { ClientInfo } from "../user/session.service";
import { nominationEmails } from "./nomination-emails";
import { NominationEntity, type NominationStatus } from "./nomination.entity";
import { NominationWriter } from "./nomination-writer";
import { creatorRefusal } from "./nominee-rules";

const NEWEST_FIRST: ReadonlyArray<KeysetKey<NominationEntity>> = [
  { column: "n.createdAt", order: "DESC", date: true, of: (n) => n.createdAt },
  { column: "n.id", order: "DESC", of: (n) => n.id },
];

/** Nominations as their nominees see them: listed, accepted, rejected; and creators nominated. */
export class NominationService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly writer: AccountWriter,
    private readonly links: ApprovalLinks,
    private readonly roles: RoleService,
    private readonly writes: NominationWriter,
    private readonly access: AccountAccess,
    private readonly limiter: RateLimiter,
    private readonly mail: MailService,
  ) {}

  /** Nominations sent to the user's verified email, newest first. */
  mine(
    user: UserEntity,
    first: number,
    after: string | null,
  ): Promise<Connection<NominationEntity>> {
    checkPageSize(first);
    const cursor = after ? decodeCursor(after, NEWEST_FIRST.length) : null;
    if (!user.emailVerifiedAt) {
      return Promise.resolve(toConnection<NominationEntity>([], first, 0, () => "", false));
    }
    return this.db.read((em) => {
      const sent = () =>
        em
          .createQueryBuilder(NominationEntity, "n")
          .where("n.email = :email AND n.sentAt IS NOT NULL", { email: user.email });
      return keysetPage(sent(), NEWEST_FIRST, cursor, first, () => sent().getCount());
    });
  }

  /** An account's nominations, newest first, for its administrators and approvers. */
  forAccount(
    user: UserEntity,
    smartAccountId: string,
    first: number,
    after: string | null,
  ): Promise<Connection<NominationEntity>> {
    checkPageSize(first);
    const cursor = after ? decodeCursor(after, NEWEST_FIRST.length) : null;
    return this.db.read(async (em) => {
      await this.access.require(em, smartAccountId, user, "READ_NOMINATIONS");
      const ofAccount = () =>
        em
          .createQueryBuilder(NominationEntity, "n")
          .where("n.smartAccountId = :smartAccountId", { smartAccountId });
      return keysetPage(ofAccount(), NEWEST_FIRST, cursor, first, () => ofAccount().getCount());
    });
  }

  async nominateCreators(
    user: UserEntity,
    smartAccountId: string,
    rawEmails: string[],
    client: ClientInfo,
  ): Promise<NominationEntity[]> {
    if (!user.emailVerifiedAt) throw new NotAllowedError("Verify your email address first.");
    const emails = [...new Set(rawEmails.map(normaliseEmail))];
    if (emails.length === 0)
      throw new InvalidInputError("emails", "Give at least one email to nominate.");
    const checks = sendingChecks("nominateCreators", user, client, { nomination: emails });
    return whileCounted(this.limiter, checks, () =>
      this.db.transaction(async (em) => {
        // Anyone who may find the account may nominate creators (seed 000), a partner requesting
        // for the customer included: the rule on the nominees is what keeps the account safe.
        const account = await this.access.findable(em, smartAccountId, user);
        assertStatus(
          account.status,
          ["PENDING_CUSTOMER_ACCEPTANCE", "DECLINED_BY_CUSTOMER"],
          "nominate creators",
        );
        // Accepting makes the nominee an approver, who may activate the account and administer
        // it: only people of the company that holds the domain may be nominated.
        for (const email of emails) {
          const refusal = creatorRefusal(email, account.topLevelDomain);
          if (refusal) throw new InvalidInputError("emails", refusal);
        }
        const created = await this.writes.nominate(em, account, "CREATOR", emails, user, true);
        await this.writer.note(em, account, {
          type: "CREATORS_NOMINATED",
          actor: actorOf(user),
          detail: `Nominated as additional creators: ${emails.join(", ")}.`,
        });
        await this.tellApproversAndRequester(em, account, user, emails);
        return created;
      }),
    );
  }

  /** The account's approvers and requester learn of every creator nomination, once each. */
  private async tellApproversAndRequester(
    em: EntityManager,
    account: SmartAccountEntity,
    by: UserEntity,
    emails: string[],
  ): Promise<void> {
    const requester = await em.findOne(UserEntity, {
      where: { id: account.requesterId },
      select: { email: true },
    });
    const approvers = await this.links.activeApprovers(em, account.id);
    const told = new Set([...approvers, ...(requester ? [requester.email] : [])]);
    for (const email of told) {
      if (email === by.email) continue;
      await this.mail.enqueue(
        em,
        email,
        nominationEmails.creatorsNominated(account, by.name, emails, this.mail.link("/requests")),
      );
    }
  }

  /** Emails a pending nomination again: by whoever nominated, or an administrator of the account. */
  async resend(
    user: UserEntity,
    nominationId: string,
    client: ClientInfo,
  ): Promise<NominationEntity> {
    const nominee = await this.db.read(async (em) => {
      const nomination = await this.resendable(em, user, nominationId);
      return nomination.email;
    });
    const checks = [
      { rule: RESEND_PER_NOMINATION, subject: nominationId },
      ...sendingChecks("resendNomination", user, client, { nomination: [nominee] }),
    ];
    return whileCounted(this.limiter, checks, () =>
      this.db.transaction(async (em) => {
        const nomination = await this.resendable(em, user, nominationId);
        const account = await em.findOneByOrFail(SmartAccountEntity, {
          id: nomination.smartAccountId,
        });
        await this.writes.send(em, account, nomination, user.name);
        await this.writer.note(em, account, {
          type: "NOMINATION_RESENT",
          actor: actorOf(user),
          detail: `${nomination.kind} nomination of ${nomination.email} sent again.`,
        });
        return nomination;
      }),
    );
  }

  /** A pending, sent nomination that the user nominated, or administers the account of. */
  private async resendable(
    em: EntityManager,
    user: UserEntity,
    nominationId: string,
  ): Promise<NominationEntity> {
    const nomination = await em.findOneBy(NominationEntity, { id: nominationId });
    if (!nomination) throw new NotFoundError("No such nomination.");
    const account = await em.findOneByOrFail(SmartAccountEntity, {
      id: nomination.smartAccountId,
    });
    const isNominator = nomination.nominatedById === user.id;
    const relation = await this.access.relation(em, account, user);
    if (!isNominator && !relation.roles.includes("ADMINISTRATOR")) {
      if (maySee(account, relation)) {
        throw new NotAllowedError(
          "Only whoever nominated, or an administrator, may resend a nomination.",
        );
      }
      throw new NotFoundError("No such nomination.");
    }
    if (nomination.status !== "PENDING" || !nomination.sentAt || nomination.kind === "APPROVER") {
      throw new StateConflictError("Only a pending nomination that was sent can be sent again.");
    }
    return nomination;
  }

  async decide(user: UserEntity, nominationId: string, accept: boolean): Promise<NominationEntity> {
    return this.db.transaction(async (em) => {
      const nomination = await em.findOneBy(NominationEntity, { id: nominationId });
      if (
        !nomination ||
        !nomination.sentAt ||
        !user.emailVerifiedAt ||
        nomination.email !== user.email
      ) {
        throw new NotFoundError("No such nomination.");
      }
      const now = this.clock.now();
      if (nomination.kind === "APPROVER") {
        throw new StateConflictError("A forward is decided on the Pending Request page, not here.");
      }
      if (nomination.status !== "PENDING")
        throw new StateConflictError(
          `This nomination is already ${nomination.status.toLowerCase()}.`,
        );
      if (nomination.expiresAt && nomination.expiresAt <= now) {
        await em.update(
          NominationEntity,
          { id: nomination.id },
          { status: "EXPIRED", decidedAt: now },
        );
        throw new StateConflictError("This nomination has expired.");
      }
      const account = await em.findOneByOrFail(SmartAccountEntity, {
        id: nomination.smartAccountId,
      });
      const status: NominationStatus = accept ? "ACCEPTED" : "REJECTED";
      await transitionFrom(
        em,
        NominationEntity,
        nomination,
        "PENDING",
        { status, decidedAt: now },
        "This nomination was just decided.",
      );
      const event: AccountEvent = {
        type: accept ? "NOMINATION_ACCEPTED" : "NOMINATION_REJECTED",
        actor: actorOf(user),
        detail: `${nomination.kind} nomination of ${nomination.email}.`,
      };
      if (!accept) {
        await this.writer.note(em, account, event);
        return nomination;
      }
      if (nomination.kind === "CREATOR") {
        assertStatus(
          account.status,
          ["PENDING_CUSTOMER_ACCEPTANCE", "DECLINED_BY_CUSTOMER"],
          "accept this nomination",
        );
        await this.links.addApprovers(em, account.id, [user.email]);
        if (account.status === "DECLINED_BY_CUSTOMER") {
          await this.writer.change(
            em,
            account,
            event,
            { declineReason: null },
            "PENDING_CUSTOMER_ACCEPTANCE",
          );
        } else {
          await this.writer.note(em, account, event);
        }
        // The new approver gets the request with a link of their own, like every approver.
        await this.links.sendRequest(em, account, [user.email]);
      } else {
        assertStatus(account.status, ["ACTIVE"], "accept this nomination");
        await this.roles.grantOnAccount(em, account.id, user.email, user.id, nomination.kind);
        await this.writer.note(em, account, event);
      }
      return nomination;
    });
  }
}
