import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DateColumn } from "../../db/columns";

/** One email in a pending account's approver set; a forward deactivates the forwarder's row. */
@Entity({ name: "account_approvers" })
@Index(["smartAccountId", "active"])
@Index(["email", "active"])
export class ApproverEntity {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  smartAccountId: string;

  @Column({ type: "varchar", length: 254 })
  email: string;

  @Column({ type: "boolean" })
  active: boolean;

  /** The order emails were named in: the first approver's host is the default identifier. */
  @Column({ type: "int" })
  position: number;

  @DateColumn()
  addedAt: Date;

  @DateColumn({ nullable: true })
  removedAt: Date | null;
}
