import type { EntityManager } from "typeorm";
import type { Clock } from "../../common/clock";
import { DAY } from "../../common/clock";
import { StateConflictError } from "../../common/errors";
import { newId } from "../../common/secrets";
import { afterCommit } from "../../db/data-source";
import { identifierSkeleton } from "../domain/domain-identifier";
import type { MembershipWriter } from "../directory/membership-writer";
import { AccountEventEntity } from "./account-event.entity";
import { EVENTS_WRITTEN } from "./event-sequencer";
import type { AccountEventKind } from "./account-event.entity";
import type { SmartAccountEntity, SmartAccountStatus } from "./smart-account.entity";
import { SmartAccountEntity as Account } from "./smart-account.entity";
import { assertTransition, LAPSING_STATUSES } from "./smart-account.states";

export type Actor = { id: string; email: string } | null;

/** The history's record of who acted. */
export function actorOf(user: { id: string; email: string }): Actor {
  return { id: user.id, email: user.email };
}

export const LAPSE_AFTER_MS = 90 * DAY;

type Patch = Partial<
  Omit<
    SmartAccountEntity,
    "id" | "version" | "eventSeq" | "liveIdentifier" | "createdAt" | "status"
  >
>;

/** The account's columns the directory lists, orders or filters by (and whose it is). */
const LISTED: ReadonlyArray<keyof Patch> = [
  "nameKey",
  "visibility",
  "topLevelDomain",
  "requesterId",
];

export type AccountEvent = { type: AccountEventKind; actor: Actor; detail?: string | null };

/**
 * Every change to an account and its history goes through here. Two kinds:
 *
 * - `change`: the account's own state and fields (status transitions; name, visibility, company
 *   and address, notes and messages, identifier, approver, decline reason, lapse reminders, the
 *   access-automation rule). One conditional UPDATE on the version the caller read, so of
 *   concurrent changes exactly one wins and the rest get CONFLICT.
 * - `note`: what hangs off the account (access requests, nominations, roles, virtual accounts,
 *   emails resent). A history event only: the version stays, so these never conflict with each
 *   other; they conflict only with a status change that happened since the caller read it.
 *
 * Either way the event takes the account's next event number, counted on the account row with an
 * atomic increment: concurrent writers queue on the row's lock instead of failing, and the
 * history stays append-only and totally ordered.
 */
export class AccountWriter {
  constructor(
    private readonly clock: Clock,
    private readonly membership: MembershipWriter,
  ) {}

