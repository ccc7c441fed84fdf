import type { EntityManager, EntityTarget, QueryDeepPartialEntity } from "typeorm";
import { StateConflictError } from "./errors";

type Stateful = { id: string; status: string };

/**
 * Writes `patch` to `row` only while the row is still in `from`, in one conditional UPDATE, so of
 * two concurrent decisions (in any process) exactly one wins and the other is a CONFLICT with
 * `conflict` as its message. Which transitions are allowed is each module's own table; this only
 * makes one of them atomic. `row` is patched in place on success.
 */
export async function transitionFrom<E extends Stateful>(
  em: EntityManager,
  entity: EntityTarget<E>,
  row: E,
  from: E["status"],
  patch: QueryDeepPartialEntity<E> & Partial<E>,
  conflict: string,
): Promise<void> {
  const result = await em
    .createQueryBuilder()
    .update(entity)
    .set(patch)
    .where("id = :id AND status = :from", { id: row.id, from })
    .execute();
  if (result.affected !== 1) throw new StateConflictError(conflict);
  Object.assign(row, patch);
}
