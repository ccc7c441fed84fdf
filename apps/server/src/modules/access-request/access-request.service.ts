import { In, type EntityManager } from "typeorm";
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
  type Connection,
} from "../../common/pagination";
import { newId } from "../../common/secrets";
import { transitionFrom } from "../../common/transition";
import type { Db } from "../../db/data-source";
import { isUniqueViolation } from "../../db/errors";
import { emailHost, parseIdentifier } from "../domain/domain-identifier";
import { sendingChecks, whileCounted } from "../user/email-limits";
import type { MailService } from "../mail/mail.service";
import type { AccountAccess } from "../role/account-access";
import { RoleAssignmentEntity, type AccountRole } from "../role/role-assignment.entity";
import type { Grant, RoleService } from "../role/role.service";
import type { AccountWriter } from "../smart-account/account-writer";
import type { SmartAccountEntity } from "../smart-account/smart-account.entity";
import { statusWords } from "../smart-account/smart-account.states";
import type { RateLimiter } from "../../common/rate-limiter";
import type { MembershipWriter } from "../directory/membership-writer";
import type { ClientInfo } from "../user/session.service";
import { UserEntity } from "../user/user.entity";
import { VirtualAccountEntity } from "../virtual-account/virtual-account.entity";
import { accessRequestEmails } from "./access-request-emails";
import { coveringRoles } from "./held-roles";
import { AccessRequestEntity, type AccessRequestStatus } from "./access-request.entity";

const ROLE_ORDER: AccountRole[] = ["VIEWER", "USER", "ADMINISTRATOR"];
const PENDING_THEN_NEWEST: ReadonlyArray<KeysetKey<AccessRequestEntity>> = [
  { column: "r.statusRank", order: "ASC", of: (r) => r.statusRank },
  { column: "r.createdAt", order: "DESC", date: true, of: (r) => r.createdAt },
  { column: "r.id", order: "DESC", of: (r) => r.id },
];
const NEWEST_FIRST: ReadonlyArray<KeysetKey<AccessRequestEntity>> = [
  { column: "r.createdAt", order: "DESC", date: true, of: (r) => r.createdAt },
  { column: "r.id", order: "DESC", of: (r) => r.id },
];
const OLDEST_FIRST: ReadonlyArray<KeysetKey<AccessRequestEntity>> = [
  { column: "r.createdAt", order: "ASC", date: true, of: (r) => r.createdAt },
  { column: "r.id", order: "ASC", of: (r) => r.id },
];
export const ACCESS_REQUEST_ORDERS = ["PENDING_FIRST", "NEWEST_FIRST", "OLDEST_FIRST"] as const;
export type AccessRequestOrder = (typeof ACCESS_REQUEST_ORDERS)[number];
const ORDER_KEYS: Record<AccessRequestOrder, ReadonlyArray<KeysetKey<AccessRequestEntity>>> = {
  PENDING_FIRST: PENDING_THEN_NEWEST,
  NEWEST_FIRST,
  OLDEST_FIRST,
};

export type RequestableRole = "ADMINISTRATOR" | "USER" | "VIEWER";

export type RequestAccessData = {
  smartAccountId: string;
  emails: string[];
  forMyself: boolean;
  reason: string;
  role: RequestableRole;
};

