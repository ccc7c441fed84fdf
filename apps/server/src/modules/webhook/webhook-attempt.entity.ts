import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DateColumn } from "../../db/columns";

/** One try at a delivery: what came back (a bounded part of it), and how long it took. */
@Entity({ name: "webhook_attempts" })
@Index(["deliveryId", "attemptedAt"])
export class WebhookAttemptEntity {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 40 })
  deliveryId: string;

  @DateColumn()
  attemptedAt: Date;

  @Column({ type: "int" })
  durationMs: number;

  /** The HTTP status; null when no answer came (refused, unreachable, timed out). */
  @Column({ type: "int", nullable: true })
  statusCode: number | null;

  @Column({ type: "varchar", length: 500, nullable: true })
  error: string | null;

  @Column({ type: "varchar", length: 1000, nullable: true })
  responseBody: string | null;
}
