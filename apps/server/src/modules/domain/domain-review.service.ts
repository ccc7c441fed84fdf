import { In, type EntityManager } from "typeorm";
import type { Clock } from "../../common/clock";
import { InvalidInputError, NotFoundError, StateConflictError } from "../../common/errors";
import {
  checkPageSize,
  decodeCursor,
  keysetPage,
  type KeysetKey,
  type Connection,
} from "../../common/pagination";
import { transitionFrom } from "../../common/transition";
import type { Db } from "../../db/data-source";
import { isUniqueViolation } from "../../db/errors";
import type { MailService } from "../mail/mail.service";
import { domainEmails } from "./domain-emails";
import { actorOf, type AccountEvent, type AccountWriter } from "../smart-account/account-writer";
import { accountFor } from "../policy/account-policy";
import type { ApprovalLinks } from "../smart-account/approval-links";
import { SmartAccountEntity } from "../smart-account/smart-account.entity";
import { IdentifierConflictError } from "../smart-account/smart-account.errors";
import { assertStatus } from "../smart-account/smart-account.states";
import { UserEntity } from "../user/user.entity";
import { newId, newSecret } from "../../common/secrets";
import { parseIdentifier, parsePhone, type ReviewReason } from "./domain-identifier";
import { DomainReviewEntity, type DomainStatus } from "./domain-review.entity";
import {
  flowOfChannel,
  heldRefusal,
  identifierHolder,
  identifierReviewReasons,
  ownDomainRefusal,
  refusalError,
} from "./identifier-rules";

/** Looks up TXT records; injected so tests use a fake and production uses node:dns. */
export type TxtResolver = (name: string) => Promise<string[][]>;

export const CHALLENGE_PREFIX = "_smart-account-challenge";
export const challengeRecord = (review: Pick<DomainReviewEntity, "dnsChallenge">) =>
  `smart-account-verification=${review.dnsChallenge}`;

const OLDEST_FIRST: ReadonlyArray<KeysetKey<DomainReviewEntity>> = [
  { column: "d.createdAt", order: "ASC", date: true, of: (d) => d.createdAt },
  { column: "d.id", order: "ASC", of: (d) => d.id },
];

