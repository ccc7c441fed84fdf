import type { EntityManager } from "typeorm";
import type { Clock } from "../../common/clock";
import { normaliseEmail } from "../../common/email-address";
import { InvalidInputError, NotFoundError } from "../../common/errors";
import { assertMay, loadRelation, type AccountOperation } from "../policy/account-policy";
import type { Db } from "../../db/data-source";
import { isUniqueViolation } from "../../db/errors";
import { sendingChecks, whileCounted } from "../mail/email-limits";
import type { MailService } from "../mail/mail.service";
import { NominationEntity } from "../nomination/nomination.entity";
import type { RateLimiter } from "../../common/rate-limiter";
import type { ClientInfo } from "../user/session.service";
import { UserEntity } from "../user/user.entity";
import { accountEmails } from "./account-emails";
import type { AccountWriter } from "./account-writer";
import type { ApprovalLinks } from "./approval-links";
import { hasCompleteAddress, SmartAccountEntity } from "./smart-account.entity";
import { IdentifierConflictError } from "./smart-account.errors";
import { companyPatch, SmartAccountService, type Company } from "./smart-account.service";
import { assertStatus } from "./smart-account.states";
import { hasNonLatinLabel } from "../domain/domain-identifier";
import { isConfusableWithExisting } from "../domain/look-alikes";

export type IdentifierChoice = "REQUESTED" | "APPROVER_EMAIL_HOST";

export type ApproveData = {
  smartAccountId: string;
  acceptTerms: boolean;
  name?: string | null;
  identifierChoice?: IdentifierChoice | null;
  company?: Company | null;
};

