import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DateColumn } from "../../db/columns";

export type IdempotencyKeyState = "RUNNING" | "DONE";

/**
 * One `Idempotency-Key` a caller sent with a mutation: claimed (RUNNING) by the request that got
 * here first, then holding that request's answer (DONE) for 24 hours. The unique index on caller
 * and key is what lets exactly one request of any number, on any server process, run.
 */
@Entity({ name: "idempotency_keys" })
@Index(["caller", "idempotencyKey"], { unique: true })
// The sweep of expired keys goes by age alone.
@Index(["expiresAt"])
export class IdempotencyKeyEntity {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  /** `user:<id>` for a session, `token:<id>` for an API token. */
  @Column({ type: "varchar", length: 64 })
  caller: string;

  @Column({ type: "varchar", length: 255 })
  idempotencyKey: string;

  /** SHA-256 of the operation, its name and its variables: what a retry must repeat exactly. */
  @Column({ type: "varchar", length: 64 })
  fingerprint: string;

  @Column({ type: "varchar", length: 16 })
  state: IdempotencyKeyState;

  /** The HTTP status of the stored answer. */
  @Column({ type: "int", nullable: true })
  httpStatus: number | null;

  /** The stored answer's JSON body (bounded in size). */
  @Column({ type: "text", nullable: true })
  response: string | null;

  @DateColumn()
  createdAt: Date;

  /** A RUNNING claim older than this belongs to a process that died: another may take it. */
  @DateColumn()
  leaseUntil: Date;

  @DateColumn()
  expiresAt: Date;
}
