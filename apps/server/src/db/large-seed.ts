import type { EntityManager } from "typeorm";
import type { Services } from "../services";
import { hashPassword } from "../modules/user/password";
import { identifierSkeleton } from "../modules/domain/domain-identifier";
import { UserEntity } from "../modules/user/user.entity";
import {
  SmartAccountEntity,
  type SmartAccountStatus,
} from "../modules/smart-account/smart-account.entity";
import { RoleAssignmentEntity } from "../modules/role/role-assignment.entity";
import { VirtualAccountEntity } from "../modules/virtual-account/virtual-account.entity";
import { AccessRequestEntity } from "../modules/access-request/access-request.entity";

const WORDS = [
  "Alpha",
  "Beacon",
  "Cedar",
  "Delta",
  "Ember",
  "Falcon",
  "Granite",
  "Harbor",
  "Iris",
  "Juniper",
  "Kestrel",
  "Lumen",
  "Meridian",
  "Nimbus",
  "Orchid",
  "Pioneer",
  "Quartz",
  "Raven",
  "Summit",
  "Tidal",
];
const STATUSES: SmartAccountStatus[] = [
  "ACTIVE",
  "ACTIVE",
  "ACTIVE",
  "ACTIVE",
  "ACTIVE",
  "ACTIVE",
  "ACTIVE",
  "PENDING_CUSTOMER_ACCEPTANCE",
  "PENDING_DOMAIN_APPROVAL",
  "DECLINED_BY_CUSTOMER",
];
const BATCH = 1000;
export const BENCH_USER = "bench@company0.com";
export const BENCH_PASSWORD = "bench-password-1";
/** A user whose directory holds 4 000 rows (3 000 roles, 1 000 accounts they asked to create). */
export const HEAVY_USER = "heavy@heavy-bench.com";
/**
 * The bench users' relations all sit in the first 10 000 accounts, so their directories are the
 * same size whatever the seed's size: the bench user ~450 rows, the heavy user 4 000.
 */
const RELATED_BELOW = 10_000;

/** A fixed, repeatable id for row i of a kind, so a re-run finds the same rows. */
function id(kind: number, i: number): string {
  const hex = (kind * 10_000_000 + i).toString(16).padStart(12, "0");
  return `00000000-0000-4000-8000-${hex}`;
}

async function insertInBatches<T extends object>(
  em: EntityManager,
  target: new () => T,
  rows: T[],
): Promise<void> {
  for (let at = 0; at < rows.length; at += BATCH) {
    await em
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(at, at + BATCH))
      .execute();
  }
}

/** The directory's membership table rebuilt from the seeded rows, and fresh statistics. */
async function finish(services: Services): Promise<void> {
  // The seeded rows are written around the services: the directory's membership table is rebuilt
  // from them in one statement (far cheaper than account by account).
  await services.db.transaction((em) => services.membership.rebuild(em));
  // Accounts seeded before the copies of their lists existed get them.
  await services.db.transaction((em) => services.lists.fill(em, { onlyMissing: true }));
  if (services.db.isMysql) {
    // InnoDB refreshes its statistics in the background after a bulk load; until it has, the
    // planner may guess a full index scan is cheapest. Measured plans and timings need the
    // statistics of the data that is there.
    await services.db.read((em) =>
      em.query(
        "ANALYZE TABLE users, smart_accounts, virtual_accounts, role_assignments, access_requests, directory_memberships",
      ),
    );
  }
}

/**
 * A deterministic large data set for the benchmark and the EXPLAIN checks: `size` accounts,
 * three per top-level domain (company{k}.com, eu., us.), mostly ACTIVE with a DEFAULT virtual
 * account and an administrator. Among the first 10 000 accounts the bench user holds roles on 1 in
 * 50, asked access to 1 in 70 and requested 1 in 100 (plus the 3 accounts of company0.com); the
 * heavy user holds roles on every odd ACTIVE one and requested 1 in 10.
 */
