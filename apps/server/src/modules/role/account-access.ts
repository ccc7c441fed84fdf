import type { EntityManager } from "typeorm";
import { NotFoundError } from "../../common/errors";
import {
  assertMay,
  loadRelation,
  maySee,
  type AccountOperation,
  type AccountRelation,
} from "../policy/account-policy";
import { SmartAccountEntity } from "../smart-account/smart-account.entity";
import type { UserEntity } from "../user/user.entity";

/**
 * The account policy inside a unit of work: loads the account and the caller's relation to it,
 * then asks the policy. NOT_FOUND when the caller may not see it, FORBIDDEN when they may not act.
 */
export class AccountAccess {
  async relation(
    em: EntityManager,
    account: SmartAccountEntity,
    user: UserEntity,
  ): Promise<AccountRelation> {
    return loadRelation(em, account, user);
  }

  /** The account, if the caller may see it (its card at least); NOT_FOUND otherwise. */
  async findable(em: EntityManager, id: string, user: UserEntity): Promise<SmartAccountEntity> {
    return (await this.visible(em, id, user)).account;
  }

  async visible(
    em: EntityManager,
    id: string,
    user: UserEntity,
  ): Promise<{ account: SmartAccountEntity; relation: AccountRelation }> {
    const account = await em.findOneBy(SmartAccountEntity, { id });
    if (!account) throw new NotFoundError("No such Smart Account.");
    const relation = await loadRelation(em, account, user);
    if (!maySee(account, relation)) throw new NotFoundError("No such Smart Account.");
    return { account, relation };
  }

  /** The account, for a caller the policy lets do the operation. */
  async require(
    em: EntityManager,
    id: string,
    user: UserEntity,
    operation: AccountOperation,
  ): Promise<SmartAccountEntity> {
    const account = await em.findOneBy(SmartAccountEntity, { id });
    if (!account) throw new NotFoundError("No such Smart Account.");
    assertMay(account, await loadRelation(em, account, user), operation);
    return account;
  }
}
