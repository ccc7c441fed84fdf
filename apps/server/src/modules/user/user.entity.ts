import { Column, Entity, PrimaryColumn } from "typeorm";
import { DateColumn } from "../../db/columns";

export type OrganisationType = "CUSTOMER" | "PARTNER";

@Entity({ name: "users" })
export class UserEntity {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  /** Stored in lower case with the domain in punycode, so uniqueness is case-insensitive. */
  @Column({ type: "varchar", length: 254, unique: true })
  email: string;

  @Column({ type: "varchar", length: 200 })
  name: string;

  @Column({ type: "varchar", length: 200 })
  company: string;

  @Column({ type: "varchar", length: 16 })
  organisationType: OrganisationType;

  @Column({ type: "boolean", default: false })
  isStaff: boolean;

  @Column({ type: "varchar", length: 255 })
  passwordHash: string;

  @DateColumn({ nullable: true })
  emailVerifiedAt: Date | null;

  @DateColumn()
  createdAt: Date;

  /**
   * When a request of this user last wrote (a mutation), kept only when read replicas are
   * configured: for READ_YOUR_WRITES_MS after it the user's reads all go to the primary.
   */
  @DateColumn({ nullable: true })
  lastWriteAt: Date | null;

  @DateColumn()
  updatedAt: Date;
}
