import {
  QueryFailedError,
  type EntityManager,
  type EntityTarget,
  type ObjectLiteral,
} from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import type { EntityMetadata } from "typeorm/metadata/EntityMetadata";

type Column = {
  /** Its name in the result row: its property name. */
  alias: string;
  column: ColumnMetadata;
  /** The driver's value as the entity holds it. */
  convert: (value: unknown) => unknown;
  /** A plain property (not embedded, not virtual): assigned, not set through the metadata. */
  plain: boolean;
};

type Plan = {
  metadata: EntityMetadata;
  table: string;
  columns: Column[];
  select: string;
  /** `entityColumns`' column lists, by table alias and name prefix: built once each. */
  lists: Map<string, string>;
};

const same = (value: unknown) => value;

/**
 * The conversion of a column's driver value: what `driver.prepareHydratedValue` does, decided
 * once per column rather than by testing the column's type for every value. On MySQL, mysql2
 * already gives strings, numbers and dates, which TypeORM passes through, and booleans as 0/1;
 * anything else (and every column on the embedded database) goes through the driver.
 */
function conversionOf(em: EntityManager, column: ColumnMetadata): (value: unknown) => unknown {
  const driver = em.connection.driver;
  const generic = (value: unknown) => driver.prepareHydratedValue(value, column);
  const type = em.connection.options.type;
  if (column.transformer || (type !== "mysql" && type !== "mariadb")) return generic;
  if (
    ["varchar", "char", "text", "int", "integer", "smallint", "tinyint"].includes(
      String(column.type),
    )
  ) {
    return same;
  }
  if (column.type === "boolean" || column.type === "bool" || column.type === Boolean) {
    return (value) => (value === null || value === undefined ? value : Boolean(value));
  }
  if (column.type === "datetime" || column.type === Date) {
    return (value) => (value instanceof Date || value === null ? value : generic(value));
  }
  return generic;
}

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
    // A column the entity marks `select: false` is read only where a statement names it.
    .filter(
      (c) => c.isSelect && !c.isVirtual && !c.isVirtualProperty && !omit.includes(c.propertyName),
    )
    .map((column) => ({
      alias: column.propertyName,
      column,
      convert: conversionOf(em, column),
      plain: !column.embeddedMetadata,
    }));
  const plan: Plan = {
    metadata,
    table: escape(metadata.tableName),
    columns,
    select: columns
      .map(({ alias, column }) => `t.${escape(column.databaseName)} AS ${escape(alias)}`)
      .join(", "),
    lists: new Map(),
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
  const keys = keysOf(plan, "");
  return rows.map((row) => hydrate(plan, row, keys) as T);
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
 * An entity's columns inside a statement of one's own: `select(alias)` lists them from the table
 * aliased `alias` under names starting with `prefix`, and `from(row)` hydrates the entity from a
 * result row as `selectEntities` does (null when the row has no such entity, as after a LEFT JOIN).
 */
export function entityColumns<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  prefix: string,
  omit: readonly (keyof T & string)[] = [],
): { table: string; select(alias: string): string; from(row: Record<string, unknown>): T } {
  const plan = planOf(em, target, omit);
  const keys = keysOf(plan, prefix);
  const escape = (name: string) => em.connection.driver.escape(name);
  return {
    table: plan.table,
    select: (alias) => {
      const key = `${alias}\0${prefix}`;
      let list = plan.lists.get(key);
      if (list === undefined) {
        list = plan.columns
          .map((c) => `${alias}.${escape(c.column.databaseName)} AS ${escape(prefix + c.alias)}`)
          .join(", ");
        plan.lists.set(key, list);
      }
      return list;
    },
    from: (row) => hydrate(plan, row, keys) as T,
  };
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
  const columnsA = entityColumns(em, a.target, "a_", a.omit);
  const columnsB = entityColumns(em, b.target, "b_", b.omit);
  const rows = (await leanQuery(
    em,
    `SELECT ${columnsA.select("a")}, ${columnsB.select("b")} FROM ${from} WHERE ${where}`,
    parameters,
  )) as Record<string, unknown>[];
  return rows.map((row) => [columnsA.from(row), columnsB.from(row)]);
}

/** Each column's name in a result row under `prefix`, made once per plan, not once per row. */
const keysFor = new WeakMap<Plan, Map<string, string[]>>();
function keysOf(plan: Plan, prefix: string): string[] {
  let byPrefix = keysFor.get(plan);
  if (!byPrefix) keysFor.set(plan, (byPrefix = new Map()));
  let keys = byPrefix.get(prefix);
  if (!keys) byPrefix.set(prefix, (keys = plan.columns.map((c) => prefix + c.alias)));
  return keys;
}

function hydrate(plan: Plan, row: Record<string, unknown>, keys: string[]): ObjectLiteral {
  const entity = plan.metadata.create(undefined, { fromDeserializer: true });
  for (let i = 0; i < plan.columns.length; i++) {
    const { alias, column, convert, plain } = plan.columns[i];
    const value = row[keys[i]];
    if (value === undefined) continue;
    if (plain) entity[alias] = convert(value);
    else column.setEntityValue(entity, convert(value));
  }
  return entity;
}
