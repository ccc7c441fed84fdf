import { In, IsNull, type EntityManager } from "typeorm";
import type { Clock } from "../../common/clock";
import { normaliseEmail } from "../../common/email-address";
import { InvalidInputError, StateConflictError } from "../../common/errors";
import { newId } from "../../common/secrets";
import type { Db } from "../../db/data-source";
import { emailHost, parseIdentifier } from "../domain/domain-identifier";
import type { AccountListsWriter } from "../directory/account-lists";
import type { MembershipWriter } from "../directory/membership-writer";
import type { AccountWriter } from "../smart-account/account-writer";
import type { SmartAccountEntity } from "../smart-account/smart-account.entity";
import { sendingChecks, whileCounted } from "../user/email-limits";
import type { RateLimiter } from "../../common/rate-limiter";
import type { ClientInfo } from "../user/session.service";
import { UserEntity } from "../user/user.entity";
import { VirtualAccountEntity } from "../virtual-account/virtual-account.entity";
import type { AccountAccess } from "./account-access";
import { RoleAssignmentEntity, type AccountRole } from "./role-assignment.entity";

export type Grant = { role: AccountRole; virtualAccountIds: string[] };
export type AccountUser = {
  email: string;
  name: string | null;
  registered: boolean;
  roles: RoleAssignmentEntity[];
};

