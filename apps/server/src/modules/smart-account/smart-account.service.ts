import { In, Not, type EntityManager, type SelectQueryBuilder } from "typeorm";
import {
  checkPageSize,
  decodeCursor,
  keysetPage,
  toConnection,
  type Connection,
  type KeysetKey,
} from "../../common/pagination";
import type { Clock } from "../../common/clock";
import { normaliseEmail } from "../../common/email-address";
import { InvalidInputError, NotAllowedError, NotFoundError } from "../../common/errors";
import { newId, newSecret } from "../../common/secrets";
import type { Db } from "../../db/data-source";
import { isUniqueViolation } from "../../db/errors";
import {
  emailHost,
  isConsumerDomain,
  parseIdentifier,
  parsePhone,
  reviewReasons,
  identifierSkeleton,
  type Identifier,
  type ReviewReason,
} from "../domain/domain-identifier";
import { DomainReviewEntity } from "../domain/domain-review.entity";
import { isConfusableWithExisting } from "../domain/look-alikes";
import { RESEND_APPROVAL_PER_ACCOUNT, sendingChecks, whileCounted } from "../mail/email-limits";
import type { MailService } from "../mail/mail.service";
import { NominationEntity, type NominationKind } from "../nomination/nomination.entity";
import { RoleAssignmentEntity, type AccountRole } from "../role/role-assignment.entity";
import type { RateLimiter } from "../../common/rate-limiter";
import type { ClientInfo } from "../user/session.service";
import { UserEntity } from "../user/user.entity";
import { VirtualAccountEntity } from "../virtual-account/virtual-account.entity";
import {
  assertMay,
  assertSee,
  loadRelation,
  loadRelations,
  maySee,
} from "../policy/account-policy";
import { accountEmails } from "./account-emails";
import { AccountWriter, LAPSE_AFTER_MS, type Actor } from "./account-writer";
import type { ApprovalLinks } from "./approval-links";
import { ApproverEntity } from "./approver.entity";
import {
  hasCompleteAddress,
  SmartAccountEntity,
  type AccountVisibility,
  type RequestChannel,
  type SmartAccountStatus,
} from "./smart-account.entity";
import { IdentifierConflictError } from "./smart-account.errors";
import { assertStatus, TERMINAL_STATUSES } from "./smart-account.states";

export type Company = {
  name: string;
  country: string;
  addressLine: string;
  city: string;
  region: string;
  postalCode: string;
};

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

export type ExistingAccountAction = "REQUEST_ACCESS" | "NOMINATE_CREATORS" | "NONE";

export type ExistingAccount = {
  account: SmartAccountEntity;
  exactMatch: boolean;
  allowedAction: ExistingAccountAction;
  reason: string;
  administrators: string[];
};

export type DomainCheck = {
  input: string;
  valid: boolean;
  message: string | null;
  identifier: string | null;
  topLevelDomain: string | null;
  reviewRequired: boolean;
  reviewReasons: ReviewReason[];
  identifierAvailable: boolean;
  existingAccounts: ExistingAccount[];
};

/** Both lists alias the account `a`. */
const NEWEST_FIRST: ReadonlyArray<KeysetKey<SmartAccountEntity>> = [
  { column: "a.createdAt", order: "DESC", date: true, of: (a) => a.createdAt },
  { column: "a.id", order: "DESC", of: (a) => a.id },
];

/** The account columns of a company, trimmed, with the country code in upper case. */
export function companyPatch(company: Company | null | undefined) {
  if (!company) return {};
  return {
    companyName: company.name.trim(),
    country: company.country.toUpperCase(),
    addressLine: company.addressLine.trim(),
    city: company.city.trim(),
    region: company.region.trim(),
    postalCode: company.postalCode.trim(),
  };
}

export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Whether the email's registrable domain is the account's top-level domain (the APPROVER rule). */
export function onTopLevelDomain(email: string, topLevelDomain: string): boolean {
  const parsed = parseIdentifier(emailHost(email));
  return parsed.ok && parsed.value.topLevelDomain === topLevelDomain;
}

function uniqueEmails(emails: readonly string[] | null | undefined): string[] {
  return [...new Set((emails ?? []).map(normaliseEmail))];
}

