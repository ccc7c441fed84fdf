import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DateColumn } from "../../db/columns";
import type { SmartAccountStatus } from "./smart-account.entity";

/** Every kind of entry in an account's history; published in the schema as AccountEventKind. */
export const ACCOUNT_EVENT_KINDS = [
  "REQUESTED",
  "APPROVAL_EMAIL_RESENT",
  "CANCELLED",
  "DOMAIN_APPROVED",
  "DOMAIN_REJECTED",
  "DOMAIN_RESUBMITTED",
  "APPROVED",
  "DENIED",
  "FORWARDED",
  "ADDRESS_PROVIDED",
  "LAPSE_REMINDER_SENT",
  "DECISION_REMINDER_SENT",
  "LAPSED",
  "CREATORS_NOMINATED",
  "NOMINATION_RESENT",
  "NOMINATION_ACCEPTED",
  "NOMINATION_REJECTED",
  "ACCESS_REQUESTED",
  "ACCESS_APPROVED",
  "ACCESS_DECLINED",
  "ACCESS_CANCELLED",
  "ACCESS_REMINDER_SENT",
  "USER_ROLES_CHANGED",
  "VIRTUAL_ACCOUNTS_CHANGED",
  "DETAILS_UPDATED",
  "AUTOMATION_CHANGED",
] as const;

export type AccountEventKind = (typeof ACCOUNT_EVENT_KINDS)[number];

/** A bigint column read as a number: exact up to 2^53, far beyond any count of events. */
const bigintAsNumber = {
  to: (value: number | null) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};

/**
 * Append-only history: who did what to an account, when, and the status before and after. Events
 * of one account are totally ordered by `sequence`, numbered 1, 2, 3 … by the account's own event
 * counter (see AccountWriter), which the database keeps unique. Events of all accounts are
 * totally ordered by `position`, given after commit by the EventSequencer in commit order: the
 * events feed serves only numbered events, in position order.
 */
@Entity({ name: "account_events" })
@Index(["smartAccountId", "sequence"], { unique: true })
@Index(["smartAccountId", "position"])
@Index(["type", "position"])
// The staff's audit log narrowed to one actor, newest first.
@Index(["actorEmail", "position"])
export class AccountEventEntity {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  smartAccountId: string;

  /** The event's place in the account's history: 1 for the first, no gaps, no two alike. */
  @Column({ type: "int" })
  sequence: number;

  /**
   * The event's place in the feed of all accounts' events: null when written, then 1, 2, 3 … in
   * the order the events committed (see EventSequencer). Unique; NULLs are not compared.
   */
  @Index({ unique: true })
  @Column({ type: "bigint", nullable: true, transformer: bigintAsNumber })
  position: number | null;

  @Column({ type: "varchar", length: 40 })
  type: AccountEventKind;

  @Column({ type: "varchar", length: 36, nullable: true })
  actorId: string | null;

  @Column({ type: "varchar", length: 254, nullable: true })
  actorEmail: string | null;

  @Column({ type: "varchar", length: 32, nullable: true })
  statusBefore: SmartAccountStatus | null;

  @Column({ type: "varchar", length: 32, nullable: true })
  statusAfter: SmartAccountStatus | null;

  @Column({ type: "varchar", length: 2000, nullable: true })
  detail: string | null;

  @DateColumn()
  createdAt: Date;
}
