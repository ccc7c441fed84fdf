import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DateColumn } from "../../db/columns";

export type OutboxStatus = "PENDING" | "SENDING" | "SENT" | "FAILED";

/** An email written in the same transaction as the change that causes it; the id is its Message-ID. */
@Entity({ name: "outbox_emails" })
@Index(["status", "nextAttemptAt"])
@Index(["createdAt"])
export class OutboxEmailEntity {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 254 })
  toAddress: string;

  @Column({ type: "varchar", length: 300 })
  subject: string;

  @Column({ type: "text" })
  textBody: string;

  @Column({ type: "text" })
  htmlBody: string;

  @Column({ type: "varchar", length: 16 })
  status: OutboxStatus;

  @Column({ type: "int", default: 0 })
  attempts: number;

  @DateColumn()
  nextAttemptAt: Date;

  @DateColumn({ nullable: true })
  lockedUntil: Date | null;

  @Column({ type: "varchar", length: 500, nullable: true })
  lastError: string | null;

  @DateColumn()
  createdAt: Date;

  @DateColumn({ nullable: true })
  sentAt: Date | null;
}
