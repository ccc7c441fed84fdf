import type { EntityManager } from "typeorm";
import type { Clock } from "../../common/clock";
import { normaliseEmail } from "../../common/email-address";
import { InvalidInputError } from "../../common/errors";
import type { RateLimiter } from "../../common/rate-limiter";
import { newId } from "../../common/secrets";
import type { Db } from "../../db/data-source";
import { isUniqueViolation } from "../../db/errors";
import {
  emailHost,
  identifierSkeleton,
  parseIdentifier,
  parsePhone,
  type Identifier,
  type ReviewReason,
} from "../domain/domain-identifier";
import type { DomainReviewService } from "../domain/domain-review.service";
import {
  flowAccessRefusal,
  flowOfChannel,
  heldRefusal,
  identifierHolder,
  identifierReviewReasons,
  ownDomainRefusal,
  refusalError,
} from "../domain/identifier-rules";
import { RESEND_APPROVAL_PER_ACCOUNT, sendingChecks, whileCounted } from "../user/email-limits";
import type { MailService } from "../mail/mail.service";
import type { NominationWriter } from "../nomination/nomination-writer";
import { accountFor } from "../policy/account-policy";
import type { RoleService } from "../role/role.service";
import { accountEmails } from "../smart-account/account-emails";
import {
  companyPatch,
  nameKey,
  onTopLevelDomain,
  type Company,
} from "../smart-account/account-fields";
import { actorOf, LAPSE_AFTER_MS, type AccountWriter } from "../smart-account/account-writer";
import type { ApprovalLinks } from "../smart-account/approval-links";
import {
  SmartAccountEntity,
  type AccountVisibility,
  type RequestChannel,
  type SmartAccountStatus,
} from "../smart-account/smart-account.entity";
import { IdentifierConflictError } from "../smart-account/smart-account.errors";
import {
  accountSummary,
  type ExistingAccount,
  type SmartAccountService,
} from "../smart-account/smart-account.service";
import { assertStatus } from "../smart-account/smart-account.states";
import type { ClientInfo } from "../user/session.service";
import type { UserEntity } from "../user/user.entity";
import type { VirtualAccountService } from "../virtual-account/virtual-account.service";

export type RequestData = {
  channel: RequestChannel;
  name: string;
  domainIdentifier?: string | null;
  contactPhone?: string | null;
  approverEmails: string[];
  message?: string | null;
  company?: Company | null;
  acceptTerms?: boolean | null;
  administratorEmails?: string[] | null;
  requestAccessForMyself?: boolean | null;
  userEmails?: string[] | null;
  noteToDomainApprover?: string | null;
  noteToUsers?: string | null;
  visibility?: AccountVisibility | null;
  acknowledgeExistingAccounts?: boolean | null;
};

/** What the checks of a request found: whom it asks, for which identifier, and its review. */
export type RequestPlan = {
  approvers: string[];
  identifier: Identifier;
  reasons: ReviewReason[];
  phone: string | null;
};

function uniqueEmails(emails: readonly string[] | null | undefined): string[] {
  return [...new Set((emails ?? []).map(normaliseEmail))];
}

/**
 * The account's lifecycle: a request (with its domain review, nominations and grants), the
 * requester's cancel and resend, and activation. It orchestrates the sub-resources' services; their
 * tables are written only by them.
 */
