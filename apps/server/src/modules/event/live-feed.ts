import type { Logger } from "pino";
import { In } from "typeorm";
import { Channel } from "../../common/channel";
import {
  NotAllowedError,
  NotFoundError,
  StateConflictError,
  type DomainError,
} from "../../common/errors";
import type { Db } from "../../db/data-source";
import { loadRelation, loadRelations, mayReceiveEvents, maySee } from "../policy/account-policy";
import { AccountEventEntity, type AccountEventKind } from "../smart-account/account-event.entity";
import { SmartAccountEntity } from "../smart-account/smart-account.entity";
import type { UserEntity } from "../user/user.entity";

/** Who a subscription is for; `user` is refreshed while the socket lives (see the socket's checks). */
export type Viewer = { readonly user: UserEntity };

/** What an `accountChanged` stream carries: an event, or why the subscriber may read no more. */
export type AccountChange = { event: AccountEventEntity } | { refused: DomainError };

/** The counts of one person, as PendingCountsService computes them for many at once. */
export type Counts = { approvals: number; accessRequests: number; domainReviews: number | null };
export type CountsOf = (users: readonly UserEntity[]) => Promise<Map<string, Counts>>;

type AccountSub = { viewer: Viewer; accountId: string; channel: Channel<AccountChange> };
type CountsSub = { viewer: Viewer; last: Counts; channel: Channel<Counts> };

/** Events read per statement. */
const BATCH = 500;
/** Events waiting for one slow subscriber before its stream is ended (it can resume from the feed). */
const MAX_WAITING = 1000;
/** Events that change nobody's pending counts: reminders, resent emails, edits of details. */
const COUNT_NEUTRAL = new Set<AccountEventKind>([
  "APPROVAL_EMAIL_RESENT",
  "LAPSE_REMINDER_SENT",
  "DECISION_REMINDER_SENT",
  "NOMINATION_RESENT",
  "ACCESS_REMINDER_SENT",
  "DETAILS_UPDATED",
  "VIRTUAL_ACCOUNTS_CHANGED",
  "AUTOMATION_CHANGED",
]);

const sameCounts = (a: Counts, b: Counts) =>
  a.approvals === b.approvals &&
  a.accessRequests === b.accessRequests &&
  a.domainReviews === b.domainReviews;

const NO_LONGER =
  "You may no longer read this account's events (only its administrators and approvers, and while it is provisional its requester and pending approvers, may).";

/**
 * The subscriptions of this process, fed from the events feed.
 *
 * Every process polls the feed from a cursor of its own: one statement per tick for all of its
 * subscribers, whatever their number, and only while someone is subscribed. The feed serves only
 * numbered events, and numbers are given in commit order (EventSequencer), so a cursor over
 * positions sees every committed event once, whichever process wrote it: that is what makes
 * subscriptions work with several server processes and either database. A write in this process
 * wakes the poller at once (after its events are numbered); writes in other processes arrive
 * within one tick.
 *
 * Each event is filtered through the account policy for each subscriber as they are now (one
 * read of the accounts per batch and one of the relations per subscribing person, however many
 * subscriptions they hold), and each person's pending counts are recomputed for all subscribers
 * of the process in three statements when a batch holds an event that may change them; a
 * subscriber is sent a value only when theirs changed.
 *
 * Live updates are a prompt to look, not the record: a subscriber that falls more than 1000
 * events behind is ended with an error, and anyone who must see every event reads the `events`
 * query from their last cursor.
 *
 * The tick also runs `checks` (the sockets' session and token checks) while any socket is open,
 * subscribed or not.
 */
export class LiveFeed {
  private holds = 0;
  private timer: NodeJS.Timeout | null = null;
  private cursor: number | null = null;
  private cursorRead: Promise<number> | null = null;
  private running: Promise<void> | null = null;
  /** Subscriptions being opened (between their first await and joining a set). */
  private opening = 0;
  private again = false;
  private readonly accountSubs = new Set<AccountSub>();
  private readonly countsSubs = new Set<CountsSub>();
  private readonly checks = new Set<() => Promise<void>>();

