import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DateColumn } from "../../db/columns";
import type { AccountRole } from "../role/role-assignment.entity";

export type AccessRequestStatus = "PENDING" | "APPROVED" | "DECLINED" | "CANCELLED";

/** That one email get a role on an ACTIVE account; what was asked and what was granted are both kept. */
@Entity({ name: "access_requests" })
@Index(["smartAccountId", "statusRank", "createdAt", "id"])
@Index(["smartAccountId", "createdAt", "id"])
@Index(["requestedById", "createdAt"])
@Index(["email", "createdAt"])
@Index(["status", "remindersSent", "createdAt"])
@Index(["smartAccountId", "pendingEmail"], { unique: true })
export class AccessRequestEntity {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  smartAccountId: string;

  /** Who is to get access. */
  @Column({ type: "varchar", length: 254 })
  email: string;

  @Column({ type: "varchar", length: 36 })
  requestedById: string;

  @Column({ type: "varchar", length: 2000 })
  reason: string;

  @Column({ type: "varchar", length: 16 })
  askedRole: AccountRole;

  @Column({ type: "varchar", length: 16 })
  status: AccessRequestStatus;

  /** 0 while pending, 1 once decided: administrators see pending requests first. */
  @Column({ type: "int" })
  statusRank: number;

  /**
   * The email while the request is pending, NULL after: its unique index refuses a second pending
   * request for one email on one account, whatever races.
   */
  @Column({
    type: "varchar",
    length: 254,
    nullable: true,
    generatedType: "STORED",
    asExpression: "CASE WHEN status = 'PENDING' THEN email ELSE NULL END",
    insert: false,
    update: false,
  })
  pendingEmail: string | null;

  @Column({ type: "varchar", length: 16, nullable: true })
  grantedRole: AccountRole | null;

  /** Comma-separated virtual account ids; empty for the whole account. */
  @Column({ type: "varchar", length: 2000, nullable: true })
  grantedVirtualAccountIds: string | null;

  @Column({ type: "varchar", length: 36, nullable: true })
  decidedById: string | null;

  @Column({ type: "varchar", length: 2000, nullable: true })
  declineReason: string | null;

  @Column({ type: "boolean", default: false })
  autoApproved: boolean;

  /** Reminders sent while it waits: 1 and 2 to the administrators, 3 to the requester. */
  @Column({ type: "int", default: 0 })
  remindersSent: number;

  @DateColumn({ nullable: true })
  decidedAt: Date | null;

  @DateColumn()
  createdAt: Date;
}