export class AccountLifecycle {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly writer: AccountWriter,
    private readonly links: ApprovalLinks,
    private readonly limiter: RateLimiter,
    private readonly accounts: SmartAccountService,
    private readonly domainReviews: DomainReviewService,
    private readonly nominations: NominationWriter,
    private readonly roles: RoleService,
    private readonly virtualAccounts: VirtualAccountService,
  ) {}

  /**
   * Every check a request makes before it counts or writes anything: who may, the approvers, the
   * identifier and its own-domain rule, the review's phone, the self-authorized company and terms.
   * Throws the request's own errors; the bulk preview runs it on each row for the same answers.
   */
  async check(user: UserEntity, data: RequestData): Promise<RequestPlan> {
    const flow = flowOfChannel(data.channel);
    const notAllowed = flowAccessRefusal(user, flow);
    if (notAllowed) throw refusalError(notAllowed);
    const self = data.channel === "CUSTOMER_SELF";
    const approvers = self ? [user.email] : uniqueEmails(data.approverEmails);
    const approverField =
      data.channel === "PARTNER_FOR_CUSTOMER" ? "customerEmails" : "approverEmails";
    if (approvers.length === 0) {
      throw new InvalidInputError(
        approverField,
        "Give the email of at least one person who will approve.",
      );
    }
    const parsed = parseIdentifier(data.domainIdentifier?.trim() || emailHost(approvers[0]));
    if (!parsed.ok) throw new InvalidInputError("domainIdentifier", parsed.message);
    const identifier = parsed.value;
    const ownDomain = ownDomainRefusal(user, identifier, flow);
    if (ownDomain) throw refusalError(ownDomain);
    const reasons = await this.db.read((em) =>
      identifierReviewReasons(em, identifier, approvers[0]),
    );
    const phone = data.contactPhone ? parsePhone(data.contactPhone) : null;
    if (reasons.length && !phone) {
      throw new InvalidInputError(
        "contactPhone",
        data.contactPhone
          ? "Enter the phone number in international form, such as +1 949 555 0100."
          : "This identifier needs review: give a contact phone number for the domain approvers.",
      );
    }
    if (self && !data.company) {
      throw new InvalidInputError(
        "company",
        "Company name and address are required when you authorize the account.",
      );
    }
    if (self && data.acceptTerms !== true) {
      throw new InvalidInputError(
        "acceptTerms",
        "Accept the approver's terms to authorize the account.",
      );
    }
    return { approvers, identifier, reasons, phone };
  }

  /**
   * What the request's transaction checks of the identifier before it writes: the account that
   * holds it (a CONFLICT) and the accounts already on its domain, which the caller must
   * acknowledge (a CONFLICT listing them).
   */
  async checkHeld(
    em: EntityManager,
    user: UserEntity,
    identifier: Identifier,
    acknowledged: boolean,
  ): Promise<ExistingAccount[]> {
    const existing = await this.accounts.existingOnDomain(em, identifier, user);
    const taken = await identifierHolder(em, identifier);
    if (taken) {
      const seen = existing.some((e) => e.account.id === taken.id);
      throw refusalError(heldRefusal(identifier, taken, seen));
    }
    if (existing.length && !acknowledged) {
      throw new IdentifierConflictError(
        `Smart Accounts already exist under ${identifier.topLevelDomain}: ${existing
          .map((e) => `"${e.account.name}" (${e.account.domainIdentifier}, ${e.account.status})`)
          .join(
            ", ",
          )}. Request access or nominate creators there, or confirm with acknowledgeExistingAccounts.`,
        existing.map((e) => accountSummary(e.account)),
      );
    }
    return existing;
  }

  async request(
    user: UserEntity,
    data: RequestData,
    client: ClientInfo,
  ): Promise<SmartAccountEntity> {
    const { approvers, identifier, reasons, phone } = await this.check(user, data);
    const actor = actorOf(user);
    const self = data.channel === "CUSTOMER_SELF";

    // Counted before anything is written: the approvers are emailed now, the nominees at activation.
    const checks = sendingChecks("accountRequest", user, client, {
      approvalRequest: approvers,
      nomination: [...uniqueEmails(data.administratorEmails), ...uniqueEmails(data.userEmails)],
    });
    try {
      return await whileCounted(this.limiter, checks, () =>
        this.db.transaction(async (em) => {
          const existing = await this.checkHeld(
            em,
            user,
            identifier,
            data.acknowledgeExistingAccounts === true,
          );
          const now = this.clock.now();
          const status: SmartAccountStatus = reasons.length
            ? "PENDING_DOMAIN_APPROVAL"
            : self
              ? "ACTIVE"
              : "PENDING_CUSTOMER_ACCEPTANCE";
          const account = em.create(SmartAccountEntity, {
            id: newId(),
            name: data.name.trim(),
            nameKey: nameKey(data.name),
            domainIdentifier: identifier.identifier,
            topLevelDomain: identifier.topLevelDomain,
            identifierSkeleton: identifierSkeleton(identifier.identifier),
            status,
            visibility: data.visibility ?? "UNRESTRICTED",
            channel: data.channel,
            requesterId: user.id,
            companyName: null,
            country: null,
            addressLine: null,
            city: null,
            region: null,
            postalCode: null,
            ...companyPatch(data.company),
            messageToApprovers: data.message?.trim() || null,
            noteToDomainApprover: data.noteToDomainApprover?.trim() || null,
            noteToUsers: data.noteToUsers?.trim() || null,
            approvedById: status === "ACTIVE" ? user.id : null,
            autoApproveUpTo: null,
            declineReason: null,
            version: 0,
            eventSeq: 0,
            remindersSent: 0,
            createdAt: now,
            updatedAt: now,
            statusChangedAt: now,
            lapseAt:
              status === "PENDING_CUSTOMER_ACCEPTANCE"
                ? new Date(now.getTime() + LAPSE_AFTER_MS)
                : null,
            activatedAt: status === "ACTIVE" ? now : null,
          });
          await this.writer.create(em, account, {
            type: "REQUESTED",
            actor,
            detail: `Requested ${self ? "with the requester's authority (terms accepted)" : `for approval by ${approvers.join(", ")}`}.`,
          });
          await this.links.addApprovers(em, account.id, approvers);
          await this.nominations.nominate(
            em,
            account,
            "ADMINISTRATOR",
            [
              ...uniqueEmails(data.administratorEmails),
              ...(data.requestAccessForMyself ? [user.email] : []),
            ],
            user,
            false,
          );
          await this.nominations.nominate(
            em,
            account,
            "USER",
            uniqueEmails(data.userEmails),
            user,
            false,
            account.noteToUsers,
          );

          if (status === "PENDING_DOMAIN_APPROVAL") {
            await this.domainReviews.open(
              em,
              account,
              identifier.identifier,
              reasons,
              phone!,
              account.noteToDomainApprover,
            );
          } else if (status === "ACTIVE") {
            await this.activate(em, account, user);
          } else {
            await this.links.sendRequest(em, account);
          }
          await this.mail.enqueue(
            em,
            user.email,
            accountEmails.requestReceived(account, this.mail.link("/requests")),
          );
          // One email per administrator, however many of the domain's accounts they administer.
          const administered = new Map<string, SmartAccountEntity[]>();
          for (const other of existing) {
            for (const admin of other.administrators) {
              administered.set(admin, [...(administered.get(admin) ?? []), other.account]);
            }
          }
          for (const [admin, accounts] of administered) {
            await this.mail.enqueue(
              em,
              admin,
              accountEmails.newAccountUnderDomain(account, accounts, this.mail.link("/directory")),
            );
          }
          return account;
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new IdentifierConflictError(
          `The identifier ${identifier.identifier} was just taken by another request.`,
          [],
        );
      }
      throw error;
    }
  }

  /** Turning ACTIVE: the DEFAULT virtual account, the approver's roles, and the nominations sent. */
  async activate(
    em: EntityManager,
    account: SmartAccountEntity,
    approver: UserEntity,
  ): Promise<void> {
    await this.virtualAccounts.createDefault(em, account.id);
    // Whoever activates administers the account; APPROVER only on the account's own domain,
    // the rule every grant of that role follows.
    await this.roles.grantOnAccount(em, account.id, approver.email, approver.id, "ADMINISTRATOR");
    if (onTopLevelDomain(approver.email, account.topLevelDomain)) {
      await this.roles.grantOnAccount(em, account.id, approver.email, approver.id, "APPROVER");
    }
    await this.nominations.sendPending(em, account, approver.name);
  }

  async cancel(user: UserEntity, id: string): Promise<SmartAccountEntity> {
    return this.db.transaction(async (em) => {
      const account = await accountFor(em, id, user, "ACT_AS_REQUESTER");
      assertStatus(
        account.status,
        ["PENDING_DOMAIN_APPROVAL", "PENDING_CUSTOMER_ACCEPTANCE"],
        "cancel it",
      );
      const approvers = await this.links.activeApprovers(em, account.id);
      await this.writer.change(
        em,
        account,
        { type: "CANCELLED", actor: actorOf(user) },
        {},
        "CANCELLED",
      );
      await this.links.spend(em, account.id);
      await this.nominations.closePending(em, account.id, "WITHDRAWN");
      for (const email of approvers.filter((e) => e !== user.email)) {
        await this.mail.enqueue(em, email, accountEmails.cancelled(account, this.mail.link("/")));
      }
      return account;
    });
  }

  async resendApprovalEmail(
    user: UserEntity,
    id: string,
    client: ClientInfo,
  ): Promise<SmartAccountEntity> {
    const approvers = await this.db.read(async (em) => {
      const account = await accountFor(em, id, user, "ACT_AS_REQUESTER");
      assertStatus(account.status, ["PENDING_CUSTOMER_ACCEPTANCE"], "resend the approval email");
      return this.links.activeApprovers(em, account.id);
    });
    const checks = [
      { rule: RESEND_APPROVAL_PER_ACCOUNT, subject: id },
      ...sendingChecks("resendApprovalEmail", user, client, { approvalRequest: approvers }),
    ];
    return whileCounted(this.limiter, checks, () =>
      this.db.transaction(async (em) => {
        const account = await accountFor(em, id, user, "ACT_AS_REQUESTER");
        assertStatus(account.status, ["PENDING_CUSTOMER_ACCEPTANCE"], "resend the approval email");
        await this.writer.note(em, account, {
          type: "APPROVAL_EMAIL_RESENT",
          actor: actorOf(user),
        });
        await this.links.sendRequest(em, account);
        return account;
      }),
    );
  }
}
