import {
  QueryFailedError,
  type EntityManager,
  type EntityTarget,
  type ObjectLiteral,
} from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import type { EntityMetadata } from "typeorm/metadata/EntityMetadata";

type Plan = {
  metadata: EntityMetadata;
  table: string;
  /** Each selected column's alias in the result row (its property name) and its metadata. */
  columns: { alias: string; column: ColumnMetadata }[];
  select: string;
};

const plans = new WeakMap<EntityMetadata, Map<string, Plan>>();

type PoolConnection = {
  query(sql: string, values: unknown[], callback: (error: unknown, rows: unknown) => void): void;
  release(): void;
};
type Pool = { getConnection(callback: (error: unknown, connection: PoolConnection) => void): void };

/**
 * One statement outside a transaction, straight on the MySQL driver's pool: a connection taken,
 * the statement run, the connection given back, as TypeORM's `query` does, without its query
 * runner, events and result wrappers around each statement. It is logged to TypeORM's logger
 * (the statement counts see it) and fails with TypeORM's QueryFailedError, so the retries that
 * read the driver's error code treat it alike. Inside a transaction, or on the embedded
 * database, it is `em.query`.
 */
export function leanQuery(em: EntityManager, sql: string, parameters: unknown[]): Promise<unknown> {
  const pool = (em.connection.driver as unknown as { pool?: Pool }).pool;
  if (em.queryRunner || !pool || typeof pool.getConnection !== "function") {
    return em.query(sql, parameters);
  }
  em.connection.logger.logQuery(sql, parameters);
  return new Promise((resolve, reject) => {
    pool.getConnection((connectError, connection) => {
      if (connectError) {
        reject(connectError);
        return;
      }
      connection.query(sql, parameters, (error, rows) => {
        connection.release();
        if (error) reject(new QueryFailedError(sql, parameters, error as Error));
        else resolve(rows);
      });
    });
  });
}

/** The statement's column list and the hydration of its rows, built once per entity and column set. */
function planOf(
  em: EntityManager,
  target: EntityTarget<ObjectLiteral>,
  omit: readonly string[],
): Plan {
  const metadata = em.connection.getMetadata(target);
  const key = omit.join(",");
  let byOmit = plans.get(metadata);
  if (!byOmit) plans.set(metadata, (byOmit = new Map()));
  const found = byOmit.get(key);
  if (found) return found;
  const escape = (name: string) => em.connection.driver.escape(name);
  const columns = metadata.columns
    .filter((c) => !c.isVirtual && !c.isVirtualProperty && !omit.includes(c.propertyName))
    .map((column) => ({ alias: column.propertyName, column }));
  const plan: Plan = {
    metadata,
    table: escape(metadata.tableName),
    columns,
    select: columns
      .map(({ alias, column }) => `t.${escape(column.databaseName)} AS ${escape(alias)}`)
      .join(", "),
  };
  byOmit.set(key, plan);
  return plan;
}

/**
 * Entities read with one plain statement and hydrated column by column with the driver's own
 * conversions (dates, booleans, JSON: what TypeORM's loader does), without its query builder,
 * which on the hot read paths (the directory, the account page, the session) cost more than the
 * statement itself. `where` is SQL over the table aliased `t`, with `?` placeholders; the same on
 * both databases. `omit` leaves properties out (unset on the entities), such as a password hash.
 */
export async function selectEntities<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  where: string,
  parameters: unknown[],
  options: { orderBy?: string; omit?: readonly (keyof T & string)[] } = {},
): Promise<T[]> {
  const plan = planOf(em, target, options.omit ?? []);
  const rows = (await leanQuery(
    em,
    `SELECT ${plan.select} FROM ${plan.table} t WHERE ${where}${options.orderBy ? ` ORDER BY ${options.orderBy}` : ""}`,
    parameters,
  )) as Record<string, unknown>[];
  return rows.map((row) => hydrate(em, plan, row) as T);
}

/** Entities by primary key (a single-column key), in no particular order. */
export function selectByIds<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  ids: readonly string[],
  options: { omit?: readonly (keyof T & string)[] } = {},
): Promise<T[]> {
  if (ids.length === 0) return Promise.resolve([]);
  const plan = planOf(em, target, options.omit ?? []);
  const [key] = plan.metadata.primaryColumns;
  return selectEntities(
    em,
    target,
    `t.${em.connection.driver.escape(key.databaseName)} IN (${ids.map(() => "?").join(", ")})`,
    [...ids],
    options,
  );
}

/**
 * Pairs of entities from one statement over two tables, aliased `a` and `b` in `from` (say
 * `users a INNER JOIN sessions b ON b.userId = a.id`), hydrated as `selectEntities` does.
 */
export async function selectPairs<A extends ObjectLiteral, B extends ObjectLiteral>(
  em: EntityManager,
  a: { target: EntityTarget<A>; omit?: readonly (keyof A & string)[] },
  b: { target: EntityTarget<B>; omit?: readonly (keyof B & string)[] },
  from: string,
  where: string,
  parameters: unknown[],
): Promise<[A, B][]> {
  const planA = planOf(em, a.target, a.omit ?? []);
  const planB = planOf(em, b.target, b.omit ?? []);
  const escape = (name: string) => em.connection.driver.escape(name);
  const select = [
    ...planA.columns.map((c) => `a.${escape(c.column.databaseName)} AS ${escape(`a_${c.alias}`)}`),
    ...planB.columns.map((c) => `b.${escape(c.column.databaseName)} AS ${escape(`b_${c.alias}`)}`),
  ].join(", ");
  const rows = (await leanQuery(
    em,
    `SELECT ${select} FROM ${from} WHERE ${where}`,
    parameters,
  )) as Record<string, unknown>[];
  return rows.map((row) => [
    hydrate(em, planA, row, "a_") as A,
    hydrate(em, planB, row, "b_") as B,
  ]);
}

function hydrate(
  em: EntityManager,
  plan: Plan,
  row: Record<string, unknown>,
  prefix = "",
): ObjectLiteral {
  const entity = plan.metadata.create(undefined, { fromDeserializer: true });
  const driver = em.connection.driver;
  for (const { alias, column } of plan.columns) {
    const value = row[prefix + alias];
    if (value === undefined) continue;
    column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
  }
  return entity;
}
