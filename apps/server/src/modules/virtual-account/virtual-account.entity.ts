import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DateColumn } from "../../db/columns";

@Entity({ name: "virtual_accounts" })
@Index(["smartAccountId", "name"], { unique: true })
export class VirtualAccountEntity {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  smartAccountId: string;

  @Column({ type: "varchar", length: 36, nullable: true })
  parentId: string | null;

  @Column({ type: "varchar", length: 100 })
  name: string;

  @Column({ type: "varchar", length: 1000, nullable: true })
  description: string | null;

  @Column({ type: "boolean", default: false })
  isDefault: boolean;

  @DateColumn()
  createdAt: Date;
}
