import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DateColumn } from "../../db/columns";

export type DomainStatus = "PENDING_APPROVAL" | "APPROVED" | "REJECTED";

/** One review of an account's domain identifier by operator staff (or by a DNS TXT record). */
@Entity({ name: "domain_reviews" })
@Index(["status", "createdAt"])
@Index(["smartAccountId", "createdAt"])
export class DomainReviewEntity {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  smartAccountId: string;

  @Column({ type: "varchar", length: 253 })
  identifier: string;

  @Column({ type: "varchar", length: 20 })
  status: DomainStatus;

  /** Comma-separated review reasons (DomainReviewReason values). */
  @Column({ type: "varchar", length: 100 })
  reasons: string;

  @Column({ type: "varchar", length: 32 })
  contactPhone: string;

  @Column({ type: "varchar", length: 2000, nullable: true })
  note: string | null;

  @Column({ type: "varchar", length: 64 })
  dnsChallenge: string;

  @Column({ type: "varchar", length: 36, nullable: true })
  decidedById: string | null;

  @DateColumn({ nullable: true })
  decidedAt: Date | null;

  @Column({ type: "varchar", length: 2000, nullable: true })
  decisionReason: string | null;

  @DateColumn()
  createdAt: Date;
}
