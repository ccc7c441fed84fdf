import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DateColumn } from "../db/columns";

/** One counted attempt (a sign-in, a reset email asked for) in a sliding window. */
@Entity({ name: "rate_limit_hits" })
@Index(["bucket", "subject", "createdAt"])
// Pruning old hits goes by age alone.
@Index(["createdAt"])
export class RateLimitHitEntity {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 40 })
  bucket: string;

  @Column({ type: "varchar", length: 254 })
  subject: string;

  @DateColumn()
  createdAt: Date;
}
