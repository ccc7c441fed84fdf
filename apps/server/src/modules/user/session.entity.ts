import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DateColumn } from "../../db/columns";

/** A server-side session; the cookie holds the secret, the table only its hash. */
@Entity({ name: "sessions" })
export class SessionEntity {
  @PrimaryColumn({ type: "varchar", length: 64 })
  idHash: string;

  @Index()
  @Column({ type: "varchar", length: 36 })
  userId: string;

  @DateColumn()
  createdAt: Date;

  @DateColumn()
  lastSeenAt: Date;

  @DateColumn()
  absoluteExpiresAt: Date;

  @Column({ type: "varchar", length: 64, nullable: true })
  ip: string | null;

  @Column({ type: "varchar", length: 255, nullable: true })
  userAgent: string | null;
}
