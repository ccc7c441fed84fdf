import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DateColumn } from "../../db/columns";

export type ActionTokenPurpose = "VERIFY_EMAIL" | "RESET_PASSWORD";

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

  @Column({ type: "varchar", length: 36 })
  userId: string;

  @DateColumn()
  expiresAt: Date;

  @DateColumn({ nullable: true })
  usedAt: Date | null;

  @DateColumn()
  createdAt: Date;
}