export class SmartAccountService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly writer: AccountWriter,
    private readonly links: ApprovalLinks,
    private readonly limiter: RateLimiter,
  ) {}

  // ---------------------------------------------------------------- reading

  /** An account the user may see (its card at least), or NOT_FOUND: the account policy decides. */
  async visibleAccount(
    em: EntityManager,
    id: string,
    user: UserEntity,
  ): Promise<SmartAccountEntity> {
    const account = await em.findOneBy(SmartAccountEntity, { id });
    return assertSee(account, account ? await loadRelation(em, account, user) : null);
  }

  getAccount(user: UserEntity, id: string): Promise<SmartAccountEntity> {
    return this.db.read((em) => this.visibleAccount(em, id, user));
  }

  async checkDomain(
    user: UserEntity,
    raw: string,
    approverEmail: string | null,
  ): Promise<DomainCheck> {
    const parsed = parseIdentifier(raw);
    if (!parsed.ok) {
      return {
        input: raw,
        valid: false,
        message: parsed.message,
        identifier: null,
        topLevelDomain: null,
        reviewRequired: false,
        reviewReasons: [],
        identifierAvailable: false,
        existingAccounts: [],
      };
    }
    return this.db.read(async (em) => {
      const reasons = reviewReasons(
        parsed.value,
        approverEmail ? normaliseEmail(approverEmail) : user.email,
        await isConfusableWithExisting(em, parsed.value.identifier),
      );
      const existing = await this.existingOnDomain(em, parsed.value, user);
      return {
        input: raw,
        valid: true,
        message: null,
        identifier: parsed.value.identifier,
        topLevelDomain: parsed.value.topLevelDomain,
        reviewRequired: reasons.length > 0,
        reviewReasons: reasons,
        identifierAvailable: !existing.some((e) => e.exactMatch),
        existingAccounts: existing,
      };
    });
  }

  /** The non-terminal accounts on the identifier's top-level domain that the user may see. */
  private async existingOnDomain(
    em: EntityManager,
    identifier: Identifier,
    user: UserEntity,
  ): Promise<ExistingAccount[]> {
    const accounts = await em.find(SmartAccountEntity, {
      where: { topLevelDomain: identifier.topLevelDomain, status: Not(In([...TERMINAL_STATUSES])) },
      order: { name: "ASC", id: "ASC" },
      take: 50,
    });
    // What the policy lets the caller see, and a restricted account on an exact identifier match
    // (SPEC: the requester must learn the identifier is taken), as its card only.
    const relations = await loadRelations(em, accounts, user);
    const visible = accounts.filter(
      (a) => a.domainIdentifier === identifier.identifier || maySee(a, relations.get(a.id)!),
    );
    const admins = visible.length
      ? await em.find(RoleAssignmentEntity, {
          where: {
            smartAccountId: In(visible.map((a) => a.id)),
            role: "ADMINISTRATOR",
            scopeKey: "",
          },
        })
      : [];
    return visible.map((account) => {
      const [allowedAction, reason] = ((): [ExistingAccountAction, string] => {
        switch (account.status) {
          case "ACTIVE":
            return ["REQUEST_ACCESS", "The account is active: ask its administrators for access."];
          case "PENDING_CUSTOMER_ACCEPTANCE":
          case "DECLINED_BY_CUSTOMER":
            return [
              "NOMINATE_CREATORS",
              "The account is not approved yet: nominate additional creators who may approve it.",
            ];
          case "PENDING_DOMAIN_APPROVAL":
            return ["NONE", "Its domain identifier is waiting for review by a domain approver."];
          default:
            return ["NONE", "It is waiting for its company address before it becomes active."];
        }
      })();
      return {
        account,
        exactMatch: account.domainIdentifier === identifier.identifier,
        allowedAction,
        reason,
        administrators: admins.filter((r) => r.smartAccountId === account.id).map((r) => r.email),
      };
    });
  }

  /** The user's own requests, newest first. */
  myRequests(user: UserEntity, first: number, after: string | null) {
    return this.page(first, after, (em) =>
      em.createQueryBuilder(SmartAccountEntity, "a").where("a.requesterId = :id", { id: user.id }),
    );
  }

  /** Requests waiting for the user as a current approver (acceptance, or the address after it). */
  pendingApprovals(user: UserEntity, first: number, after: string | null) {
    if (!user.emailVerifiedAt)
      return Promise.resolve(toConnection<SmartAccountEntity>([], first, 0, () => "", false));
    return this.page(first, after, (em) =>
      em
        .createQueryBuilder(SmartAccountEntity, "a")
        .innerJoin(
          ApproverEntity,
          "ap",
          "ap.smartAccountId = a.id AND ap.email = :email AND ap.active = :active",
          {
            email: user.email,
            active: true,
          },
        )
        .where("a.status IN (:...statuses)", {
          statuses: ["PENDING_CUSTOMER_ACCEPTANCE", "PENDING_CUSTOMER_ADDRESS"],
        }),
    );
  }

  /** Newest first, keyset-paged on (createdAt, id); the count runs on the same filter. */
  private page(
    first: number,
    after: string | null,
    base: (em: EntityManager) => SelectQueryBuilder<SmartAccountEntity>,
  ): Promise<Connection<SmartAccountEntity>> {
    checkPageSize(first);
    const cursor = after ? decodeCursor(after, NEWEST_FIRST.length) : null;
    return this.db.read((em) =>
      keysetPage(base(em), NEWEST_FIRST, cursor, first, () => base(em).getCount()),
    );
  }

  // ---------------------------------------------------------------- requesting

  async request(
    user: UserEntity,
    data: RequestData,
    client: ClientInfo,
  ): Promise<SmartAccountEntity> {
    if (data.channel === "PARTNER_FOR_CUSTOMER" && user.organisationType !== "PARTNER") {
      throw new NotAllowedError("Only partners request accounts for customers.");
    }
    const actor = this.actor(user);
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
    if (data.channel === "PARTNER_FOR_CUSTOMER") {
      const own = parseIdentifier(emailHost(user.email));
      if (own.ok && own.value.topLevelDomain === identifier.topLevelDomain) {
        throw new InvalidInputError(
          "domainIdentifier",
          "A partner cannot request an account on its own domain for a customer: use the customer's domain.",
        );
      }
    }
    const reasons = reviewReasons(
      identifier,
      approvers[0],
      await this.db.read((em) => isConfusableWithExisting(em, identifier.identifier)),
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

    // Counted before anything is written: the approvers are emailed now, the nominees at activation.
    const checks = sendingChecks("accountRequest", user, client, {
      approvalRequest: approvers,
      nomination: [...uniqueEmails(data.administratorEmails), ...uniqueEmails(data.userEmails)],
    });
    try {
      return await whileCounted(this.limiter, checks, () =>
        this.db.transaction(async (em) => {
          const existing = await this.existingOnDomain(em, identifier, user);
          const taken = await em.findOneBy(SmartAccountEntity, {
            liveIdentifier: identifier.identifier,
          });
          if (taken) {
            const seen = existing.find((e) => e.account.id === taken.id);
            throw new IdentifierConflictError(
              seen
                ? `The identifier ${identifier.identifier} is held by "${taken.name}" (${taken.status}).`
                : `The identifier ${identifier.identifier} is held by another account.`,
              seen ? [this.summary(taken)] : [],
            );
          }
          if (existing.length && !data.acknowledgeExistingAccounts) {
            throw new IdentifierConflictError(
              `Smart Accounts already exist under ${identifier.topLevelDomain}: ${existing
                .map(
                  (e) => `"${e.account.name}" (${e.account.domainIdentifier}, ${e.account.status})`,
                )
                .join(
                  ", ",
                )}. Request access or nominate creators there, or confirm with acknowledgeExistingAccounts.`,
              existing.map((e) => this.summary(e.account)),
            );
          }
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
          await em.insert(SmartAccountEntity, account);
          await this.writer.record(
            em,
            account,
            {
              type: "REQUESTED",
              actor,
              detail: `Requested ${self ? "with the requester's authority (terms accepted)" : `for approval by ${approvers.join(", ")}`}.`,
            },
            null,
          );
          await this.links.addApprovers(em, account.id, approvers);
          await this.nominate(
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
          await this.nominate(
            em,
            account,
            "USER",
            uniqueEmails(data.userEmails),
            user,
            false,
            account.noteToUsers,
          );

          if (status === "PENDING_DOMAIN_APPROVAL") {
            await this.openDomainReview(
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
            await this.sendApprovalLinks(em, account);
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

  /** Every active approver of a PENDING_CUSTOMER_ACCEPTANCE account gets the request with a link. */
  async sendApprovalLinks(
    em: EntityManager,
    account: SmartAccountEntity,
    only?: string[],
  ): Promise<void> {
    const requester = await em.findOne(UserEntity, {
      where: { id: account.requesterId },
      select: { id: true, name: true, email: true },
    });
    const to = only ?? (await this.links.activeApprovers(em, account.id));
    await this.links.send(em, account, to, (url, email) =>
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

  async openDomainReview(
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
        accountEmails.domainReviewRequest(
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

  /** Turning ACTIVE: the DEFAULT virtual account, the approver's roles, and the nominations sent. */
  async activate(
    em: EntityManager,
    account: SmartAccountEntity,
    approver: UserEntity,
  ): Promise<void> {
    const now = this.clock.now();
    await em.insert(VirtualAccountEntity, {
      id: newId(),
      smartAccountId: account.id,
      parentId: null,
      name: "DEFAULT",
      description: "Created when the account was activated.",
      isDefault: true,
      createdAt: now,
    });
    // Whoever activates administers the account; APPROVER only on the account's own domain,
    // the rule every grant of that role follows.
    await this.grant(em, account.id, approver.email, approver.id, "ADMINISTRATOR");
    if (onTopLevelDomain(approver.email, account.topLevelDomain)) {
      await this.grant(em, account.id, approver.email, approver.id, "APPROVER");
    }
    const pending = await em.find(NominationEntity, {
      where: { smartAccountId: account.id, kind: In(["ADMINISTRATOR", "USER"]), status: "PENDING" },
    });
    for (const nomination of pending) {
      await this.sendNomination(em, account, nomination, approver.name);
    }
  }

  async grant(
    em: EntityManager,
    smartAccountId: string,
    email: string,
    userId: string | null,
    role: AccountRole,
  ): Promise<void> {
    const exists = await em.existsBy(RoleAssignmentEntity, {
      smartAccountId,
      scopeKey: "",
      email,
      role,
    });
    if (exists) return;
    await em.insert(RoleAssignmentEntity, {
      id: newId(),
      smartAccountId,
      virtualAccountId: null,
      scopeKey: "",
      email,
      userId,
      role,
      createdAt: this.clock.now(),
    });
  }

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
      if (sendNow) await this.sendNomination(em, account, nomination, by.name);
      created.push(nomination);
    }
    return created;
  }

  /**
   * Nominations expire with the account's lapse date, or after 30 days on an ACTIVE account. The
   * email names whoever nominated (not whoever activated or resends); `fallback` names the sender
   * only when the nominator is gone.
   */
  async sendNomination(
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
      accountEmails.nomination(nomination.kind, account, by, url, registered, nomination.message),
    );
  }

  // ---------------------------------------------------------------- the requester

  async cancel(user: UserEntity, id: string): Promise<SmartAccountEntity> {
    return this.db.transaction(async (em) => {
      const account = await this.requesterAccount(em, id, user);
      assertStatus(
        account.status,
        ["PENDING_DOMAIN_APPROVAL", "PENDING_CUSTOMER_ACCEPTANCE"],
        "cancel it",
      );
      const approvers = await this.links.activeApprovers(em, account.id);
      await this.writer.change(
        em,
        account,
        { type: "CANCELLED", actor: this.actor(user) },
        {},
        "CANCELLED",
      );
      await this.links.spend(em, account.id);
      await em.update(
        NominationEntity,
        { smartAccountId: account.id, status: "PENDING" },
        { status: "WITHDRAWN", decidedAt: this.clock.now() },
      );
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
      const account = await this.requesterAccount(em, id, user);
      assertStatus(account.status, ["PENDING_CUSTOMER_ACCEPTANCE"], "resend the approval email");
      return this.links.activeApprovers(em, account.id);
    });
    const checks = [
      { rule: RESEND_APPROVAL_PER_ACCOUNT, subject: id },
      ...sendingChecks("resendApprovalEmail", user, client, { approvalRequest: approvers }),
    ];
    return whileCounted(this.limiter, checks, () =>
      this.db.transaction(async (em) => {
        const account = await this.requesterAccount(em, id, user);
        assertStatus(account.status, ["PENDING_CUSTOMER_ACCEPTANCE"], "resend the approval email");
        await this.writer.note(em, account, {
          type: "APPROVAL_EMAIL_RESENT",
          actor: this.actor(user),
        });
        await this.sendApprovalLinks(em, account);
        return account;
      }),
    );
  }

  async requesterAccount(
    em: EntityManager,
    id: string,
    user: UserEntity,
  ): Promise<SmartAccountEntity> {
    const account = await em.findOneBy(SmartAccountEntity, { id });
    if (!account) throw new NotFoundError("No such Smart Account.");
    assertMay(account, await loadRelation(em, account, user), "ACT_AS_REQUESTER");
    return account;
  }

  actor(user: UserEntity): Actor {
    return { id: user.id, email: user.email };
  }

  summary(account: SmartAccountEntity) {
    return {
      id: account.id,
      name: account.name,
      domainIdentifier: account.domainIdentifier,
      status: account.status,
    };
  }

  /** For the approver: the identifier they may choose instead of the requested one. */
  static approverIdentifier(email: string): Identifier | null {
    const parsed = parseIdentifier(emailHost(email));
    if (!parsed.ok || isConsumerDomain(parsed.value.identifier, parsed.value.topLevelDomain))
      return null;
    return parsed.value;
  }

  static hasCompleteAddress = hasCompleteAddress;
}
