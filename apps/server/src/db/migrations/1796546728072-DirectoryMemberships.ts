import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The directory's membership table (DirectoryMembershipEntity), filled from the source tables as
 * they stand. The fill is the writer's rebuild as of this migration, written out so that later
 * changes to the writer do not change what this migration did.
 */
export class DirectoryMemberships1796546728072 implements MigrationInterface {
  name = "DirectoryMemberships1796546728072";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `directory_memberships` (`principal` varchar(254) NOT NULL, `accountId` varchar(36) NOT NULL, `rnk` int NOT NULL, `nameKey` varchar(200) NOT NULL, `status` varchar(32) NOT NULL, `statusDesc` int NOT NULL, INDEX `IDX_e68a4cf9bb1190a4451eefcf79` (`accountId`), INDEX `IDX_e2b831fb23346b21f68190c5b1` (`principal`, `statusDesc`, `nameKey`, `accountId`), INDEX `IDX_0a16d0be440133c4b7c50ca6ab` (`principal`, `status`, `nameKey`, `accountId`), INDEX `IDX_4b55a1e9b010f3d970358be0b5` (`principal`, `nameKey`, `accountId`), INDEX `IDX_121d5c55b390d470cba6a0422c` (`principal`, `rnk`, `nameKey`, `accountId`), PRIMARY KEY (`principal`, `accountId`)) ENGINE=InnoDB");
    await queryRunner.query(
      "INSERT INTO `directory_memberships` (principal, accountId, rnk, nameKey, status, statusDesc) " +
        "SELECT m.principal, m.accountId, MIN(m.rnk), a.nameKey, a.status, " +
        "CASE a.status WHEN 'PENDING_DOMAIN_APPROVAL' THEN 0 WHEN 'PENDING_CUSTOMER_ADDRESS' THEN 1 WHEN 'PENDING_CUSTOMER_ACCEPTANCE' THEN 2 WHEN 'DECLINED_BY_CUSTOMER' THEN 3 WHEN 'ACTIVE' THEN 4 ELSE 5 END " +
        "FROM (" +
        "SELECT u.id AS principal, r.smartAccountId AS accountId, 1 AS rnk FROM role_assignments r JOIN users u ON u.email = r.email WHERE u.emailVerifiedAt IS NOT NULL " +
        "UNION ALL SELECT u.id, q.smartAccountId, 2 FROM access_requests q JOIN users u ON u.email = q.email WHERE u.emailVerifiedAt IS NOT NULL " +
        "UNION ALL SELECT q.requestedById, q.smartAccountId, 2 FROM access_requests q " +
        "UNION ALL SELECT s.requesterId, s.id, 3 FROM smart_accounts s " +
        "UNION ALL SELECT CONCAT('@', s.topLevelDomain), s.id, 4 FROM smart_accounts s WHERE s.visibility = 'UNRESTRICTED'" +
        ") m JOIN smart_accounts a ON a.id = m.accountId " +
        "WHERE a.status NOT IN ('CANCELLED', 'LAPSED') " +
        "GROUP BY m.principal, m.accountId, a.nameKey, a.status",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `directory_memberships`");
  }
}
