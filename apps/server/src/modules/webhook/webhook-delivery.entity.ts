import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DateColumn } from "../../db/columns";

export type WebhookDeliveryStatus = "PENDING" | "SENDING" | "DELIVERED" | "FAILED";

/**
 * One message for one endpoint; its id is the `webhook-id` header, the same on every attempt, so
 * a receiver that sees it twice (a retry after a lost answer) can tell.
 */
@Entity({ name: "webhook_deliveries" })
@Index(["status", "nextAttemptAt"])
@Index(["endpointId", "createdAt"])
// One delivery per event and endpoint, however many fan-outs race (test events have no event).
@Index(["endpointId", "eventId"], { unique: true })
export class WebhookDeliveryEntity {
  @PrimaryColumn({ type: "varchar", length: 40 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  endpointId: string;

  @Column({ type: "varchar", length: 36 })
  smartAccountId: string;

  /** The history event it carries; null for a test event. */
  @Column({ type: "varchar", length: 36, nullable: true })
  eventId: string | null;

  @Column({ type: "varchar", length: 40 })
  eventType: string;

  /** The JSON body, fixed when written: every attempt sends the same bytes. */
  @Column({ type: "text" })
  payload: string;

  @Column({ type: "varchar", length: 16 })
  status: WebhookDeliveryStatus;

  @Column({ type: "int", default: 0 })
  attempts: number;

  @DateColumn()
  nextAttemptAt: Date;

  @DateColumn({ nullable: true })
  lockedUntil: Date | null;

  @DateColumn()
  createdAt: Date;

  @DateColumn({ nullable: true })
  deliveredAt: Date | null;
}
