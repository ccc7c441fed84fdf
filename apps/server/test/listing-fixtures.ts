import { AccessRequestEntity } from "../src/modules/access-request/access-request.entity";
import { identifierSkeleton } from "../src/modules/domain/domain-identifier";
import { RoleAssignmentEntity } from "../src/modules/role/role-assignment.entity";
import {
  SmartAccountEntity,
  type SmartAccountStatus,
} from "../src/modules/smart-account/smart-account.entity";
import { UserEntity } from "../src/modules/user/user.entity";
import type { TestApp } from "./harness";

/** A fixed id for row i of a kind, so lists have a stable tie-break. */
export function fixtureId(kind: number, i: number): string {
  return `00000000-0000-4000-8000-${(kind * 1_000_000 + i).toString(16).padStart(12, "0")}`;
}

/**
 * Many rows at once, written straight to the tables (the mutations' rate limits would refuse
 * hundreds of requests): `count` accounts that `email` administers, named by `nameOf`, with
 * statuses from `statusOf`, created a minute apart.
 */
export async function administeredAccounts(
  app: TestApp,
  email: string,
  count: number,
  nameOf: (i: number) => string,
  statusOf: (i: number) => SmartAccountStatus = () => "ACTIVE",
): Promise<string[]> {
  const now = app.clock.now();
  const ids: string[] = [];
  await app.services.db.transaction(async (em) => {
    const user = await em.findOneByOrFail(UserEntity, { email });
    for (let i = 0; i < count; i++) {
      const id = fixtureId(1, i);
      const identifier = `c${i}.fixture-corp.com`;
      const name = nameOf(i);
      const created = new Date(now.getTime() - (count - i) * 60_000);
      await em.insert(SmartAccountEntity, {
        id,
        name,
        nameKey: name.trim().replace(/\s+/g, " ").toLowerCase(),
        domainIdentifier: identifier,
        topLevelDomain: "fixture-corp.com",
        identifierSkeleton: identifierSkeleton(identifier),
        status: statusOf(i),
        visibility: "UNRESTRICTED",
        channel: "CUSTOMER_SELF",
        requesterId: user.id,
        companyName: "Fixture Corp",
        country: "US",
        addressLine: "1 Sample Street",
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
        createdAt: created,
        updatedAt: created,
        statusChangedAt: created,
        lapseAt: null,
        activatedAt: created,
      });
      await em.insert(RoleAssignmentEntity, {
        id: fixtureId(2, i),
        smartAccountId: id,
        virtualAccountId: null,
        scopeKey: "",
        email,
        userId: user.id,
        role: "ADMINISTRATOR",
        createdAt: created,
      });
      ids.push(id);
    }
    // Written around the services, so the directory's rows are written here too.
    await app.services.membership.refreshAccounts(em, ids);
  });
  return ids;
}

/** `count` pending access requests on one account, asked by `requesterEmail`, a minute apart. */
export async function pendingAccessRequests(
  app: TestApp,
  smartAccountId: string,
  requesterEmail: string,
  count: number,
  reasonOf: (i: number) => string,
): Promise<void> {
  const now = app.clock.now();
  await app.services.db.transaction(async (em) => {
    const requester = await em.findOneByOrFail(UserEntity, { email: requesterEmail });
    for (let i = 0; i < count; i++) {
      await em.insert(AccessRequestEntity, {
        id: fixtureId(3, i),
        smartAccountId,
        email: `person${i}@elsewhere.example`,
        requestedById: requester.id,
        reason: reasonOf(i),
        askedRole: "VIEWER",
        status: "PENDING",
        statusRank: 0,
        grantedRole: null,
        grantedVirtualAccountIds: null,
        decidedById: null,
        declineReason: null,
        autoApproved: false,
        decidedAt: null,
        createdAt: new Date(now.getTime() - (count - i) * 60_000),
      });
    }
    await app.services.membership.refreshAccounts(em, [smartAccountId]);
  });
}
