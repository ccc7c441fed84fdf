import type { EntityManager } from "typeorm";
import type { Clock } from "../../common/clock";
import { DAY } from "../../common/clock";
import { StateConflictError } from "../../common/errors";
import { newId } from "../../common/secrets";
import { identifierSkeleton } from "../domain/domain-identifier";
import { AccountEventEntity } from "./account-event.entity";
import type { SmartAccountEntity, SmartAccountStatus } from "./smart-account.entity";
import { SmartAccountEntity as Account } from "./smart-account.entity";
import { assertTransition, LAPSING_STATUSES } from "./smart-account.states";

export type Actor = { id: string; email: string } | null;

export const LAPSE_AFTER_MS = 90 * DAY;

type Patch = Partial<
  Omit<SmartAccountEntity, "id" | "version" | "liveIdentifier" | "createdAt" | "status">
>;

/**
 * Every change to an account goes through here: one conditional UPDATE on the version the caller
 * read (so of concurrent changes exactly one wins, the rest get CONFLICT) and one history event.
 */
export class AccountWriter {
  constructor(private readonly clock: Clock) {}

  async change(
    em: EntityManager,
    account: SmartAccountEntity,
    event: { type: string; actor: Actor; detail?: string | null },
    patch: Patch = {},
    to?: SmartAccountStatus,
  ): Promise<SmartAccountEntity> {
    const now = this.clock.now();
    const before = account.status;
    const set: Record<string, unknown> = { ...patch, updatedAt: now, version: account.version + 1 };
    if (patch.domainIdentifier) set.identifierSkeleton = identifierSkeleton(patch.domainIdentifier);
    if (to && to !== before) {
      assertTransition(before, to);
      set.status = to;
      set.statusChangedAt = now;
      set.remindersSent = 0;
      if (LAPSING_STATUSES.includes(to)) set.lapseAt = new Date(now.getTime() + LAPSE_AFTER_MS);
      if (to === "ACTIVE") {
        set.lapseAt = null;
        set.activatedAt = now;
      }
    }
    const result = await em
      .createQueryBuilder()
      .update(Account)
      .set(set)
      .where("id = :id AND version = :version AND status = :status", {
        id: account.id,
        version: account.version,
        status: before,
      })
      .execute();
    if (result.affected !== 1) {
      throw new StateConflictError(
        "This account changed while you were acting on it (someone else decided first). Reload it and try again.",
      );
    }
    const updated = Object.assign(account, set) as SmartAccountEntity;
    await this.record(em, updated, event, before);
    return updated;
  }

  async record(
    em: EntityManager,
    account: SmartAccountEntity,
    event: { type: string; actor: Actor; detail?: string | null },
    statusBefore: SmartAccountStatus | null,
  ): Promise<void> {
    await em.insert(AccountEventEntity, {
      id: newId(),
      smartAccountId: account.id,
      sequence: account.version,
      type: event.type,
      actorId: event.actor?.id ?? null,
      actorEmail: event.actor?.email ?? null,
      statusBefore,
      statusAfter: account.status,
      detail: event.detail?.slice(0, 2000) ?? null,
      createdAt: this.clock.now(),
    });
  }
}