  constructor(
    private readonly db: Db,
    private readonly countsOf: CountsOf,
    private readonly log: Logger,
    private readonly pollMs: number,
  ) {}

  /** Keeps the poller ticking until the returned function is called (once). */
  hold(): () => void {
    this.holds += 1;
    if (!this.timer) {
      this.timer = setInterval(() => void this.tick(true), this.pollMs);
      this.timer.unref();
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds -= 1;
      if (this.holds === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = null;
      }
    };
  }

  /** Runs on every timer tick while the poller is held; returns a function that removes it. */
  onTick(check: () => Promise<void>): () => void {
    this.checks.add(check);
    return () => this.checks.delete(check);
  }

  /** This process wrote events (and they are numbered): deliver them now, not at the next tick. */
  wake(): void {
    if (this.accountSubs.size > 0 || this.countsSubs.size > 0) void this.tick(false);
  }

  /** How many subscriptions are open in this process. */
  get size(): number {
    return this.accountSubs.size + this.countsSubs.size;
  }

  /**
   * A stream of one account's events, for someone who may read its history: NOT_FOUND when they
   * may not see the account, FORBIDDEN when they see it but may not read its history (as the
   * `events` query with an accountId). Refused later, when they lose that right, with one last
   * item saying so.
   */
  async accountChanged(
    viewer: Viewer,
    accountId: string,
  ): Promise<AsyncIterableIterator<AccountChange>> {
    this.opening += 1;
    try {
      return await this.openAccountChanged(viewer, accountId);
    } finally {
      this.opening -= 1;
      this.forgetCursorIfIdle();
    }
  }

  private async openAccountChanged(
    viewer: Viewer,
    accountId: string,
  ): Promise<AsyncIterableIterator<AccountChange>> {
    await this.db.read(async (em) => {
      const account = /^[\w-]{1,64}$/.test(accountId)
        ? await em.findOneBy(SmartAccountEntity, { id: accountId })
        : null;
      const relation = account ? await loadRelation(em, account, viewer.user) : null;
      if (!account || !relation || !maySee(account, relation)) {
        throw new NotFoundError("No such Smart Account.");
      }
      if (!mayReceiveEvents(account, relation)) {
        throw new NotAllowedError(
          "Only the account's administrators and approvers (and, while it is provisional, its requester and pending approvers) may read its events.",
        );
      }
    });
    await this.startCursor();
    const release = this.hold();
    const sub: AccountSub = {
      viewer,
      accountId,
      channel: new Channel<AccountChange>(() => {
        this.accountSubs.delete(sub);
        this.forgetCursorIfIdle();
        release();
      }, MAX_WAITING),
    };
    this.accountSubs.add(sub);
    return sub.channel;
  }

  /** A stream of the viewer's pending counts: now, then each time they change. */
  async pendingCounts(viewer: Viewer): Promise<AsyncIterableIterator<Counts>> {
    this.opening += 1;
    try {
      return await this.openPendingCounts(viewer);
    } finally {
      this.opening -= 1;
      this.forgetCursorIfIdle();
    }
  }

  private async openPendingCounts(viewer: Viewer): Promise<AsyncIterableIterator<Counts>> {
    await this.startCursor();
    const now = (await this.countsOf([viewer.user])).get(viewer.user.id)!;
    const release = this.hold();
    const sub: CountsSub = {
      viewer,
      last: now,
      channel: new Channel<Counts>(() => {
        this.countsSubs.delete(sub);
        this.forgetCursorIfIdle();
        release();
      }, 1),
    };
    sub.channel.push(now);
    this.countsSubs.add(sub);
    return sub.channel;
  }