/** Access requests: asked by anyone who finds an ACTIVE account, decided by its administrators. */
export class AccessRequestService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly writer: AccountWriter,
    private readonly access: AccountAccess,
    private readonly roles: RoleService,
    private readonly limiter: RateLimiter,
    private readonly membership: MembershipWriter,
  ) {}

  async request(
    user: UserEntity,
    data: RequestAccessData,
    client: ClientInfo,
  ): Promise<AccessRequestEntity[]> {
    const emails = [
      ...new Set([...data.emails.map(normaliseEmail), ...(data.forMyself ? [user.email] : [])]),
    ];
    if (emails.length === 0) {
      throw new InvalidInputError(
        "emails",
        "Give at least one email, or request access for yourself.",
      );
    }
    // Whoever access is asked for is told of the decision: counted as a recipient the caller chose.
    const checks = sendingChecks("requestAccess", user, client, { accessRequest: emails });
    try {
      return await whileCounted(this.limiter, checks, () =>
        this.db.transaction(async (em) => {
          // Requests for one account are made one at a time: the directory's rows of the account
          // are recomputed from its requests below, which must include every committed one and
          // wait for none still being written (on InnoDB, two at once would deadlock there).
          await this.writer.lock(em, data.smartAccountId);
          const account = await this.access.findable(em, data.smartAccountId, user);
          if (account.status !== "ACTIVE") {
            throw new StateConflictError(
              `Access can be asked only to an active account; "${account.name}" is ${statusWords(account.status)}.`,
            );
          }
          const pending = await em.find(AccessRequestEntity, {
            where: { smartAccountId: account.id, email: In(emails), status: "PENDING" },
          });
          if (pending.length) {
            throw new InvalidInputError(
              "emails",
              `Access for ${pending.map((p) => p.email).join(", ")} is already requested and waiting for a decision.`,
            );
          }
          // Nobody asks for what they hold: the same role or a higher one on the whole account
          // (an account's own administrator asking for access to it, say).
          const covered = await coveringRoles(em, account, emails, data.role, [], user.email);
          if (covered.length) {
            const typed = new Set(data.emails.map(normaliseEmail));
            throw new InvalidInputError(
              covered.some((c) => typed.has(c.email)) ? "emails" : "forMyself",
              covered.map((c) => c.message).join(" "),
            );
          }
          const now = this.clock.now();
          const created: AccessRequestEntity[] = [];
          for (const email of emails) {
            const request = em.create(AccessRequestEntity, {
              id: newId(),
              smartAccountId: account.id,
              email,
              requestedById: user.id,
              reason: data.reason.trim(),
              askedRole: data.role,
              status: "PENDING",
              statusRank: 0,
              grantedRole: null,
              grantedVirtualAccountIds: null,
              decidedById: null,
              declineReason: null,
              autoApproved: false,
              decidedAt: null,
              createdAt: now,
            });
            await em.insert(AccessRequestEntity, request);
            await this.writer.note(em, account, {
              type: "ACCESS_REQUESTED",
              actor: { id: user.id, email: user.email },
              detail: `${data.role} access for ${email}: ${data.reason.trim()}`,
            });
            if (await this.autoApprovable(em, account, email, data.role)) {
              await this.settle(em, account, request, "APPROVED", null, {
                role: data.role,
                virtualAccountIds: [],
              });
              await em.update(AccessRequestEntity, { id: request.id }, { autoApproved: true });
              request.autoApproved = true;
            } else {
              await this.tellAdministrators(em, account, request, user);
            }
            created.push(request);
          }
          // The account joins the directories of the emails asked for and of who asked.
          await this.membership.refreshAccounts(em, [account.id]);
          return created;
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new InvalidInputError(
          "emails",
          "Access for this email was just requested by someone else.",
        );
      }
      throw error;
    }
  }

  /** The automation rule: a verified user on the account's own domain, up to the role ceiling. */
  private async autoApprovable(
    em: EntityManager,
    account: SmartAccountEntity,
    email: string,
    role: RequestableRole,
  ): Promise<boolean> {
    const ceiling = account.autoApproveUpTo;
    if (!ceiling || ROLE_ORDER.indexOf(role) > ROLE_ORDER.indexOf(ceiling)) return false;
    const parsed = parseIdentifier(emailHost(email));
    if (!parsed.ok || parsed.value.topLevelDomain !== account.topLevelDomain) return false;
    const user = await em.findOneBy(UserEntity, { email });
    return Boolean(user?.emailVerifiedAt);
  }

  async approve(user: UserEntity, id: string, grant: Partial<Grant>): Promise<AccessRequestEntity> {
    return this.db.transaction(async (em) => {
      // The grant may name virtual accounts: decided one at a time with changes to the tree.
      await this.writer.lockOwnerOf(em, "access_requests", id);
      const { request, account } = await this.forAdministrator(em, id, user);
      const granted: Grant = {
        role: grant.role ?? request.askedRole,
        virtualAccountIds: [...new Set(grant.virtualAccountIds ?? [])],
      };
      if (request.status === "PENDING") {
        // A role given since it was asked may hold what this grant would: nothing to grant.
        await this.roles.checkGrant(em, account, request.email, granted, "role");
        const [covered] = await coveringRoles(
          em,
          account,
          [request.email],
          granted.role,
          granted.virtualAccountIds,
        );
        if (covered) {
          throw new InvalidInputError(
            granted.virtualAccountIds.length ? "virtualAccountIds" : "role",
            `${covered.message} Grant another role or scope, or decline the request.`,
          );
        }
      }
      return this.settle(em, account, request, "APPROVED", user, granted);
    });
  }

  async decline(user: UserEntity, id: string, reason: string): Promise<AccessRequestEntity> {
    return this.db.transaction(async (em) => {
      const { request, account } = await this.forAdministrator(em, id, user);
      return this.settle(em, account, request, "DECLINED", user, null, reason.trim());
    });
  }

  async cancel(user: UserEntity, id: string): Promise<AccessRequestEntity> {
    return this.db.transaction(async (em) => {
      const request = await em.findOneBy(AccessRequestEntity, { id });
      if (!request || (request.requestedById !== user.id && request.email !== user.email)) {
        throw new NotFoundError("No such access request.");
      }
      if (request.requestedById !== user.id) {
        throw new NotAllowedError("Only the person who asked may cancel an access request.");
      }
      const account = await this.access.findable(em, request.smartAccountId, user);
      return this.settle(em, account, request, "CANCELLED", user, null);
    });
  }

  /**
   * Administrators of one account, or the requests the user made; pending first or by date.
   * Every order is keyset-paged on an index that starts with the account or the requester.
   */
  list(
    user: UserEntity,
    smartAccountId: string | null,
    status: AccessRequestStatus | null,
    first: number,
    after: string | null,
    order: AccessRequestOrder = "PENDING_FIRST",
  ): Promise<Connection<AccessRequestEntity>> {
    checkPageSize(first);
    const keys = ORDER_KEYS[order];
    const cursor = after ? decodeCursor(after, keys.length) : null;
    return this.db.read(async (em) => {
      if (smartAccountId) {
        await this.access.require(em, smartAccountId, user, "READ_ACCESS_REQUESTS");
      }
      const base = () => {
        const q = em.createQueryBuilder(AccessRequestEntity, "r");
        if (smartAccountId) q.where("r.smartAccountId = :sid", { sid: smartAccountId });
        else q.where("r.requestedById = :uid", { uid: user.id });
        if (status) q.andWhere("r.status = :status", { status });
        return q;
      };
      return keysetPage(base(), keys, cursor, first, () => base().getCount());
    });
  }

  private async forAdministrator(em: EntityManager, id: string, user: UserEntity) {
    const request = await em.findOneBy(AccessRequestEntity, { id });
    if (!request) throw new NotFoundError("No such access request.");
    let account: SmartAccountEntity;
    try {
      account = await this.access.require(
        em,
        request.smartAccountId,
        user,
        "DECIDE_ACCESS_REQUESTS",
      );
    } catch (error) {
      // Those who asked may see their request, but not decide it.
      if (
        error instanceof NotFoundError &&
        (request.requestedById === user.id || request.email === user.email)
      ) {
        throw new NotAllowedError("Only administrators of the account may decide access requests.");
      }
      throw error;
    }
    return { request, account };
  }

  /** One conditional UPDATE from PENDING: of concurrent decisions exactly one wins. */
  private async settle(
    em: EntityManager,
    account: SmartAccountEntity,
    request: AccessRequestEntity,
    status: Exclude<AccessRequestStatus, "PENDING">,
    by: UserEntity | null,
    grant: Grant | null,
    declineReason: string | null = null,
  ): Promise<AccessRequestEntity> {
    if (request.status !== "PENDING") {
      throw new StateConflictError(
        `This access request is already ${request.status.toLowerCase()}.`,
      );
    }
    if (grant) await this.roles.checkGrant(em, account, request.email, grant, "role");
    const now = this.clock.now();
    const patch = {
      status,
      statusRank: 1,
      decidedById: by?.id ?? null,
      decidedAt: now,
      declineReason,
      grantedRole: grant?.role ?? null,
      grantedVirtualAccountIds: grant ? grant.virtualAccountIds.join(",") : null,
    };
    await transitionFrom(
      em,
      AccessRequestEntity,
      request,
      "PENDING",
      patch,
      "This access request was just decided by someone else.",
    );
    // A decided or cancelled request stays in the directories it was in (the directory lists a
    // request whatever its status): only the role a grant gives changes them, which the role
    // service keeps.
    if (grant) await this.roles.grant(em, account.id, request.email, grant);
    const actor = by ? { id: by.id, email: by.email } : null;
    const words = { APPROVED: "approved", DECLINED: "declined", CANCELLED: "cancelled" }[status];
    await this.writer.note(em, account, {
      type: `ACCESS_${status}`,
      actor,
      detail: `Access for ${request.email} ${words}${grant ? ` as ${grant.role}${grant.virtualAccountIds.length ? " on chosen virtual accounts" : ""}` : ""}${declineReason ? `: ${declineReason}` : ""}${by ? "" : " automatically (the account's own domain)"}.`,
    });
    const requester = await em.findOneBy(UserEntity, { id: request.requestedById });
    const virtualAccountNames = grant?.virtualAccountIds.length
      ? (
          await em.find(VirtualAccountEntity, {
            where: { id: In(grant.virtualAccountIds) },
            select: { name: true },
            order: { name: "ASC" },
          })
        ).map((va) => va.name)
      : null;
    const told = new Set([request.email, ...(requester ? [requester.email] : [])]);
    if (by) told.delete(by.email);
    for (const email of told) {
      await this.mail.enqueue(
        em,
        email,
        accessRequestEmails.decided(
          account.name,
          request.email,
          words,
          grant ? { role: grant.role, virtualAccountNames } : null,
          declineReason,
          this.mail.link("/directory"),
        ),
      );
    }
    return request;
  }

  private async tellAdministrators(
    em: EntityManager,
    account: SmartAccountEntity,
    request: AccessRequestEntity,
    by: UserEntity,
  ): Promise<void> {
    const admins = await em.find(RoleAssignmentEntity, {
      where: { smartAccountId: account.id, role: "ADMINISTRATOR", scopeKey: "" },
    });
    for (const admin of admins) {
      await this.mail.enqueue(
        em,
        admin.email,
        accessRequestEmails.requested(
          account.name,
          by,
          request.askedRole,
          request.email,
          request.reason,
          this.mail.link(`/access-requests?account=${account.id}`),
        ),
      );
    }
  }
}
