import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DateColumn } from "../../db/columns";

export type NominationKind = "ADMINISTRATOR" | "USER" | "CREATOR" | "APPROVER";
export type NominationStatus = "PENDING" | "ACCEPTED" | "REJECTED" | "WITHDRAWN" | "EXPIRED";

@Entity({ name: "nominations" })
@Index(["email", "status", "createdAt"])
@Index(["smartAccountId", "kind", "status"])
// The account page lists an account's nominations newest first.
@Index(["smartAccountId", "createdAt", "id"])
export class NominationEntity {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  smartAccountId: string;

  @Column({ type: "varchar", length: 16 })
  kind: NominationKind;

  @Column({ type: "varchar", length: 254 })
  email: string;

  @Column({ type: "varchar", length: 16 })
  status: NominationStatus;

  @Column({ type: "varchar", length: 36, nullable: true })
  nominatedById: string | null;

  @Column({ type: "varchar", length: 2000, nullable: true })
  message: string | null;

  /** When the nominee was told (ADMINISTRATOR and USER nominations wait for activation). */
  @DateColumn({ nullable: true })
  sentAt: Date | null;

  @DateColumn({ nullable: true })
  expiresAt: Date | null;

  @DateColumn({ nullable: true })
  decidedAt: Date | null;

  @DateColumn()
  createdAt: Date;
}