  async change(
    em: EntityManager,
    account: SmartAccountEntity,
    event: AccountEvent,
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
      set.decisionRemindersSent = 0;
      if (LAPSING_STATUSES.includes(to)) set.lapseAt = new Date(now.getTime() + LAPSE_AFTER_MS);
      if (to === "ACTIVE") {
        set.lapseAt = null;
        set.activatedAt = now;
      }
    }
    const result = await em
      .createQueryBuilder()
      .update(Account)
      .set({ ...set, eventSeq: () => "eventSeq + 1" })
      .where("id = :id AND version = :version AND status = :status", {
        id: account.id,
        version: account.version,
        status: before,
      })
      .execute();
    if (result.affected !== 1) {
      // A decision lost to another; an edit of the details met someone else's edit.
      throw new StateConflictError(
        to && to !== before
          ? "This account changed while you were acting on it (someone else decided first). Reload it and try again."
          : "This account's details changed while you were editing them (someone else saved first). Reload it and try again.",
      );
    }
    const updated = Object.assign(account, set) as SmartAccountEntity;
    await this.insert(em, updated, event, before);
    // A new status, name, visibility or domain moves the account in every directory it is in.
    if ((to && to !== before) || LISTED.some((column) => column in patch)) {
      await this.membership.refreshAccounts(em, [account.id]);
    }
    return updated;
  }

  /**
   * A change to what hangs off the account, in its history. The account must still be in the
   * status the caller read (a sub-resource change made for a pending account is not one for an
   * active one), but its version and fields may have moved.
   */
  async note(em: EntityManager, account: SmartAccountEntity, event: AccountEvent): Promise<void> {
    const result = await em
      .createQueryBuilder()
      .update(Account)
      .set({ eventSeq: () => "eventSeq + 1" })
      .where("id = :id AND status = :status", { id: account.id, status: account.status })
      .execute();
    if (result.affected !== 1) {
      throw new StateConflictError(
        "The account's status changed while you were acting on it. Reload it and try again.",
      );
    }
    await this.insert(em, account, event, account.status);
  }

  /** A new account and its first event: the account table is written only here and in change. */
  async create(em: EntityManager, account: SmartAccountEntity, event: AccountEvent) {
    // A new account has no administrators and no virtual accounts yet: their copies start empty
    // (the role and virtual-account services keep them from here; see AccountListsWriter).
    await em.insert(Account, { administratorList: "[]", virtualAccountList: "[]", ...account });
    await this.record(em, account, event, null);
    await this.membership.refreshAccounts(em, [account.id]);
  }

  /** The first event of an account just inserted (by the same unit of work). */
  async record(
    em: EntityManager,
    account: SmartAccountEntity,
    event: AccountEvent,
    statusBefore: SmartAccountStatus | null,
  ): Promise<void> {
    await em
      .createQueryBuilder()
      .update(Account)
      .set({ eventSeq: () => "eventSeq + 1" })
      .where("id = :id", { id: account.id })
      .execute();
    await this.insert(em, account, event, statusBefore);
  }

  /**
   * Serialises the changes to one account's sub-resources: the account row's lock, held to the
   * end of the unit of work. Call it first, before reading anything, so that what is read after
   * it is current (on MySQL a transaction's reads see the snapshot of its first read): rules
   * across rows (the last administrator, the virtual-account tree) then hold under concurrency.
   */
  async lock(em: EntityManager, accountId: string): Promise<void> {
    await em
      .createQueryBuilder()
      .update(Account)
      .set({ eventSeq: () => "eventSeq" })
      .where("id = :id", { id: accountId })
      .execute();
  }

  /**
   * Like `lock`, for the account that owns a row of `table` (a virtual account, a request …).
   * The owner is compared with `=`, not `IN`: MariaDB runs a single-table UPDATE's `IN (SELECT …)`
   * as a dependent subquery over every account row, scanning (and under REPEATABLE READ locking)
   * the whole table; `= (SELECT …)` by primary key is read once and the account found by its key.
   */
  async lockOwnerOf(
    em: EntityManager,
    table: "virtual_accounts" | "access_requests" | "nominations",
    id: string,
  ): Promise<void> {
    await em
      .createQueryBuilder()
      .update(Account)
      .set({ eventSeq: () => "eventSeq" })
      .where(`id = (SELECT smartAccountId FROM ${table} WHERE id = :id)`, { id })
      .execute();
  }

  /** The event takes the counter the UPDATE before it just incremented (read under its lock). */
  private async insert(
    em: EntityManager,
    account: SmartAccountEntity,
    event: AccountEvent,
    statusBefore: SmartAccountStatus | null,
  ): Promise<void> {
    const row = await em
      .createQueryBuilder(Account, "a")
      .select("a.eventSeq", "eventSeq")
      .where("a.id = :id", { id: account.id })
      .getRawOne<{ eventSeq: number | string }>();
    const sequence = Number(row?.eventSeq);
    account.eventSeq = sequence;
    await em.insert(AccountEventEntity, {
      id: newId(),
      smartAccountId: account.id,
      sequence,
      // Given after commit, in commit order (EventSequencer): the feed serves it from then on.
      position: null,
      type: event.type,
      actorId: event.actor?.id ?? null,
      actorEmail: event.actor?.email ?? null,
      statusBefore,
      statusAfter: account.status,
      detail: event.detail?.slice(0, 2000) ?? null,
      createdAt: this.clock.now(),
    });
    afterCommit(em, EVENTS_WRITTEN);
  }
}
