import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DateColumn } from "../../db/columns";

export const SMART_ACCOUNT_STATUSES = [
  "PENDING_DOMAIN_APPROVAL",
  "PENDING_CUSTOMER_ACCEPTANCE",
  "PENDING_CUSTOMER_ADDRESS",
  "DECLINED_BY_CUSTOMER",
  "ACTIVE",
  "CANCELLED",
  "LAPSED",
] as const;
export type SmartAccountStatus = (typeof SMART_ACCOUNT_STATUSES)[number];
export type AccountVisibility = "UNRESTRICTED" | "RESTRICTED";
export type RequestChannel = "CUSTOMER_SELF" | "CUSTOMER_SOMEONE_ELSE" | "PARTNER_FOR_CUSTOMER";

@Entity({ name: "smart_accounts" })
@Index(["topLevelDomain", "status"])
@Index(["requesterId", "createdAt"])
@Index(["status", "lapseAt"])
@Index(["status", "decisionRemindersSent", "statusChangedAt"])
// Search's name and identifier branches filter on status and visibility too: with them in the
// index, its capped count (up to 1 001 rows a branch) reads the index alone, not every row.
@Index(["nameKey", "id", "status", "visibility"])
@Index(["domainIdentifier", "status", "visibility"])
export class SmartAccountEntity {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 200 })
  name: string;

  /** Lower case, spaces folded: compared for exact (restricted) and prefix (search) matches. */
  @Column({ type: "varchar", length: 200 })
  nameKey: string;

  @Column({ type: "varchar", length: 253 })
  domainIdentifier: string;

  @Column({ type: "varchar", length: 253 })
  topLevelDomain: string;

  /**
   * The identifier's UTS #39 skeleton: two identifiers that look alike share it, so a new one is
   * compared with the accounts' by an indexed equality.
   */
  @Index()
  @Column({ type: "varchar", length: 512 })
  identifierSkeleton: string;

  /**
   * The identifier while the account is not terminal, NULL once CANCELLED or LAPSED: computed by
   * the database, so its unique index holds even against raw SQL and concurrent processes.
   */
  @Index({ unique: true })
  @Column({
    type: "varchar",
    length: 253,
    nullable: true,
    generatedType: "STORED",
    asExpression: "CASE WHEN status IN ('CANCELLED', 'LAPSED') THEN NULL ELSE domainIdentifier END",
    insert: false,
    update: false,
  })
  liveIdentifier: string | null;

  @Column({ type: "varchar", length: 32 })
  status: SmartAccountStatus;

  @Column({ type: "varchar", length: 16 })
  visibility: AccountVisibility;

  @Column({ type: "varchar", length: 32 })
  channel: RequestChannel;

  @Column({ type: "varchar", length: 36 })
  requesterId: string;

  @Column({ type: "varchar", length: 200, nullable: true })
  companyName: string | null;

  @Column({ type: "varchar", length: 2, nullable: true })
  country: string | null;

  @Column({ type: "varchar", length: 300, nullable: true })
  addressLine: string | null;

  @Column({ type: "varchar", length: 100, nullable: true })
  city: string | null;

  @Column({ type: "varchar", length: 100, nullable: true })
  region: string | null;

  @Column({ type: "varchar", length: 20, nullable: true })
  postalCode: string | null;

  @Column({ type: "varchar", length: 2000, nullable: true })
  messageToApprovers: string | null;

  @Column({ type: "varchar", length: 2000, nullable: true })
  noteToDomainApprover: string | null;

  @Column({ type: "varchar", length: 2000, nullable: true })
  noteToUsers: string | null;

  /** The approver who approved; made ADMINISTRATOR (and APPROVER on the domain) on turning ACTIVE. */
  @Column({ type: "varchar", length: 36, nullable: true })
  approvedById: string | null;

  @Column({ type: "varchar", length: 2000, nullable: true })
  declineReason: string | null;

  /**
   * Automation: access requests from verified emails on the account's own domain are approved
   * at request time up to this role; none turns it off.
   */
  @Column({ type: "varchar", length: 16, nullable: true })
  autoApproveUpTo: "ADMINISTRATOR" | "USER" | "VIEWER" | null;

  /**
   * Bumped by every change to the account's own status and fields (not by changes to what hangs
   * off it): those changes are conditional on it, so concurrent ones cannot both win.
   */
  @Column({ type: "int", default: 0 })
  version: number;

  /** The sequence of the account's latest history event; each event takes the next one. */
  @Column({ type: "int", default: 0 })
  eventSeq: number;

  /** 0 to 3: which lapse reminders (30, 7, 1 days before) were sent for the current lapse date. */
  @Column({ type: "int", default: 0 })
  remindersSent: number;

  /**
   * 1 once the approvers were reminded that the request waits for their decision (and the
   * requester told), for the current stay in the status: reset with the status.
   */
  @Column({ type: "int", default: 0 })
  decisionRemindersSent: number;

  @DateColumn()
  createdAt: Date;

  @DateColumn()
  updatedAt: Date;

  @DateColumn()
  statusChangedAt: Date;

  @DateColumn({ nullable: true })
  lapseAt: Date | null;

  @DateColumn({ nullable: true })
  activatedAt: Date | null;

  /**
   * Copies of the account's administrators' emails and of its virtual accounts (JSON arrays),
   * kept by AccountListsWriter in the transaction of every change to them, so a directory page
   * reads them with its accounts. NULL when not kept (see LIST_CAP): read from the source tables.
   * Not read with the account (`select: false`): only the pages that list them ask for them.
   */
  @Column({ type: "text", nullable: true, select: false })
  administratorList?: string | null;

  @Column({ type: "text", nullable: true, select: false })
  virtualAccountList?: string | null;
}

export function hasCompleteAddress(account: SmartAccountEntity): boolean {
  return Boolean(
    account.companyName &&
    account.country &&
    account.addressLine &&
    account.city &&
    account.region &&
    account.postalCode,
  );
}
