import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DateColumn } from "../../db/columns";

export type AccountRole = "ADMINISTRATOR" | "APPROVER" | "USER" | "VIEWER";

/**
 * A role on a Smart Account (virtualAccountId null) or on one of its virtual accounts, held by an
 * email; userId is filled once a verified user owns that email.
 */
@Entity({ name: "role_assignments" })
@Index(["smartAccountId", "scopeKey", "email", "role"], { unique: true })
@Index(["email"])
@Index(["userId"])
export class RoleAssignmentEntity {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  smartAccountId: string;

  @Column({ type: "varchar", length: 36, nullable: true })
  virtualAccountId: string | null;

  /** The virtual account id, or "" for the whole account: NULLs would not be unique. */
  @Column({ type: "varchar", length: 36 })
  scopeKey: string;

  @Column({ type: "varchar", length: 254 })
  email: string;

  @Column({ type: "varchar", length: 36, nullable: true })
  userId: string | null;

  @Column({ type: "varchar", length: 16 })
  role: AccountRole;

  @DateColumn()
  createdAt: Date;
}
