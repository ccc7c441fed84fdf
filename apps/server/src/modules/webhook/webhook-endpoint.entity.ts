import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DateColumn } from "../../db/columns";

/**
 * Where an account's events are posted. Registered by one of the account's administrators (or
 * staff), or by its requester; it receives only the events its registrant may read (the account
 * policy, asked when each event is fanned out).
 */
@Entity({ name: "webhook_endpoints" })
@Index(["smartAccountId", "createdAt"])
@Index(["enabled"])
export class WebhookEndpointEntity {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  smartAccountId: string;

  /** Who registered it: deliveries follow what this user may read. */
  @Column({ type: "varchar", length: 36 })
  createdById: string;

  @Column({ type: "varchar", length: 2000 })
  url: string;

  /** AccountEventKinds, comma-separated. */
  @Column({ type: "varchar", length: 1000 })
  eventTypes: string;

  /** The signing secret (`whsec_` + base64): needed to sign, so kept, and shown only once. */
  @Column({ type: "varchar", length: 100 })
  secret: string;

  /** The secret before the last rotation, still signed with until `previousSecretUntil`. */
  @Column({ type: "varchar", length: 100, nullable: true })
  previousSecret: string | null;

  @DateColumn({ nullable: true })
  previousSecretUntil: Date | null;

  @Column({ type: "boolean" })
  enabled: boolean;

  @Column({ type: "varchar", length: 300, nullable: true })
  disabledReason: string | null;

  /** The first failure since the last success; null while it succeeds. */
  @DateColumn({ nullable: true })
  failingSince: Date | null;

  @DateColumn()
  createdAt: Date;

  @DateColumn()
  updatedAt: Date;
}
