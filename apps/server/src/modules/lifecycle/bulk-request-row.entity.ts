import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DateColumn } from "../../db/columns";

/** What became of a row: not yet tried, created, found already requested by you, or refused. */
export type BulkRowState = "PENDING" | "CREATED" | "ALREADY_REQUESTED" | "FAILED";

/** What a bulk row asks for: the columns of the partner's file. */
export type BulkRowData = {
  name: string;
  domainIdentifier: string | null;
  customerEmails: string[];
  userEmails: string[];
  contactPhone: string | null;
  notes: string | null;
};

/** One row of a bulk request, with its result once the job has reached it. */
@Entity({ name: "bulk_request_rows" })
@Index(["jobId", "rowNumber"], { unique: true })
@Index(["jobId", "state"])
export class BulkRequestRowEntity {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  jobId: string;

  /** 1 for the first row of the file (its header line not counted). */
  @Column({ type: "int" })
  rowNumber: number;

  /** The row as sent (JSON of BulkRowData). */
  @Column({ type: "text" })
  input: string;

  @Column({ type: "varchar", length: 24 })
  state: BulkRowState;

  /** The error kind of a FAILED row (mapped to a public code at the API). */
  @Column({ type: "varchar", length: 40, nullable: true })
  errorKind: string | null;

  @Column({ type: "varchar", length: 64, nullable: true })
  errorField: string | null;

  @Column({ type: "varchar", length: 1000, nullable: true })
  message: string | null;

  /** The account created, or the one of yours that already holds the identifier. */
  @Column({ type: "varchar", length: 36, nullable: true })
  smartAccountId: string | null;

  @DateColumn({ nullable: true })
  processedAt: Date | null;
}