export async function seedLarge(services: Services, size: number): Promise<{ created: number }> {
  const already = await services.db.read((em) => em.count(SmartAccountEntity));
  if (already >= size) {
    // A seed stopped after its accounts but before the rebuild below is finished here.
    const rebuilt = await services.db.read((em) =>
      em.query("SELECT 1 FROM directory_memberships WHERE principal = ? LIMIT 1", [
        "@company1.com",
      ]),
    );
    if ((rebuilt as unknown[]).length === 0) await finish(services);
    return { created: 0 };
  }
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const now = services.clock.now();
  await services.db.transaction(async (em) => {
    if (!(await em.existsBy(UserEntity, { email: BENCH_USER }))) {
      await em.insert(UserEntity, {
        id: id(9, 0),
        email: BENCH_USER,
        name: "Bench User",
        company: "Company 0",
        organisationType: "PARTNER",
        isStaff: false,
        passwordHash,
        emailVerifiedAt: now,
        createdAt: now,
        updatedAt: now,
      });
    }
    if (!(await em.existsBy(UserEntity, { email: HEAVY_USER }))) {
      await em.insert(UserEntity, {
        id: id(9, 1),
        email: HEAVY_USER,
        name: "Heavy User",
        company: "Heavy Bench",
        organisationType: "PARTNER",
        isStaff: false,
        passwordHash,
        emailVerifiedAt: now,
        createdAt: now,
        updatedAt: now,
      });
    }
  });
  for (let start = already; start < size; start += 10 * BATCH) {
    const end = Math.min(size, start + 10 * BATCH);
    const accounts: SmartAccountEntity[] = [];
    const vas: VirtualAccountEntity[] = [];
    const roles: RoleAssignmentEntity[] = [];
    const requests: AccessRequestEntity[] = [];
    for (let i = start; i < end; i++) {
      const k = Math.floor(i / 3);
      const domain = `company${k}.com`;
      const identifier = ["", "eu.", "us."][i % 3] + domain;
      const status = STATUSES[i % STATUSES.length];
      const name = `${WORDS[i % WORDS.length]} ${WORDS[Math.floor(i / 20) % WORDS.length]} ${i}`;
      const created = new Date(now.getTime() - (size - i) * 60_000);
      accounts.push({
        id: id(1, i),
        name,
        nameKey: name.toLowerCase(),
        domainIdentifier: identifier,
        topLevelDomain: domain,
        identifierSkeleton: identifierSkeleton(identifier),
        liveIdentifier: null,
        status,
        visibility: i % 10 === 9 ? "RESTRICTED" : "UNRESTRICTED",
        channel: "CUSTOMER_SELF",
        requesterId:
          i < RELATED_BELOW && i % 100 === 50
            ? id(9, 0)
            : i < RELATED_BELOW && i % 10 === 9
              ? id(9, 1)
              : id(8, i),
        companyName: `Company ${k}`,
        country: "US",
        addressLine: `${i} Sample Street`,
        city: "Irvine",
        region: "CA",
        postalCode: "92617",
        messageToApprovers: null,
        noteToDomainApprover: null,
        noteToUsers: null,
        approvedById: null,
        autoApproveUpTo: null,
        declineReason: null,
        version: 0,
        eventSeq: 0,
        remindersSent: 0,
        decisionRemindersSent: 0,
        createdAt: created,
        updatedAt: created,
        statusChangedAt: created,
        lapseAt:
          status === "ACTIVE" || status === "PENDING_DOMAIN_APPROVAL"
            ? null
            : new Date(now.getTime() + 30 * 86_400_000),
        activatedAt: status === "ACTIVE" ? created : null,
        // The copies of what is inserted below (what AccountListsWriter.fill would write).
        administratorList: JSON.stringify(status === "ACTIVE" ? [`admin@${identifier}`] : []),
        virtualAccountList: JSON.stringify(
          status === "ACTIVE"
            ? [
                {
                  id: id(2, i),
                  name: "DEFAULT",
                  description: null,
                  isDefault: true,
                  parentId: null,
                  createdAt: created.toISOString(),
                },
              ]
            : [],
        ),
      });
      if (status === "ACTIVE") {
        vas.push({
          id: id(2, i),
          smartAccountId: id(1, i),
          parentId: null,
          name: "DEFAULT",
          description: null,
          isDefault: true,
          createdAt: created,
        });
        roles.push({
          id: id(3, i),
          smartAccountId: id(1, i),
          virtualAccountId: null,
          scopeKey: "",
          email: `admin@${identifier}`,
          userId: null,
          role: "ADMINISTRATOR",
          createdAt: created,
        });
        if (i < RELATED_BELOW && i % 2 === 1) {
          roles.push({
            id: id(6, i),
            smartAccountId: id(1, i),
            virtualAccountId: null,
            scopeKey: "",
            email: HEAVY_USER,
            userId: id(9, 1),
            role: "USER",
            createdAt: created,
          });
        }
        if (i < RELATED_BELOW && i % 50 === 0) {
          roles.push({
            id: id(4, i),
            smartAccountId: id(1, i),
            virtualAccountId: null,
            scopeKey: "",
            email: BENCH_USER,
            userId: id(9, 0),
            role: "USER",
            createdAt: created,
          });
        } else if (i < RELATED_BELOW && i % 70 === 1) {
          requests.push({
            id: id(5, i),
            smartAccountId: id(1, i),
            email: BENCH_USER,
            requestedById: id(9, 0),
            reason: "Bench",
            askedRole: "VIEWER",
            status: "PENDING",
            statusRank: 0,
            pendingEmail: null,
            grantedRole: null,
            grantedVirtualAccountIds: null,
            decidedById: null,
            declineReason: null,
            autoApproved: false,
            remindersSent: 0,
            decidedAt: null,
            createdAt: created,
          });
        }
      }
    }
    await services.db.transaction(async (em) => {
      await insertInBatches(em, SmartAccountEntity, accounts);
      await insertInBatches(em, VirtualAccountEntity, vas);
      await insertInBatches(em, RoleAssignmentEntity, roles);
      await insertInBatches(em, AccessRequestEntity, requests);
    });
  }
  await finish(services);
  return { created: size - already };
}
