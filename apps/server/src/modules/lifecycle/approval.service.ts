import type { EntityManager } from "typeorm";
import { normaliseEmail } from "../../common/email-address";
import { InvalidInputError } from "../../common/errors";
import { accountFor, visibleAccount } from "../policy/account-policy";
import type { Db } from "../../db/data-source";
import { isUniqueViolation } from "../../db/errors";
import { sendingChecks, whileCounted } from "../user/email-limits";
import type { MailService } from "../mail/mail.service";
import type { RateLimiter } from "../../common/rate-limiter";
import type { ClientInfo } from "../user/session.service";
import { UserEntity } from "../user/user.entity";
import { accountEmails } from "../smart-account/account-emails";
import { actorOf, type AccountWriter } from "../smart-account/account-writer";
import type { ApprovalLinks } from "../smart-account/approval-links";
import { hasCompleteAddress, SmartAccountEntity } from "../smart-account/smart-account.entity";
import { IdentifierConflictError } from "../smart-account/smart-account.errors";
import { approverIdentifier, companyPatch, type Company } from "../smart-account/account-fields";
import type { AccountLifecycle } from "./account-lifecycle.service";
import type { NominationWriter } from "../nomination/nomination-writer";
import { assertStatus } from "../smart-account/smart-account.states";
import { hasNonLatinLabel } from "../domain/domain-identifier";
import { heldRefusal, identifierHolder, refusalError } from "../domain/identifier-rules";
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
    private readonly mail: MailService,
    private readonly writer: AccountWriter,
    private readonly links: ApprovalLinks,
    private readonly lifecycle: AccountLifecycle,
    private readonly nominations: NominationWriter,
    private readonly limiter: RateLimiter,
  ) {}

  /** The account behind an emailed link, for the approver it was sent to. */
  followLink(user: UserEntity, token: string): Promise<SmartAccountEntity> {
    return this.db.read(async (em) => {
      const id = await this.links.follow(em, token, user);
      return visibleAccount(em, id, user);
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
          const own = approverIdentifier(user.email);
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
            const holder = await identifierHolder(em, own, account.id);
            if (holder) throw refusalError(heldRefusal(own, holder, false));
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
            actor: actorOf(user),
            detail: `Approved with the approver's terms accepted${complete ? "" : "; waiting for the company address"}.`,
          },
          patch,
          complete ? "ACTIVE" : "PENDING_CUSTOMER_ADDRESS",
        );
        if (complete) await this.lifecycle.activate(em, account, user);
        await this.nominations.settleForwards(em, account.id, user.email);
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
        { type: "DENIED", actor: actorOf(user), detail: reason },
        { declineReason: reason.trim() },
        "DECLINED_BY_CUSTOMER",
      );
      await this.nominations.settleForwards(em, account.id, null);
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
          actor: actorOf(user),
          detail: `Forwarded to ${email}.${message ? ` Message: ${message}` : ""}`,
        });
        await this.links.removeApprover(em, account.id, user.email);
        await this.links.spend(em, account.id, user.email);
        await this.links.addApprovers(em, account.id, [email]);
        await this.nominations.nominate(em, account, "APPROVER", [email], user, false, message);
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
      const account = await accountFor(em, smartAccountId, user, "PROVIDE_COMPANY_ADDRESS");
      assertStatus(account.status, ["PENDING_CUSTOMER_ADDRESS"], "give the company address");
      await this.writer.change(
        em,
        account,
        { type: "ADDRESS_PROVIDED", actor: actorOf(user) },
        companyPatch(company),
        "ACTIVE",
      );
      const approver =
        (account.approvedById && (await em.findOneBy(UserEntity, { id: account.approvedById }))) ||
        user;
      await this.lifecycle.activate(em, account, approver);
      await this.tell(em, account, [await this.requesterEmail(em, account)], (url) =>
        accountEmails.accountApproved(account, approver.name, url),
      );
      return account;
    });
  }

  /** An account the user is a current approver of; FORBIDDEN if they only see it. */
  private approverAccount(em: EntityManager, id: string, user: UserEntity) {
    return accountFor(em, id, user, "DECIDE_APPROVAL");
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