  /** Ends every stream (the server is stopping). */
  close(): void {
    for (const sub of [...this.accountSubs]) sub.channel.end();
    for (const sub of [...this.countsSubs]) sub.channel.end();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Nobody listens: the next subscription starts from the feed's end then, not from here. */
  private forgetCursorIfIdle(): void {
    if (this.size === 0 && this.opening === 0) this.cursor = null;
  }

  /** The feed's end when the first subscription comes (older events are not live). */
  private async startCursor(): Promise<void> {
    if (this.cursor !== null) return;
    this.cursorRead ??= this.db
      .read((em) =>
        em.query<Array<{ last: number | string | null }>>(
          "SELECT MAX(position) AS last FROM account_events",
        ),
      )
      .then(([row]) => Number(row?.last ?? 0))
      .finally(() => {
        this.cursorRead = null;
      });
    const last = await this.cursorRead;
    this.cursor ??= last;
  }

  private tick(timer: boolean): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      if (timer) {
        for (const check of [...this.checks]) {
          try {
            await check();
          } catch (error) {
            this.log.error({ err: error }, "live socket check failed; the next tick tries again");
          }
        }
      }
      do {
        this.again = false;
        await this.deliver();
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async deliver(): Promise<void> {
    if (this.size === 0 || this.cursor === null) return;
    try {
      for (;;) {
        const from = this.cursor;
        const events = await this.db.read((em) =>
          em
            .createQueryBuilder(AccountEventEntity, "e")
            .where("e.position > :from", { from })
            .orderBy("e.position", "ASC")
            .limit(BATCH)
            .getMany(),
        );
        if (events.length === 0) return;
        this.cursor = events[events.length - 1].position as number;
        await this.toAccountSubs(events);
        await this.toCountsSubs(events);
        if (events.length < BATCH) return;
      }
    } catch (error) {
      this.log.error({ err: error }, "live updates failed; the next tick tries again");
    }
  }

  private async toAccountSubs(events: AccountEventEntity[]): Promise<void> {
    const byAccount = new Map<string, AccountEventEntity[]>();
    for (const event of events) {
      const list = byAccount.get(event.smartAccountId) ?? [];
      list.push(event);
      byAccount.set(event.smartAccountId, list);
    }
    const subs = [...this.accountSubs].filter((s) => byAccount.has(s.accountId));
    if (subs.length === 0) return;
    const byUser = new Map<string, AccountSub[]>();
    for (const sub of subs) {
      const list = byUser.get(sub.viewer.user.id) ?? [];
      list.push(sub);
      byUser.set(sub.viewer.user.id, list);
    }
    await this.db.read(async (em) => {
      const accounts = new Map(
        (
          await em.findBy(SmartAccountEntity, {
            id: In([...new Set(subs.map((s) => s.accountId))]),
          })
        ).map((a) => [a.id, a]),
      );
      for (const userSubs of byUser.values()) {
        const user = userSubs[0].viewer.user;
        const theirs = [...new Set(userSubs.map((s) => s.accountId))]
          .map((id) => accounts.get(id))
          .filter((a): a is SmartAccountEntity => a !== undefined);
        const relations = await loadRelations(em, theirs, user);
        for (const sub of userSubs) {
          const account = accounts.get(sub.accountId);
          const relation = relations.get(sub.accountId);
          if (!account || !relation || !mayReceiveEvents(account, relation)) {
            const refused =
              account && relation && maySee(account, relation)
                ? new NotAllowedError(NO_LONGER)
                : new NotFoundError("No such Smart Account.");
            sub.channel.push({ refused });
            sub.channel.end();
            continue;
          }
          for (const event of byAccount.get(sub.accountId)!) {
            if (!sub.channel.push({ event })) {
              // Too far behind: what waits is dropped for the reason, and the stream ends.
              sub.channel.replace({
                refused: new StateConflictError(
                  "This subscription fell too far behind and was ended: read the events query from your last cursor, then subscribe again.",
                ),
              });
              sub.channel.end();
              break;
            }
          }
        }
      }
    });
  }

  private async toCountsSubs(events: AccountEventEntity[]): Promise<void> {
    if (this.countsSubs.size === 0 || events.every((e) => COUNT_NEUTRAL.has(e.type))) return;
    const subs = [...this.countsSubs];
    const users = new Map(subs.map((s) => [s.viewer.user.id, s.viewer.user]));
    const counts = await this.countsOf([...users.values()]);
    for (const sub of subs) {
      const now = counts.get(sub.viewer.user.id);
      if (!now || sameCounts(now, sub.last)) continue;
      sub.last = now;
      sub.channel.replace(now);
    }
  }
}
