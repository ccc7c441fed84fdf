import type { EntityManager } from "typeorm";
import type { Clock } from "../../common/clock";
import { InvalidInputError, NotFoundError, StateConflictError } from "../../common/errors";
import { newId } from "../../common/secrets";
import type { Db } from "../../db/data-source";
import { isUniqueViolation } from "../../db/errors";
import type { AccountListsWriter } from "../directory/account-lists";
import type { AccountAccess } from "../role/account-access";
import { RoleAssignmentEntity } from "../role/role-assignment.entity";
import type { AccountWriter } from "../smart-account/account-writer";
import type { SmartAccountEntity } from "../smart-account/smart-account.entity";
import type { UserEntity } from "../user/user.entity";
import { VirtualAccountEntity } from "./virtual-account.entity";

export type VirtualAccountChange = {
  name?: string | null;
  description?: string | null;
  parentId?: string | null;
  moveToTop?: boolean | null;
  makeDefault?: boolean | null;
};

/** The virtual-account tree of an ACTIVE account, kept by its administrators. */
export class VirtualAccountService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly writer: AccountWriter,
    private readonly access: AccountAccess,
    private readonly lists: AccountListsWriter,
  ) {}

  /** The DEFAULT virtual account an account gets when it turns ACTIVE. */
  async createDefault(em: EntityManager, smartAccountId: string): Promise<void> {
    await em.insert(VirtualAccountEntity, {
      id: newId(),
      smartAccountId,
      parentId: null,
      name: "DEFAULT",
      description: "Created when the account was activated.",
      isDefault: true,
      createdAt: this.clock.now(),
    });
    await this.lists.refreshVirtualAccounts(em, smartAccountId);
  }

  async create(
    user: UserEntity,
    smartAccountId: string,
    data: { name: string; description?: string | null; parentId?: string | null },
  ): Promise<VirtualAccountEntity> {
    return this.write(async (em) => {
      // One change to an account's tree at a time, each reading the tree the last one left.
      await this.writer.lock(em, smartAccountId);
      const account = await this.adminAccount(em, smartAccountId, user);
      if (data.parentId) await this.inAccount(em, account, data.parentId, "parentId");
      const va: VirtualAccountEntity = {
        id: newId(),
        smartAccountId: account.id,
        parentId: data.parentId ?? null,
        name: data.name.trim(),
        description: data.description?.trim() || null,
        isDefault: false,
        createdAt: this.clock.now(),
      };
      await em.insert(VirtualAccountEntity, va);
      await this.record(em, account, user, `Virtual account "${va.name}" created.`);
      return va;
    });
  }

  async update(
    user: UserEntity,
    id: string,
    change: VirtualAccountChange,
  ): Promise<VirtualAccountEntity> {
    return this.write(async (em) => {
      await this.writer.lockOwnerOf(em, "virtual_accounts", id);
      const va = await em.findOneBy(VirtualAccountEntity, { id });
      if (!va) throw new NotFoundError("No such virtual account.");
      const account = await this.adminAccount(em, va.smartAccountId, user);
      const patch: Partial<VirtualAccountEntity> = {};
      if (change.name != null) patch.name = change.name.trim();
      if (change.description !== undefined) patch.description = change.description?.trim() || null;
      if (change.moveToTop) patch.parentId = null;
      else if (change.parentId) {
        await this.inAccount(em, account, change.parentId, "parentId");
        if (await this.isInSubtree(em, account.id, change.parentId, va.id)) {
          throw new InvalidInputError(
            "parentId",
            "A virtual account cannot be nested under itself or its own children.",
          );
        }
        patch.parentId = change.parentId;
      }
      if (change.makeDefault) {
        await em.update(
          VirtualAccountEntity,
          { smartAccountId: account.id, isDefault: true },
          { isDefault: false },
        );
        patch.isDefault = true;
      }
      if (Object.keys(patch).length) await em.update(VirtualAccountEntity, { id }, patch);
      await this.record(em, account, user, `Virtual account "${va.name}" changed.`);
      return { ...va, ...patch };
    });
  }

  async delete(user: UserEntity, id: string): Promise<VirtualAccountEntity> {
    return this.write(async (em) => {
      await this.writer.lockOwnerOf(em, "virtual_accounts", id);
      const va = await em.findOneBy(VirtualAccountEntity, { id });
      if (!va) throw new NotFoundError("No such virtual account.");
      const account = await this.adminAccount(em, va.smartAccountId, user);
      if (va.isDefault)
        throw new StateConflictError(
          "The default virtual account cannot be deleted; make another the default first.",
        );
      if (await em.existsBy(VirtualAccountEntity, { parentId: id })) {
        throw new StateConflictError(
          "Only an empty virtual account can be deleted: move or delete the ones under it first.",
        );
      }
      if (await em.existsBy(RoleAssignmentEntity, { virtualAccountId: id })) {
        throw new StateConflictError(
          "Only an empty virtual account can be deleted: remove its users first.",
        );
      }
      await em.delete(VirtualAccountEntity, { id });
      await this.record(em, account, user, `Virtual account "${va.name}" deleted.`);
      return va;
    });
  }

  private async write<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(fn);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new InvalidInputError(
          "name",
          "This Smart Account already has a virtual account of that name.",
        );
      }
      throw error;
    }
  }

  private async adminAccount(em: EntityManager, id: string, user: UserEntity) {
    const account = await this.access.require(em, id, user, "MANAGE_VIRTUAL_ACCOUNTS");
    if (account.status !== "ACTIVE")
      throw new StateConflictError("Virtual accounts belong to active accounts only.");
    return account;
  }

  private async inAccount(
    em: EntityManager,
    account: SmartAccountEntity,
    id: string,
    field: string,
  ) {
    const found = await em.findOneBy(VirtualAccountEntity, { id, smartAccountId: account.id });
    if (!found)
      throw new InvalidInputError(field, "Choose a virtual account of this Smart Account.");
    return found;
  }

  /** Whether `candidate` is `root` or below it (walks the tree of one account, loaded once). */
  private async isInSubtree(em: EntityManager, accountId: string, candidate: string, root: string) {
    const all = await em.find(VirtualAccountEntity, {
      where: { smartAccountId: accountId },
      select: { id: true, parentId: true },
    });
    const parent = new Map(all.map((v) => [v.id, v.parentId]));
    for (let at: string | null | undefined = candidate; at; at = parent.get(at)) {
      if (at === root) return true;
    }
    return false;
  }

  /** The change in the account's history, and its virtual accounts' copy recomputed. */
  private async record(
    em: EntityManager,
    account: SmartAccountEntity,
    user: UserEntity,
    detail: string,
  ) {
    await this.lists.refreshVirtualAccounts(em, account.id);
    await this.writer.note(em, account, {
      type: "VIRTUAL_ACCOUNTS_CHANGED",
      actor: { id: user.id, email: user.email },
      detail,
    });
  }
}
