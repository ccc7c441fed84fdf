import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * One row of someone's directory, kept by MembershipWriter in the same transaction as every change
 * that alters it, so a directory page is one index range read whatever the number of accounts.
 * Only live accounts (not CANCELLED or LAPSED) have rows.
 *
 * `principal` is whose directory the row is in: a user's id for the rows a user has by a relation
 * (a role, an access request, a request to create), or "@" and a top-level domain for an
 * unrestricted account on that domain. Being on a domain is shared by every user with an email
 * there (a company's domain can hold thousands), so those rows are kept once per account under the
 * domain, not once per user: a new account or user on a large domain then writes one row, not
 * thousands, and the directory reads the user's range and the domain's range, both on the same
 * indexes.
 *
 * Each order the directory offers has its index, led by the principal. Status descending with
 * names ascending is a mixed-direction order, which no ascending index serves: `statusDesc` is the
 * status's place counted from the other end.
 */
@Entity({ name: "directory_memberships" })
@Index(["principal", "rnk", "nameKey", "accountId"])
@Index(["principal", "nameKey", "accountId"])
@Index(["principal", "status", "nameKey", "accountId"])
@Index(["principal", "statusDesc", "nameKey", "accountId"])
@Index(["accountId"])
export class DirectoryMembershipEntity {
  @PrimaryColumn({ type: "varchar", length: 254 })
  principal: string;

  @PrimaryColumn({ type: "varchar", length: 36 })
  accountId: string;

  /** Why the row is there: 1 a role, 2 an access request, 3 asked to create it, 4 on the domain. */
  @Column({ type: "int" })
  rnk: number;

  /** The account's name key, copied: every order ends on it. */
  @Column({ type: "varchar", length: 200 })
  nameKey: string;

  /** The account's status, copied. */
  @Column({ type: "varchar", length: 32 })
  status: string;

  @Column({ type: "int" })
  statusDesc: number;
}
