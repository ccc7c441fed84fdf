import type { Services } from "../services";
import { UserEntity } from "../modules/user/user.entity";
import { hashPassword } from "../modules/user/password";
import { newId } from "../common/secrets";

export const DEMO_PASSWORD = "smart-accounts-demo";

/** The demo people, one of every kind; the README lists them. */
export const DEMO_USERS = [
  {
    email: "ccoesup@ccoesup.com",
    name: "Casey Customer",
    company: "CCO Esup, Inc.",
    organisationType: "CUSTOMER",
    isStaff: false,
  },
  {
    email: "approver@ccoesup.com",
    name: "Avery Approver",
    company: "CCO Esup, Inc.",
    organisationType: "CUSTOMER",
    isStaff: false,
  },
  {
    email: "pat@partner.example",
    name: "Pat Partner",
    company: "Partner Example Ltd",
    organisationType: "PARTNER",
    isStaff: false,
  },
  {
    email: "staff@smartaccounts.example",
    name: "Sam Staff",
    company: "Smart Account Operations",
    organisationType: "CUSTOMER",
    isStaff: true,
  },
] as const;

/** Idempotent: users already there are left as they are. */
export async function seedDemoData(services: Services): Promise<{ created: string[] }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return services.db.transaction(async (em) => {
    const created: string[] = [];
    for (const demo of DEMO_USERS) {
      if (await em.existsBy(UserEntity, { email: demo.email })) continue;
      const now = services.clock.now();
      await em.insert(UserEntity, {
        id: newId(),
        ...demo,
        passwordHash,
        emailVerifiedAt: now,
        createdAt: now,
        updatedAt: now,
      });
      created.push(demo.email);
    }
    return { created };
  });
}