/** Domain approvers' queue, their decisions, the requester's resubmission and the DNS challenge. */
export class DomainReviewService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly writer: AccountWriter,
    private readonly links: ApprovalLinks,
    private readonly resolveTxt: TxtResolver,
  ) {}

  /** A review of the account's identifier, and the staff told about it. */
  async open(
    em: EntityManager,
    account: SmartAccountEntity,
    identifier: string,
    reasons: ReviewReason[],
    phone: string,
    note: string | null,
  ): Promise<DomainReviewEntity> {
    const review: DomainReviewEntity = {
      id: newId(),
      smartAccountId: account.id,
      identifier,
      status: "PENDING_APPROVAL",
      reasons: reasons.join(","),
      contactPhone: phone,
      note,
      dnsChallenge: newSecret().slice(0, 32),
      decidedById: null,
      decidedAt: null,
      decisionReason: null,
      createdAt: this.clock.now(),
    };
    await em.insert(DomainReviewEntity, review);
    const staff = await em.find(UserEntity, { where: { isStaff: true }, select: { email: true } });
    for (const member of staff) {
      await this.mail.enqueue(
        em,
        member.email,
        domainEmails.domainReviewRequest(
          account,
          identifier,
          phone,
          reasons.join(", "),
          this.mail.link("/domain-approvals"),
        ),
      );
    }
    return review;
  }

  /** Staff's queue, oldest first, paged by (createdAt, id). */
  queue(
    status: DomainStatus,
    first: number,
    after: string | null,
  ): Promise<Connection<DomainReviewEntity>> {
    checkPageSize(first);
    const cursor = after ? decodeCursor(after, OLDEST_FIRST.length) : null;
    return this.db.read((em) =>
      keysetPage(
        em.createQueryBuilder(DomainReviewEntity, "d").where("d.status = :status", { status }),
        OLDEST_FIRST,
        cursor,
        first,
        () => em.count(DomainReviewEntity, { where: { status } }),
      ),
    );
  }

  approve(staff: UserEntity, domainId: string): Promise<DomainReviewEntity> {
    return this.db.transaction((em) =>
      this.decide(em, domainId, staff, true, "Approved by a domain approver."),
    );
  }

  reject(staff: UserEntity, domainId: string, reason: string): Promise<DomainReviewEntity> {
    return this.db.transaction((em) => this.decide(em, domainId, staff, false, reason.trim()));
  }

  /** Looks for the TXT record; when found, the identifier is approved without staff. */
  async verifyChallenge(
    user: UserEntity,
    domainId: string,
  ): Promise<{ verified: boolean; review: DomainReviewEntity }> {
    const review = await this.db.read(async (em) => {
      const found = await em.findOneBy(DomainReviewEntity, { id: domainId });
      if (!found) throw new NotFoundError("No such domain review.");
      await accountFor(em, found.smartAccountId, user, "ACT_AS_REQUESTER");
      return found;
    });
    if (review.status !== "PENDING_APPROVAL")
      throw new StateConflictError("This identifier was already decided.");
    const name = `${CHALLENGE_PREFIX}.${review.identifier}`;
    const records = await this.resolveTxt(name).catch(() => [] as string[][]);
    if (!records.some((chunks) => chunks.join("") === challengeRecord(review))) {
      return { verified: false, review };
    }
    const decided = await this.db.transaction((em) =>
      this.decide(em, domainId, null, true, `The DNS TXT record ${name} was found.`),
    );
    return { verified: true, review: decided };
  }

  async resubmit(
    user: UserEntity,
    smartAccountId: string,
    rawIdentifier: string,
    rawPhone: string,
  ): Promise<SmartAccountEntity> {
    const parsed = parseIdentifier(rawIdentifier);
    if (!parsed.ok) throw new InvalidInputError("domainIdentifier", parsed.message);
    const phone = parsePhone(rawPhone);
    if (!phone) {
      throw new InvalidInputError(
        "contactPhone",
        "Enter the phone number in international form, such as +1 949 555 0100.",
      );
    }
    try {
      return await this.db.transaction(async (em) => {
        const account = await accountFor(em, smartAccountId, user, "ACT_AS_REQUESTER");
        assertStatus(account.status, ["PENDING_DOMAIN_APPROVAL"], "change the identifier");
        const latest = await em.findOne(DomainReviewEntity, {
          where: { smartAccountId: account.id },
          order: { createdAt: "DESC" },
        });
        if (latest?.status !== "REJECTED") {
          throw new StateConflictError("The identifier can be changed only after it was rejected.");
        }
        // The rules of the request it resubmits: the partner's own domain, a held identifier.
        const ownDomain = ownDomainRefusal(user, parsed.value, flowOfChannel(account.channel));
        if (ownDomain) throw refusalError(ownDomain);
        const taken = await identifierHolder(em, parsed.value, account.id);
        if (taken) throw refusalError(heldRefusal(parsed.value, taken, false));
        const [firstApprover] = await this.links.activeApprovers(em, account.id);
        const reasons = await identifierReviewReasons(
          em,
          parsed.value,
          firstApprover ?? null,
          account.id,
        );
        const event: AccountEvent = {
          type: "DOMAIN_RESUBMITTED",
          actor: actorOf(user),
          detail: `Resubmitted with the identifier ${parsed.value.identifier}.`,
        };
        const patch = {
          domainIdentifier: parsed.value.identifier,
          topLevelDomain: parsed.value.topLevelDomain,
        };
        if (reasons.length) {
          await this.writer.change(em, account, event, patch);
          await this.open(
            em,
            account,
            parsed.value.identifier,
            reasons,
            phone,
            account.noteToDomainApprover,
          );
        } else {
          await this.toApprovers(em, account, event, patch);
        }
        return account;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new IdentifierConflictError("That identifier was just taken by another account.", []);
      }
      throw error;
    }
  }

  private async decide(
    em: EntityManager,
    domainId: string,
    staff: UserEntity | null,
    approved: boolean,
    reason: string,
  ): Promise<DomainReviewEntity> {
    const review = await em.findOneBy(DomainReviewEntity, { id: domainId });
    if (!review) throw new NotFoundError("No such domain review.");
    const account = await em.findOneByOrFail(SmartAccountEntity, { id: review.smartAccountId });
    if (
      account.status !== "PENDING_DOMAIN_APPROVAL" ||
      account.domainIdentifier !== review.identifier
    ) {
      throw new StateConflictError("This request no longer waits for this identifier.");
    }
    const now = this.clock.now();
    const status: DomainStatus = approved ? "APPROVED" : "REJECTED";
    await transitionFrom(
      em,
      DomainReviewEntity,
      review,
      "PENDING_APPROVAL",
      { status, decidedById: staff?.id ?? null, decidedAt: now, decisionReason: reason },
      "This identifier was already decided.",
    );
    const actor = staff ? actorOf(staff) : null;
    if (approved) {
      await this.toApprovers(em, account, { type: "DOMAIN_APPROVED", actor, detail: reason });
    } else {
      await this.writer.change(em, account, { type: "DOMAIN_REJECTED", actor, detail: reason });
    }
    const requester = await em.findOneByOrFail(UserEntity, { id: account.requesterId });
    await this.mail.enqueue(
      em,
      requester.email,
      domainEmails.domainDecided(
        account,
        review.identifier,
        approved,
        approved ? null : reason,
        this.mail.link("/requests"),
      ),
    );
    return review;
  }

  /** The identifier is settled: the approvers are asked (PENDING_CUSTOMER_ACCEPTANCE). */
  private async toApprovers(
    em: EntityManager,
    account: SmartAccountEntity,
    event: AccountEvent,
    patch: Partial<SmartAccountEntity> = {},
  ): Promise<void> {
    await this.writer.change(em, account, event, patch, "PENDING_CUSTOMER_ACCEPTANCE");
    await this.links.sendRequest(em, account);
  }

  latestFor(accountIds: readonly string[]): Promise<DomainReviewEntity[]> {
    if (accountIds.length === 0) return Promise.resolve([]);
    return this.db.read((em) =>
      em.find(DomainReviewEntity, {
        where: { smartAccountId: In([...accountIds]) },
        order: { createdAt: "DESC" },
      }),
    );
  }
}
