import { Field, Int, ObjectType } from "type-graphql";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { InvalidInputError } from "./errors";

@ObjectType({ description: "Where a page stands in a list (Relay)." })
export class PageInfo {
  @Field({ description: "Whether there are edges after this page." })
  hasNextPage: boolean;

  @Field({ description: "Whether there are edges before this page." })
  hasPreviousPage: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The cursor of the first edge on this page.",
  })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: "The cursor of the last edge on this page." })
  endCursor: string | null;
}

export type Edge<T> = { readonly cursor: string; node: T };

/**
 * An edge whose cursor is encoded from its row when something reads it: a client that pages by
 * the page's `endCursor` (as the console does) never asks for the others, and a page's rows then
 * cost no encoding each. The encoder is the page's, shared by its edges (no function per row).
 */
class LazyEdge<T, R> implements Edge<T> {
  constructor(
    readonly node: T,
    private readonly row: R,
    private readonly cursorOf: (row: R) => string,
  ) {}

  get cursor(): string {
    return this.cursorOf(this.row);
  }
}

export function lazyEdge<T, R>(node: T, row: R, cursorOf: (row: R) => string): Edge<T> {
  return new LazyEdge(node, row, cursorOf);
}

/** An edge's own cursor: for an edge made from another one (same row, another node). */
export const cursorOfEdge = (edge: Edge<unknown>): string => edge.cursor;

export type Connection<T> = { edges: Edge<T>[]; pageInfo: PageInfo; totalCount: number };

export const MAX_PAGE_SIZE = 100;

export function checkPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new InvalidInputError("first", `first must be from 1 to ${MAX_PAGE_SIZE}.`);
  }
}

/** Cursors are opaque to clients: base64url of the keyset values of the row. */
export function encodeCursor(values: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

export function decodeCursor(cursor: string, arity: number): Array<string | number> {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => typeof v === "string" || typeof v === "number")
    ) {
      return values as Array<string | number>;
    }
  } catch {
    // fall through to the field error below
  }
  throw new InvalidInputError("after", "after is not a cursor from this list.");
}

/** Where a page stands: the cursors of its first and last rows, and whether rows lie beyond. */
export function pageInfoOf<T>(
  page: readonly T[],
  cursorOf: (row: T) => string,
  hasNextPage: boolean,
  hasPreviousPage: boolean,
): PageInfo {
  return {
    hasNextPage,
    hasPreviousPage,
    startCursor: page.length ? cursorOf(page[0]) : null,
    endCursor: page.length ? cursorOf(page[page.length - 1]) : null,
  };
}

/** Builds a connection from rows fetched with `limit = first + 1` (the extra row says there is more). */
export function toConnection<T>(
  rows: T[],
  first: number,
  totalCount: number,
  cursorOf: (row: T) => string,
  hasPreviousPage: boolean,
): Connection<T> {
  const page = rows.slice(0, first);
  return {
    edges: page.map((node) => lazyEdge(node, node, cursorOf)),
    totalCount,
    pageInfo: pageInfoOf(page, cursorOf, rows.length > first, hasPreviousPage),
  };
}

/** One column of a keyset order; a Date key goes into the cursor as ISO text. */
export type KeysetKey<T> = { column: string; order: "ASC" | "DESC" } & (
  { date: true; of: (row: T) => Date } | { date?: false; of: (row: T) => string | number }
);

/**
 * Orders `query` by `keys`, keeps the rows after `cursor` and fetches `first + 1` of them, then
 * builds the connection with `count` run alongside. The condition is spelled
 * `a > ? OR (a = ? AND b > ?)` because MariaDB does not range-scan the row form `(a, b) > (?, ?)`.
 */
export async function keysetPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  keys: ReadonlyArray<KeysetKey<T>>,
  cursor: ReadonlyArray<string | number> | null,
  first: number,
  count: () => Promise<number>,
): Promise<Connection<T>> {
  query.orderBy(Object.fromEntries(keys.map((k) => [k.column, k.order]))).limit(first + 1);
  if (cursor) {
    const params: ObjectLiteral = {};
    const after = (i: number): string => {
      const { column, order, date } = keys[i];
      const p = `keyset${i}`;
      params[p] = date ? new Date(cursor[i]) : cursor[i];
      const past = `${column} ${order === "ASC" ? ">" : "<"} :${p}`;
      return i === keys.length - 1 ? past : `(${past} OR (${column} = :${p} AND ${after(i + 1)}))`;
    };
    query.andWhere(after(0), params);
  }
  const [rows, totalCount] = await Promise.all([query.getMany(), count()]);
  return toConnection(
    rows,
    first,
    totalCount,
    (row) => encodeCursor(keys.map((k) => (k.date ? k.of(row).toISOString() : k.of(row)))),
    cursor !== null,
  );
}

export function connectionTypes<T>(
  node: new () => T,
  name: string,
  singular: string,
  plural: string,
) {
  @ObjectType(`${name}Edge`, { description: `${singular} and its cursor.` })
  class EdgeType {
    @Field(() => String, {
      description: `Where this ${singular.replace(/^(a|an) /, "")} stands in the list.`,
    })
    cursor: string;

    @Field(() => node, { description: `The ${singular.replace(/^(a|an) /, "")}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${plural}.` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: `The ${plural} on this page.` })
    edges: EdgeType[];

    @Field(() => PageInfo, { description: "Where this page stands." })
    pageInfo: PageInfo;

    @Field(() => Int, { description: `How many ${plural} there are in all.` })
    totalCount: number;
  }

  return { EdgeType, ConnectionType };
}
