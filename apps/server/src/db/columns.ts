import { Column, type ColumnOptions } from "typeorm";

/**
 * Times are kept to the millisecond on both databases (MySQL's bare DATETIME drops them) and
 * always written from the injected clock in UTC.
 */
export function DateColumn(options: Omit<ColumnOptions, "type" | "precision"> = {}) {
  return Column({ type: "datetime", precision: 3, ...options });
}
