import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * A named counter that hands out numbers under its row's lock: whoever numbers takes the row
 * first, so numberings never overlap. `account_events` is the last position the events feed gave.
 */
@Entity({ name: "sequence_counters" })
export class SequenceCounterEntity {
  @PrimaryColumn({ type: "varchar", length: 40 })
  name: string;

  @Column({
    type: "bigint",
    transformer: {
      to: (value: number) => value,
      from: (value: string | number) => Number(value),
    },
  })
  value: number;
}
