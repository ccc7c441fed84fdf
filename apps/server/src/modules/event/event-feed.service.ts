import { NotAllowedError, InvalidInputError } from "../../common/errors";
import { checkPageSize, decodeCursor, encodeCursor } from "../../common/pagination";
import type { Db } from "../../db/data-source";
import {
  historyReadableAccounts,
  loadRelation,
  mayRead,
  visibleAccount,
} from "../policy/account-policy";
import { AccountEventEntity, type AccountEventKind } from "../smart-account/account-event.entity";
import type { UserEntity } from "../user/user.entity";

export type FeedQuery = {
  first: number;
  after: string | null;
  types: AccountEventKind[] | null;
  accountId: string | null;
};

export type FeedEdge = { cursor: string; node: AccountEventEntity };
export type FeedPage = {
  edges: FeedEdge[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
};

/** A feed cursor is the position of the last event read (0: before the first). */
export function cursorOf(position: number): string {
  return encodeCursor([position]);
}

function positionAfter(after: string): number {
  const [position] = decodeCursor(after, 1);
  if (typeof position !== "number" || !Number.isSafeInteger(position) || position < 0) {
    throw new InvalidInputError("after", "after is not a cursor from this list.");
  }
  return position;
}

/**
 * The events feed: every account's history events the caller may read, in the order they were
 * committed (their position), after a cursor. Only numbered events are served (see
 * EventSequencer), so a position once passed is never filled in later: a reader that resumes
 * from its last cursor misses nothing and sees nothing twice.
 */
export class EventFeedService {
  constructor(private readonly db: Db) {}

  async feed(user: UserEntity, query: FeedQuery): Promise<FeedPage> {
    const { first, accountId, types } = query;
    checkPageSize(first);
    const after = query.after === null ? 0 : positionAfter(query.after);
    if (types !== null && types.length === 0) {
      throw new InvalidInputError(
        "types",
        "types must name at least one event type (or be left out for all).",
      );
    }
    return this.db.read(async (em) => {
      if (accountId !== null) {
        // One account asked for by id: say so when its history is not the caller's to read,
        // rather than answer an empty feed for ever.
        const account = await visibleAccount(em, accountId, user);
        if (!mayRead(account, await loadRelation(em, account, user), "ADMIN")) {
          throw new NotAllowedError(
            "Only the account's administrators and approvers (and, while it is provisional, its requester and pending approvers) may read its events.",
          );
        }
      }
      const q = em
        .createQueryBuilder(AccountEventEntity, "e")
        .where("e.position > :after", { after })
        .orderBy("e.position", "ASC")
        .limit(first + 1);
      if (types !== null) q.andWhere("e.type IN (:...types)", { types });
      if (accountId !== null) q.andWhere("e.smartAccountId = :accountId", { accountId });
      const readable = historyReadableAccounts(user);
      if (readable) {
        q.innerJoin(
          `(${readable.sql})`,
          "readable",
          "readable.accountId = e.smartAccountId",
          readable.params,
        );
      }
      const rows = await q.getMany();
      const edges = rows
        .slice(0, first)
        .map((node) => ({ node, cursor: cursorOf(node.position as number) }));
      return {
        edges,
        pageInfo: {
          hasNextPage: rows.length > first,
          hasPreviousPage: after > 0,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges[edges.length - 1]?.cursor ?? null,
        },
      };
    });
  }
}
