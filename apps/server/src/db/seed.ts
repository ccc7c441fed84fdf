import { In } from "typeorm";
import type { Services } from "../services";
import { UserEntity } from "../modules/user/user.entity";
import { hashPassword } from "../modules/user/password";
import { newId } from "../common/secrets";
import { seedDemoAccounts } from "./demo-accounts";

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

/**
 * The demo users, then accounts in every state made through the services (demo-accounts.ts).
 * Idempotent: users and accounts already there are left as they are. Refused in production.
 */
export async function seedDemoData(
  services: Services,
): Promise<{ created: string[]; accounts: string[] }> {
  if (services.config.isProduction) {
    throw new Error("The demo seed is refused when NODE_ENV=production.");
  }
  const created = await seedDemoUsers(services);
  const accounts = await seedDemoAccounts(services);
  return { created, accounts };
}

async function seedDemoUsers(services: Services): Promise<string[]> {
  if (
    (await services.db.read((em) => em.countBy(UserEntity, { email: In(emails()) }))) ===
    DEMO_USERS.length
  ) {
    return [];
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return services.db.transaction(async (em) => {
    const created: string[] = [];
    for (const demo of DEMO_USERS) {
      if (await em.existsBy(UserEntity, { email: demo.email })) continue;
      const now = services.clock.now();
      const id = newId();
      await em.insert(UserEntity, {
        id,
        ...demo,
        passwordHash,
        emailVerifiedAt: now,
        createdAt: now,
        updatedAt: now,
      });
      // Proven at once: what was given to the address already is theirs in the directory.
      await services.membership.refreshUser(em, id);
      created.push(demo.email);
    }
    return created;
  });
}

function emails(): string[] {
  return DEMO_USERS.map((u) => u.email);
}
