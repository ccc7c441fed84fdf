import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DateColumn } from "../../db/columns";
import type { SmartAccountStatus } from "./smart-account.entity";

/** Append-only history: who did what to an account, when, and the status before and after. */
@Entity({ name: "account_events" })
@Index(["smartAccountId", "createdAt", "sequence"])
export class AccountEventEntity {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  smartAccountId: string;

  /** Orders events written in the same millisecond. */
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
