import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";

const names = new WeakMap<object, Map<string, string>>();

/**
 * ` FORCE INDEX (…)` naming the index of `target` on exactly `columns` (in order), for a hot read
 * whose best index is known: on MariaDB the optimiser otherwise weighs every index that could
 * serve the statement, and for a directory page (five indexes lead with `principal`) or a page's
 * relations (an `IN` list of 50 ids on four tables) that weighing took longer than the read. On
 * the embedded database it is empty (SQLite plans these alone), but the index is looked up there
 * too, so a renamed or dropped index fails both suites rather than only MySQL's.
 */
export function forceIndex(
  em: EntityManager,
  target: EntityTarget<ObjectLiteral>,
  columns: readonly string[],
): string {
  const name = indexName(em, target, columns);
  const type = em.connection.options.type;
  if (type !== "mysql" && type !== "mariadb") return "";
  return ` FORCE INDEX (${em.connection.driver.escape(name)})`;
}

/**
 * The name the schema gave the index of `target` on exactly `columns` (in order): `PRIMARY` for
 * the primary key, else the name in the entity's metadata (the one the migrations created).
 * Throws when there is none.
 */
export function indexName(
  em: EntityManager,
  target: EntityTarget<ObjectLiteral>,
  columns: readonly string[],
): string {
  const connection = em.connection;
  let byKey = names.get(connection);
  if (!byKey) names.set(connection, (byKey = new Map()));
  const metadata = connection.getMetadata(target);
  const key = `${metadata.tableName}(${columns.join(",")})`;
  let name = byKey.get(key);
  if (name === undefined) {
    const same = (found: readonly string[]) =>
      found.length === columns.length && found.every((c, i) => c === columns[i]);
    if (same(metadata.primaryColumns.map((c) => c.databaseName))) name = "PRIMARY";
    else {
      const index = metadata.indices.find((i) => same(i.columns.map((c) => c.databaseName)));
      if (!index?.name) throw new Error(`No index on ${key}`);
      name = index.name;
    }
    byKey.set(key, name);
  }
  return name;
}