/** Roles on accounts and virtual accounts: granting, replacing, listing; never the last administrator. */
export class RoleService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly writer: AccountWriter,
    private readonly access: AccountAccess,
    private readonly limiter: RateLimiter,
    private readonly membership: MembershipWriter,
    private readonly lists: AccountListsWriter,
  ) {}

  /** Roles given to the email before it had a user are claimed once the user has proven it. */
  async claimFor(user: UserEntity): Promise<void> {
    if (!user.emailVerifiedAt) return;
    await this.db.transaction((em) =>
      em.update(RoleAssignmentEntity, { email: user.email, userId: IsNull() }, { userId: user.id }),
    );
  }

  /** A role on the whole account, unless the email holds it there already. */
  async grantOnAccount(
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
    await this.membership.refreshAccounts(em, [smartAccountId]);
    if (role === "ADMINISTRATOR") await this.lists.refreshAdministrators(em, smartAccountId);
  }

  /** APPROVER only for an email on the account's domain, and only on the whole account. */
  async checkGrant(
    em: EntityManager,
    account: SmartAccountEntity,
    email: string,
    grant: Grant,
    field: string,
  ): Promise<void> {
    if (grant.role === "APPROVER") {
      const parsed = parseIdentifier(emailHost(email));
      if (!parsed.ok || parsed.value.topLevelDomain !== account.topLevelDomain) {
        throw new InvalidInputError(
          field,
          `APPROVER is only for an email on ${account.topLevelDomain}.`,
        );
      }
      if (grant.virtualAccountIds.length) {
        throw new InvalidInputError(
          field,
          "APPROVER is a role on the whole account, not on virtual accounts.",
        );
      }
    }
    if (grant.virtualAccountIds.length) {
      const found = await em.count(VirtualAccountEntity, {
        where: { id: In(grant.virtualAccountIds), smartAccountId: account.id },
      });
      if (found !== new Set(grant.virtualAccountIds).size) {
        throw new InvalidInputError(
          "virtualAccountIds",
          "Choose virtual accounts of this Smart Account.",
        );
      }
    }
  }

  async grant(
    em: EntityManager,
    smartAccountId: string,
    email: string,
    grant: Grant,
  ): Promise<void> {
    if (await this.insertGrant(em, smartAccountId, email, grant)) {
      await this.membership.refreshAccounts(em, [smartAccountId]);
      if (grant.role === "ADMINISTRATOR" && grant.virtualAccountIds.length === 0) {
        await this.lists.refreshAdministrators(em, smartAccountId);
      }
    }
  }

  /** The grant's rows the email does not hold yet; whether any was written. */
  private async insertGrant(
    em: EntityManager,
    smartAccountId: string,
    email: string,
    grant: Grant,
  ): Promise<boolean> {
    let inserted = false;
    const user = await em.findOneBy(UserEntity, { email });
    const userId = user?.emailVerifiedAt ? user.id : null;
    const scopes = grant.virtualAccountIds.length ? grant.virtualAccountIds : [""];
    for (const scopeKey of scopes) {
      const exists = await em.existsBy(RoleAssignmentEntity, {
        smartAccountId,
        scopeKey,
        email,
        role: grant.role,
      });
      if (exists) continue;
      await em.insert(RoleAssignmentEntity, {
        id: newId(),
        smartAccountId,
        virtualAccountId: scopeKey || null,
        scopeKey,
        email,
        userId,
        role: grant.role,
        createdAt: this.clock.now(),
      });
      inserted = true;
    }
    return inserted;
  }

  /** Replaces the roles one email holds on the account (an empty list removes them). */
  async setUserRoles(
    user: UserEntity,
    smartAccountId: string,
    rawEmail: string,
    grants: Grant[],
    client: ClientInfo,
  ): Promise<AccountUser> {
    const email = normaliseEmail(rawEmail);
    const checks = sendingChecks("setAccountUserRoles", user, client, { roleChange: [email] });
    return whileCounted(this.limiter, checks, () =>
      this.db.transaction(async (em) => {
        // One role change of an account at a time, each reading the roles the last one left.
        await this.writer.lock(em, smartAccountId);
        const account = await this.access.require(em, smartAccountId, user, "MANAGE_USERS");
        for (const grant of grants) await this.checkGrant(em, account, email, grant, "roles");
        const keepsAdmin = grants.some(
          (g) => g.role === "ADMINISTRATOR" && g.virtualAccountIds.length === 0,
        );
        if (!keepsAdmin) {
          const admins = await em.find(RoleAssignmentEntity, {
            where: { smartAccountId: account.id, role: "ADMINISTRATOR", scopeKey: "" },
          });
          if (admins.length === 1 && admins[0].email === email) {
            throw new StateConflictError("The account must keep at least one administrator.");
          }
        }
        const before = await em.find(RoleAssignmentEntity, {
          where: { smartAccountId: account.id, email },
        });
        await em.delete(RoleAssignmentEntity, { smartAccountId: account.id, email });
        for (const grant of grants) await this.insertGrant(em, account.id, email, grant);
        await this.membership.refreshAccounts(em, [account.id]);
        // The account's administrators change only when the email is or becomes one of them.
        if (keepsAdmin || before.some((r) => r.role === "ADMINISTRATOR" && r.scopeKey === "")) {
          await this.lists.refreshAdministrators(em, account.id);
        }
        const describe = (
          roles: { role: string; scopeKey?: string; virtualAccountIds?: string[] }[],
        ) => roles.map((r) => r.role).join(", ") || "none";
        await this.writer.note(em, account, {
          type: "USER_ROLES_CHANGED",
          actor: { id: user.id, email: user.email },
          detail: `${email}: ${describe(before)} → ${describe(grants)}.`,
        });
        const registered = await em.findOneBy(UserEntity, { email });
        return {
          email,
          name: registered?.name ?? null,
          registered: Boolean(registered?.emailVerifiedAt),
          roles: await em.find(RoleAssignmentEntity, {
            where: { smartAccountId: account.id, email },
          }),
        };
      }),
    );
  }

  /** Everyone holding a role on the account, for its administrators and approvers. */
  async users(user: UserEntity, smartAccountId: string): Promise<AccountUser[]> {
    return this.db.read(async (em) => {
      await this.access.require(em, smartAccountId, user, "READ_USERS");
      const roles = await em.find(RoleAssignmentEntity, {
        where: { smartAccountId },
        order: { email: "ASC", role: "ASC" },
        take: 1000,
      });
      const emails = [...new Set(roles.map((r) => r.email))];
      const users = emails.length
        ? await em.find(UserEntity, { where: { email: In(emails) } })
        : [];
      return emails.map((email) => {
        const registered = users.find((u) => u.email === email);
        return {
          email,
          name: registered?.name ?? null,
          registered: Boolean(registered?.emailVerifiedAt),
          roles: roles.filter((r) => r.email === email),
        };
      });
    });
  }
}
