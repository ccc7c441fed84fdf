import type { EntityManager } from "typeorm";
import { NotAllowedError, NotFoundError } from "../../common/errors";
import { SmartAccountEntity } from "../smart-account/smart-account.entity";
import type { SmartAccountService } from "../smart-account/smart-account.service";
import type { UserEntity } from "../user/user.entity";
import { RoleAssignmentEntity, type AccountRole } from "./role-assignment.entity";

/**
 * Who may see and who may act on an ACTIVE account: one place for the checks every account
 * operation makes, NOT_FOUND when the caller may not see it, FORBIDDEN when they may not act.
 */
export class AccountAccess {
  constructor(private readonly accounts: SmartAccountService) {}

  /** Unrestricted accounts are there for any verified user to find; restricted ones only for insiders. */
  async findable(em: EntityManager, id: string, user: UserEntity): Promise<SmartAccountEntity> {
    const account = await em.findOneBy(SmartAccountEntity, { id });
    if (!account) throw new NotFoundError("No such Smart Account.");
    if (account.visibility === "RESTRICTED" && !(await this.accounts.canSee(em, account, user))) {
      throw new NotFoundError("No such Smart Account.");
    }
    return account;
  }

  async roles(
    em: EntityManager,
    accountId: string,
    user: UserEntity,
  ): Promise<RoleAssignmentEntity[]> {
    if (!user.emailVerifiedAt) return [];
    return em.find(RoleAssignmentEntity, {
      where: { smartAccountId: accountId, email: user.email },
    });
  }

  async hasRole(
    em: EntityManager,
    accountId: string,
    user: UserEntity,
    allowed: AccountRole[],
  ): Promise<boolean> {
    const roles = await this.roles(em, accountId, user);
    return roles.some((r) => r.scopeKey === "" && allowed.includes(r.role));
  }

  /** The account, for someone holding one of the given whole-account roles (staff never act here). */
  async requireRole(
    em: EntityManager,
    id: string,
    user: UserEntity,
    allowed: AccountRole[],
    action: string,
  ): Promise<SmartAccountEntity> {
    const account = await em.findOneBy(SmartAccountEntity, { id });
    if (!account || !(await this.accounts.canSee(em, account, user))) {
      throw new NotFoundError("No such Smart Account.");
    }
    const roles = await this.roles(em, id, user);
    if (!roles.some((r) => r.scopeKey === "" && allowed.includes(r.role))) {
      throw new NotAllowedError(
        `Only ${allowed.join(" or ").toLowerCase()}s of the account may ${action}.`,
      );
    }
    return account;
  }
}
