import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DateColumn } from "../../db/columns";

/**
 * QUEUED until a process claims it, RUNNING while one works through its rows (or waits for the
 * caller's request limit to allow the next), DONE when every row has its result.
 */
export type BulkRequestJobStatus = "QUEUED" | "RUNNING" | "DONE";

/**
 * A partner's file of account requests, created by a background job that any server process may
 * claim: the claim is a lease (`FOR UPDATE SKIP LOCKED` on MySQL), so a process that dies leaves a
 * lease that expires and another goes on from the first row without a result.
 */
@Entity({ name: "bulk_request_jobs" })
@Index(["requesterId", "createdAt"])
@Index(["status", "nextRunAt"])
export class BulkRequestJobEntity {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  requesterId: string;

  @Column({ type: "varchar", length: 16 })
  status: BulkRequestJobStatus;

  /** Rows meeting accounts on their domain are requested anyway (the single request's flag). */
  @Column({ type: "boolean", default: false })
  acknowledgeExistingAccounts: boolean;

  @Column({ type: "int" })
  totalRows: number;

  @Column({ type: "int", default: 0 })
  processedRows: number;

  /** The submitter's client address and agent: the per-address limits count each row from it. */
  @Column({ type: "varchar", length: 64, nullable: true })
  clientIp: string | null;

  @Column({ type: "varchar", length: 300, nullable: true })
  userAgent: string | null;

  /** Not before this time (the caller's request limit refused the next row until then). */
  @DateColumn()
  nextRunAt: Date;

  /** Why the job waits, while it does. */
  @Column({ type: "varchar", length: 300, nullable: true })
  waitingReason: string | null;

  @DateColumn({ nullable: true })
  lockedUntil: Date | null;

  @DateColumn()
  createdAt: Date;

  @DateColumn()
  updatedAt: Date;

  @DateColumn({ nullable: true })
  finishedAt: Date | null;
}
