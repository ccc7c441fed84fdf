import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DateColumn } from "../../db/columns";
import type { SmartAccountStatus } from "./smart-account.entity";

/**
 * Append-only history: who did what to an account, when, and the status before and after. Events
 * of one account are totally ordered by `sequence`, numbered 1, 2, 3 … by the account's own event
 * counter (see AccountWriter), which the database keeps unique.
 */
@Entity({ name: "account_events" })
@Index(["smartAccountId", "sequence"], { unique: true })
export class AccountEventEntity {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  smartAccountId: string;

  /** The event's place in the account's history: 1 for the first, no gaps, no two alike. */
  @Column({ type: "int" })
  sequence: number;

  @Column({ type: "varchar", length: 40 })
  type: string;

  @Column({ type: "varchar", length: 36, nullable: true })
  actorId: string | null;

  @Column({ type: "varchar", length: 254, nullable: true })
  actorEmail: string | null;

  @Column({ type: "varchar", length: 32, nullable: true })
  statusBefore: SmartAccountStatus | null;

  @Column({ type: "varchar", length: 32, nullable: true })
  statusAfter: SmartAccountStatus | null;

  @Column({ type: "varchar", length: 2000, nullable: true })
  detail: string | null;

  @DateColumn()
  createdAt: Date;
}
