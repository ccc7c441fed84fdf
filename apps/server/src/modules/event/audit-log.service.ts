import { InvalidInputError, NotAllowedError, NotFoundError } from "../../common/errors";
import { isDeliverableEmail } from "../../common/email-address";
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  toConnection,
  type Connection,
} from "../../common/pagination";
import type { Db } from "../../db/data-source";
import { loadRelation, mayRead, maySee } from "../policy/account-policy";
import {
  ACCOUNT_EVENT_KINDS,
  AccountEventEntity,
  type AccountEventKind,
} from "../smart-account/account-event.entity";
import { SmartAccountEntity } from "../smart-account/smart-account.entity";
import type { UserEntity } from "../user/user.entity";

/** What the staff's audit log may be narrowed to; each one left null keeps everything. */
export type AuditLogFilter = {
  actorEmail: string | null;
  types: AccountEventKind[] | null;
  accountId: string | null;
  /** At or after this moment. */
  from: Date | null;
  /** Before this moment. */
  to: Date | null;
};

export const NO_AUDIT_FILTER: AuditLogFilter = {
  actorEmail: null,
  types: null,
  accountId: null,
  from: null,
  to: null,
};

export type AuditLogPage = Connection<AccountEventEntity> & { totalCountIsCapped: boolean };

/** Counting a filter's matches stops here: the log of every account only grows. */
export const AUDIT_COUNT_CAP = 1000;

const ACCOUNT_ID = /^[\w-]{1,64}$/;

function wholeNumberAfter(after: string | null): number {
  if (after === null) return 0;
  const [value] = decodeCursor(after, 1);
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new InvalidInputError("after", "after is not a cursor from this list.");
  }
  return value;
}

/**
 * Checks a filter, naming the field at fault, and puts it in the form the query compares: the
 * actor's email in lower case (as the history records it).
 */
export function checkAuditFilter(filter: AuditLogFilter): AuditLogFilter {
  const { actorEmail, types, accountId, from, to } = filter;
  if (actorEmail !== null && (actorEmail.length > 254 || !isDeliverableEmail(actorEmail))) {
    throw new InvalidInputError(
      "actorEmail",
      "actorEmail must be an email address, such as name@example.com.",
    );
  }
  if (types !== null) {
    if (types.length === 0) {
      throw new InvalidInputError(
        "types",
        "types must name at least one event type (or be left out for all).",
      );
    }
    const unknown = types.filter((t) => !(ACCOUNT_EVENT_KINDS as readonly string[]).includes(t));
    if (unknown.length > 0) {
      throw new InvalidInputError("types", `These are not event types: ${unknown.join(", ")}.`);
    }
  }
  if (accountId !== null && !ACCOUNT_ID.test(accountId)) {
    throw new InvalidInputError("accountId", "accountId is not a Smart Account's id.");
  }
  for (const [field, date] of [
    ["from", from],
    ["to", to],
  ] as const) {
    if (date !== null && Number.isNaN(date.getTime())) {
      throw new InvalidInputError(field, `${field} must be a date and time (ISO 8601).`);
    }
  }
  if (from !== null && to !== null && to.getTime() <= from.getTime()) {
    throw new InvalidInputError("to", "to must be later than from.");
  }
  return {
    actorEmail: actorEmail === null ? null : actorEmail.trim().toLowerCase(),
    types: types === null ? null : [...new Set(types)],
    accountId,
    from,
    to,
  };
}

/**
 * Reading the history for audit: one account's whole history for those who may read it, and the
 * log of every account's history for staff. Both are keyset-paged on unique indexed keys, so an
 * export walks any length of history one page at a time.
 */
export class AuditLogService {
  constructor(private readonly db: Db) {}

  /**
   * A page of one account's history in its own order (sequence 1, 2, 3 …), by the
   * (smartAccountId, sequence) unique index. NOT_FOUND, saying no more, to anyone who may not read
   * the history (the same rule as the account's `history` field): whether the account exists is
   * not theirs to learn from a download.
   */
  async accountHistory(
    user: UserEntity,
    accountId: string,
    first: number,
    after: string | null,
  ): Promise<Connection<AccountEventEntity>> {
    checkPageSize(first);
    const afterSequence = wholeNumberAfter(after);
    return this.db.read(async (em) => {
      const account = ACCOUNT_ID.test(accountId)
        ? await em.findOneBy(SmartAccountEntity, { id: accountId })
        : null;
      const relation = account ? await loadRelation(em, account, user) : null;
      if (!account || !relation || !maySee(account, relation)) {
        throw new NotFoundError("No such Smart Account.");
      }
      if (!mayRead(account, relation, "ADMIN")) {
        throw new NotFoundError("No such Smart Account.");
      }
      const rows = await em
        .createQueryBuilder(AccountEventEntity, "e")
        .where("e.smartAccountId = :accountId", { accountId })
        .andWhere("e.sequence > :afterSequence", { afterSequence })
        .orderBy("e.sequence", "ASC")
        .limit(first + 1)
        .getMany();
      return toConnection(
        rows,
        first,
        account.eventSeq,
        (e) => encodeCursor([e.sequence]),
        afterSequence > 0,
      );
    });
  }

  /**
   * A page of every account's history for staff, newest first, after a cursor: the events the
   * feed has numbered, by position (descending), narrowed by the filter. The account, type and
   * actor filters read the (smartAccountId, position), (type, position) and (actorEmail, position)
   * indexes in that order; the time filter is tested on the rows that walk reads (positions follow
   * commit order, so a range of time is a range of positions only roughly). FORBIDDEN to anyone
   * else.
   */
  async auditLog(
    user: UserEntity,
    rawFilter: AuditLogFilter,
    first: number,
    after: string | null,
  ): Promise<AuditLogPage> {
    if (!user.isStaff) {
      throw new NotAllowedError("Only staff may read the audit log of every account.");
    }
    checkPageSize(first);
    const before = after === null ? null : wholeNumberAfter(after);
    const filter = checkAuditFilter(rawFilter);
    return this.db.read(async (em) => {
      const filtered = () => {
        const q = em.createQueryBuilder(AccountEventEntity, "e").where("e.position IS NOT NULL");
        if (filter.accountId !== null) {
          q.andWhere("e.smartAccountId = :accountId", { accountId: filter.accountId });
        }
        if (filter.types !== null) q.andWhere("e.type IN (:...types)", { types: filter.types });
        if (filter.actorEmail !== null) {
          q.andWhere("e.actorEmail = :actorEmail", { actorEmail: filter.actorEmail });
        }
        if (filter.from !== null) q.andWhere("e.createdAt >= :from", { from: filter.from });
        if (filter.to !== null) q.andWhere("e.createdAt < :to", { to: filter.to });
        return q;
      };
      const page = filtered()
        .orderBy("e.position", "DESC")
        .limit(first + 1);
      if (before !== null) page.andWhere("e.position < :before", { before });
      const rows = await page.getMany();
      // The count reads at most one row past the cap, whatever the log's length.
      const [countSql, countParams] = filtered()
        .select("e.id")
        .limit(AUDIT_COUNT_CAP + 1)
        .getQueryAndParameters();
      const [{ n }] = await em.query<Array<{ n: number | string }>>(
        `SELECT COUNT(*) AS n FROM (${countSql}) c`,
        countParams,
      );
      const total = Number(n);
      return {
        ...toConnection(
          rows,
          first,
          Math.min(total, AUDIT_COUNT_CAP),
          (e) => encodeCursor([e.position as number]),
          before !== null,
        ),
        totalCountIsCapped: total > AUDIT_COUNT_CAP,
      };
    });
  }
}
