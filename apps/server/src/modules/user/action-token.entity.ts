import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DateColumn } from "../../db/columns";

export type ActionTokenPurpose = "VERIFY_EMAIL" | "RESET_PASSWORD" | "APPROVE_ACCOUNT";

/** A single-use, expiring link secret (email verification, password reset); only its hash is kept. */
@Entity({ name: "action_tokens" })
@Index(["userId", "purpose"])
export class ActionTokenEntity {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 64, unique: true })
  tokenHash: string;

  @Column({ type: "varchar", length: 32 })
  purpose: ActionTokenPurpose;

  /** The user the link is for (email and password links). */
  @Column({ type: "varchar", length: 36, nullable: true })
  userId: string | null;

  /** What the link acts on (the account, for an approval link). */
  @Index()
  @Column({ type: "varchar", length: 36, nullable: true })
  subjectId: string | null;

  /** The email the link was sent to, which the person following it must have verified. */
  @Column({ type: "varchar", length: 254, nullable: true })
  email: string | null;

  @DateColumn()
  expiresAt: Date;

  @DateColumn({ nullable: true })
  usedAt: Date | null;

  @DateColumn()
  createdAt: Date;
}
