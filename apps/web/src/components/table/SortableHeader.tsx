import { Table, UnstyledButton } from "@mantine/core";
import type { Sort } from "./use-sort-param";
import classes from "./table.module.css";

type SortableHeaderProps<C extends string> = {
  label: string;
  column: C;
  sort: Sort<C> | null;
  onSort: (sort: Sort<C>) => void;
  /** The direction a first click sorts in (dates read best newest first). */
  firstDirection?: Sort<C>["direction"];
};

/**
 * A column header that sorts: a button inside the header cell, with `aria-sort` on the cell
 * saying how the table is sorted now. A click on the sorted column turns its direction.
 */
export function SortableHeader<C extends string>({
  label,
  column,
  sort,
  onSort,
  firstDirection = "asc",
}: SortableHeaderProps<C>) {
  const active = sort?.column === column;
  const direction = active ? sort.direction : null;
  return (
    <Table.Th
      scope="col"
      aria-sort={direction === "asc" ? "ascending" : direction === "desc" ? "descending" : "none"}
    >
      <UnstyledButton
        className={classes.sortButton}
        onClick={() =>
          onSort({
            column,
            direction: direction ? (direction === "asc" ? "desc" : "asc") : firstDirection,
          })
        }
      >
        {label}
        <span aria-hidden className={classes.sortMark}>
          {direction === "asc" ? "▲" : direction === "desc" ? "▼" : "↕"}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
}