/** The approvers' side: the Pending Request page's decisions, and the address that may follow. */
export class ApprovalService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly writer: AccountWriter,
    private readonly links: ApprovalLinks,
    private readonly accounts: SmartAccountService,
    private readonly limiter: RateLimiter,
  ) {}

  /** The account behind an emailed link, for the approver it was sent to. */
  followLink(user: UserEntity, token: string): Promise<SmartAccountEntity> {
    return this.db.read(async (em) => {
      const id = await this.links.follow(em, token, user);
      return this.accounts.visibleAccount(em, id, user);
    });
  }

  async approve(user: UserEntity, data: ApproveData): Promise<SmartAccountEntity> {
    if (data.acceptTerms !== true) {
      throw new InvalidInputError(
        "acceptTerms",
        "Accept the approver's terms to approve the account.",
      );
    }
    try {
      return await this.db.transaction(async (em) => {
        const account = await this.approverAccount(em, data.smartAccountId, user);
        assertStatus(account.status, ["PENDING_CUSTOMER_ACCEPTANCE"], "approve it");
        const patch: Partial<SmartAccountEntity> = { approvedById: user.id };
        if (data.name?.trim()) {
          patch.name = data.name.trim();
          patch.nameKey = data.name.trim().replace(/\s+/g, " ").toLowerCase();
        }
        if (data.identifierChoice === "APPROVER_EMAIL_HOST") {
          const own = SmartAccountService.approverIdentifier(user.email);
          if (!own) {
            throw new InvalidInputError(
              "identifierChoice",
              "Your email host cannot be an account identifier (it is a consumer mail domain).",
            );
          }
          if (own.identifier !== account.domainIdentifier) {
            // The approver's own host skips review only when a review would find nothing.
            if (
              hasNonLatinLabel(own.identifier) ||
              (await isConfusableWithExisting(em, own.identifier, account.id))
            ) {
              throw new InvalidInputError(
                "identifierChoice",
                `Your email host ${own.identifier} looks like another account's identifier or is not in Latin script: keep the requested identifier, or request an account for it so a domain approver can review it.`,
              );
            }
            const holder = await em.findOneBy(SmartAccountEntity, {
              liveIdentifier: own.identifier,
            });
            if (holder) {
              throw new IdentifierConflictError(
                `The identifier ${own.identifier} is already held by another account.`,
                [],
              );
            }
            patch.domainIdentifier = own.identifier;
            patch.topLevelDomain = own.topLevelDomain;
          }
        }
        if (data.company) {
          Object.assign(patch, companyPatch(data.company));
        }
        const complete = hasCompleteAddress({ ...account, ...patch } as SmartAccountEntity);
        const others = (await this.links.activeApprovers(em, account.id)).filter(
          (e) => e !== user.email,
        );
        await this.writer.change(
          em,
          account,
          {
            type: "APPROVED",
            actor: this.accounts.actor(user),
            detail: `Approved with the approver's terms accepted${complete ? "" : "; waiting for the company address"}.`,
          },
          patch,
          complete ? "ACTIVE" : "PENDING_CUSTOMER_ADDRESS",
        );
        if (complete) await this.accounts.activate(em, account, user);
        await this.settleForwards(em, account.id, user.email);
        await this.links.spend(em, account.id);
        await this.tell(em, account, [await this.requesterEmail(em, account), ...others], (url) =>
          accountEmails.accountApproved(account, user.name, url),
        );
        return account;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new IdentifierConflictError("That identifier was just taken by another account.", []);
      }
      throw error;
    }
  }

  async deny(
    user: UserEntity,
    smartAccountId: string,
    reason: string,
  ): Promise<SmartAccountEntity> {
    return this.db.transaction(async (em) => {
      const account = await this.approverAccount(em, smartAccountId, user);
      assertStatus(account.status, ["PENDING_CUSTOMER_ACCEPTANCE"], "deny it");
      await this.writer.change(
        em,
        account,
        { type: "DENIED", actor: this.accounts.actor(user), detail: reason },
        { declineReason: reason.trim() },
        "DECLINED_BY_CUSTOMER",
      );
      await this.settleForwards(em, account.id, null);
      await this.links.spend(em, account.id);
      await this.tell(em, account, [await this.requesterEmail(em, account)], (url) =>
        accountEmails.accountDenied(account, user.name, reason.trim(), url),
      );
      return account;
    });
  }

  async forward(
    user: UserEntity,
    smartAccountId: string,
    rawEmail: string,
    message: string | null,
    client: ClientInfo,
  ): Promise<SmartAccountEntity> {
    const email = normaliseEmail(rawEmail);
    if (email === user.email) {
      throw new InvalidInputError("email", "Forward the request to someone else.");
    }
    const checks = sendingChecks("forward", user, client, { approvalRequest: [email] });
    return whileCounted(this.limiter, checks, () =>
      this.db.transaction(async (em) => {
        const account = await this.approverAccount(em, smartAccountId, user);
        assertStatus(account.status, ["PENDING_CUSTOMER_ACCEPTANCE"], "forward it");
        await this.writer.change(em, account, {
          type: "FORWARDED",
          actor: this.accounts.actor(user),
          detail: `Forwarded to ${email}.${message ? ` Message: ${message}` : ""}`,
        });
        await this.links.removeApprover(em, account.id, user.email);
        await this.links.spend(em, account.id, user.email);
        await this.links.addApprovers(em, account.id, [email]);
        await this.accounts.nominate(em, account, "APPROVER", [email], user, false, message);
        await this.links.send(em, account, [email], (url) =>
          accountEmails.forwarded(account, user.name, message, url),
        );
        await this.tell(em, account, [await this.requesterEmail(em, account)], (url) =>
          accountEmails.forwardNotice(account, user.name, email, url),
        );
        return account;
      }),
    );
  }

  async provideCompanyAddress(user: UserEntity, smartAccountId: string, company: Company) {
    return this.db.transaction(async (em) => {
      const account = await this.require(em, smartAccountId, user, "PROVIDE_COMPANY_ADDRESS");
      assertStatus(account.status, ["PENDING_CUSTOMER_ADDRESS"], "give the company address");
      await this.writer.change(
        em,
        account,
        { type: "ADDRESS_PROVIDED", actor: this.accounts.actor(user) },
        companyPatch(company),
        "ACTIVE",
      );
      const approver =
        (account.approvedById && (await em.findOneBy(UserEntity, { id: account.approvedById }))) ||
        user;
      await this.accounts.activate(em, account, approver);
      await this.tell(em, account, [await this.requesterEmail(em, account)], (url) =>
        accountEmails.accountApproved(account, approver.name, url),
      );
      return account;
    });
  }

  /** An account the user is a current approver of; FORBIDDEN if they only see it. */
  private approverAccount(em: EntityManager, id: string, user: UserEntity) {
    return this.require(em, id, user, "DECIDE_APPROVAL");
  }

  /** The account, for a caller the account policy lets do the operation. */
  private async require(em: EntityManager, id: string, user: UserEntity, op: AccountOperation) {
    const account = await em.findOneBy(SmartAccountEntity, { id });
    if (!account) throw new NotFoundError("No such Smart Account.");
    assertMay(account, await loadRelation(em, account, user), op);
    return account;
  }

  /** The records of forwards: accepted by whoever of them decided, withdrawn for the rest. */
  private async settleForwards(em: EntityManager, accountId: string, decidedBy: string | null) {
    const now = this.clock.now();
    const open = await em.find(NominationEntity, {
      where: { smartAccountId: accountId, kind: "APPROVER", status: "PENDING" },
    });
    for (const nomination of open) {
      await em.update(
        NominationEntity,
        { id: nomination.id },
        { status: nomination.email === decidedBy ? "ACCEPTED" : "WITHDRAWN", decidedAt: now },
      );
    }
  }

  private async requesterEmail(em: EntityManager, account: SmartAccountEntity): Promise<string> {
    const requester = await em.findOneByOrFail(UserEntity, { id: account.requesterId });
    return requester.email;
  }

  private async tell(
    em: EntityManager,
    account: SmartAccountEntity,
    emails: string[],
    content: (url: string) => ReturnType<typeof accountEmails.accountApproved>,
  ) {
    for (const email of new Set(emails)) {
      await this.mail.enqueue(em, email, content(this.mail.link(`/smart-accounts/${account.id}`)));
    }
  }
}
