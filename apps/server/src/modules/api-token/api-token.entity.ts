import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DateColumn } from "../../db/columns";

export type ApiTokenScope = "READ_ONLY" | "FULL";
export type ApiTokenRevokedReason = "REVOKED_BY_USER" | "PASSWORD_RESET";

@Entity({ name: "api_tokens" })
@Index(["userId", "createdAt"])
export class ApiTokenEntity {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  userId: string;

  @Column({ type: "varchar", length: 100 })
  name: string;

  @Column({ type: "varchar", length: 16 })
  scope: ApiTokenScope;

  @Column({ type: "varchar", length: 64, unique: true })
  tokenHash: string;

  @Column({ type: "varchar", length: 16 })
  prefix: string;

  @DateColumn()
  createdAt: Date;

  @DateColumn({ nullable: true })
  expiresAt: Date | null;

  @DateColumn({ nullable: true })
  lastUsedAt: Date | null;

  @DateColumn({ nullable: true })
  revokedAt: Date | null;

  @Column({ type: "varchar", length: 32, nullable: true })
  revokedReason: ApiTokenRevokedReason | null;
}
