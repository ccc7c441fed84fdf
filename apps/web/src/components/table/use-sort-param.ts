import { useCallback } from "react";
import { useSearchParams } from "react-router";

export type Sort<C extends string> = { column: C; direction: "asc" | "desc" };

/**
 * A table's sort, kept in the URL (`?sort=name-asc`): it survives Reload, Back and a shared
 * link. An unknown value reads as no sort. Changing the sort replaces the history entry, and
 * drops the `after` cursor, which belongs to the previous order.
 */
export function useSortParam<C extends string>(
  columns: readonly C[],
  param = "sort",
): [Sort<C> | null, (sort: Sort<C> | null) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get(param) ?? "";
  const match = raw.match(/^(.+)-(asc|desc)$/);
  const sort =
    match && (columns as readonly string[]).includes(match[1])
      ? { column: match[1] as C, direction: match[2] as "asc" | "desc" }
      : null;
  const setSort = useCallback(
    (next: Sort<C> | null) =>
      setParams(
        (previous) => {
          const updated = new URLSearchParams(previous);
          if (next) updated.set(param, `${next.column}-${next.direction}`);
          else updated.delete(param);
          updated.delete("after");
          return updated;
        },
        { replace: true },
      ),
    [param, setParams],
  );
  return [sort, setSort];
}
