import { DAY } from "../common/clock";
import type { Company } from "../modules/smart-account/account-fields";
import { SmartAccountEntity } from "../modules/smart-account/smart-account.entity";
import type { RequestData } from "../modules/lifecycle/account-lifecycle.service";
import type { ClientInfo } from "../modules/user/session.service";
import { UserEntity } from "../modules/user/user.entity";
import type { Services } from "../services";

/** The demo's accounts, by name: what the seed creates, and how it finds them again. */
export const DEMO_ACCOUNTS = {
  active: "CCO Esup, Inc.",
  pendingAcceptance: "CCO Esup Europe",
  pendingDomain: "CCO Esup Labs",
  pendingAddress: "CCO Esup Asia Pacific",
  declined: "CCO Esup Research",
  lapsed: "Initech",
  partnerPending: "Globex Corporation",
  partnerDomain: "Hooli",
} as const;

const CLIENT: ClientInfo = { ip: null, userAgent: "demo seed" };
const PHONE = "+1 949 555 0100";
const CCO_ESUP: Company = {
  name: "CCO Esup, Inc.",
  country: "US",
  addressLine: "170 West Tasman Drive",
  city: "San Jose",
  region: "CALIFORNIA",
  postalCode: "95134",
};

type Scenario = {
  name: string;
  /** How long ago the story starts; the clock is moved back for it and restored after. */
  daysAgo?: number;
  run(people: People): Promise<void>;
};
type People = Record<"customer" | "approver" | "partner" | "staff", UserEntity>;

/**
 * Accounts in every state, made through the services a person would use (so their histories,
 * emails and roles are the real ones). Each story is skipped when its account already exists,
 * so running the seed again adds nothing.
 */
export async function seedDemoAccounts(services: Services): Promise<string[]> {
  const { lifecycle, approvals, domainReviews, virtualAccounts, roles, accessRequests } = services;
  const people = await services.db.read(async (em) => {
    const find = (email: string) => em.findOneByOrFail(UserEntity, { email });
    return {
      customer: await find("ccoesup@ccoesup.com"),
      approver: await find("approver@ccoesup.com"),
      partner: await find("pat@partner.example"),
      staff: await find("staff@smartaccounts.example"),
    };
  });

  const request = (user: UserEntity, data: Partial<RequestData> & { name: string }) =>
    lifecycle.request(
      user,
      { channel: "CUSTOMER_SOMEONE_ELSE", approverEmails: [], ...data },
      CLIENT,
    );
  const forReview = (user: UserEntity, name: string, identifier: string, approver: string) =>
    request(user, {
      name,
      domainIdentifier: identifier,
      approverEmails: [approver],
      contactPhone: PHONE,
      message: "Please approve our regional account.",
      noteToDomainApprover: `${identifier} is our regional office's domain.`,
      acknowledgeExistingAccounts: true,
    });
  const approveDomain = async (accountId: string) => {
    const [review] = await domainReviews.latestFor([accountId]);
    await domainReviews.approve(people.staff, review.id);
  };

  const scenarios: Scenario[] = [
    {
      // Active, with a virtual-account tree, users on scopes, a granted and two waiting requests.
      name: DEMO_ACCOUNTS.active,
      daysAgo: 60,
      async run({ customer, approver, partner }) {
        const account = await lifecycle.request(
          customer,
          {
            channel: "CUSTOMER_SELF",
            name: DEMO_ACCOUNTS.active,
            approverEmails: [],
            acceptTerms: true,
            company: CCO_ESUP,
            administratorEmails: [approver.email],
            noteToUsers: "Welcome to CCO Esup's licenses.",
          },
          CLIENT,
        );
        const engineering = await virtualAccounts.create(customer, account.id, {
          name: "Engineering",
          description: "Development and test licenses.",
        });
        const lab = await virtualAccounts.create(customer, account.id, {
          name: "Irvine Lab",
          description: "The Irvine test lab.",
          parentId: engineering.id,
        });
        await virtualAccounts.create(customer, account.id, {
          name: "Sales",
          description: "Demo licenses for the sales team.",
        });
        await roles.setUserRoles(
          customer,
          account.id,
          "lee@ccoesup.com",
          [{ role: "USER", virtualAccountIds: [lab.id] }],
          CLIENT,
        );
        const [asked] = await accessRequests.request(
          approver,
          {
            smartAccountId: account.id,
            emails: ["morgan@ccoesup.com"],
            forMyself: false,
            reason: "Morgan keeps our license reports.",
            role: "VIEWER",
          },
          CLIENT,
        );
        await accessRequests.approve(customer, asked.id, { role: "VIEWER" });
        await accessRequests.request(
          partner,
          {
            smartAccountId: account.id,
            emails: [],
            forMyself: true,
            reason: "We resell CCO Esup's licenses and manage their renewals.",
            role: "USER",
          },
          CLIENT,
        );
        await accessRequests.request(
          approver,
          {
            smartAccountId: account.id,
            emails: ["jordan@ccoesup.com"],
            forMyself: false,
            reason: "Jordan joins the Irvine lab.",
            role: "VIEWER",
          },
          CLIENT,
        );
      },
    },
    {
      // The identifier was reviewed; the approver's link waits in the Mailbox.
      name: DEMO_ACCOUNTS.pendingAcceptance,
      daysAgo: 5,
      async run({ customer, approver }) {
        const account = await forReview(
          customer,
          DEMO_ACCOUNTS.pendingAcceptance,
          "eu.ccoesup.com",
          approver.email,
        );
        await approveDomain(account.id);
      },
    },
    {
      // Approved without an address: waiting for the company's address (lapsing in 25 days).
      name: DEMO_ACCOUNTS.pendingAddress,
      daysAgo: 65,
      async run({ customer, approver }) {
        const account = await forReview(
          customer,
          DEMO_ACCOUNTS.pendingAddress,
          "apac.ccoesup.com",
          approver.email,
        );
        await approveDomain(account.id);
        await approvals.approve(approver, { smartAccountId: account.id, acceptTerms: true });
      },
    },
    {
      name: DEMO_ACCOUNTS.declined,
      daysAgo: 15,
      async run({ customer, approver }) {
        const account = await forReview(
          customer,
          DEMO_ACCOUNTS.declined,
          "research.ccoesup.com",
          approver.email,
        );
        await approveDomain(account.id);
        await approvals.deny(
          approver,
          account.id,
          "Research buys its licenses through the Europe account.",
        );
      },
    },
    {
      // Waiting in the staff queue (three days old).
      name: DEMO_ACCOUNTS.pendingDomain,
      daysAgo: 3,
      async run({ customer, approver }) {
        await forReview(customer, DEMO_ACCOUNTS.pendingDomain, "labs.ccoesup.com", approver.email);
      },
    },
    {
      // A partner's request for a customer; it lapses in about 10 days, so a reminder went out.
      name: DEMO_ACCOUNTS.partnerPending,
      daysAgo: 80,
      async run({ partner }) {
        await request(partner, {
          channel: "PARTNER_FOR_CUSTOMER",
          name: DEMO_ACCOUNTS.partnerPending,
          domainIdentifier: "globex.example",
          approverEmails: ["buyer@globex.example"],
          message: "Your new Smart Account for the licenses we quoted.",
        });
      },
    },
    {
      // A partner's request whose identifier is not the customer's email host: in the queue.
      name: DEMO_ACCOUNTS.partnerDomain,
      daysAgo: 12,
      async run({ partner }) {
        await request(partner, {
          channel: "PARTNER_FOR_CUSTOMER",
          name: DEMO_ACCOUNTS.partnerDomain,
          domainIdentifier: "eu.hooli.example",
          approverEmails: ["buyer@hooli.example"],
          contactPhone: PHONE,
          noteToDomainApprover: "Hooli's European subsidiary.",
        });
      },
    },
    {
      // Nobody answered within 90 days: the lapse job lapsed it.
      name: DEMO_ACCOUNTS.lapsed,
      daysAgo: 95,
      async run({ partner }) {
        await request(partner, {
          channel: "PARTNER_FOR_CUSTOMER",
          name: DEMO_ACCOUNTS.lapsed,
          domainIdentifier: "initech.example",
          approverEmails: ["buyer@initech.example"],
        });
      },
    },
  ];

  const created: string[] = [];
  for (const scenario of scenarios) {
    const exists = await services.db.read((em) =>
      em.existsBy(SmartAccountEntity, { name: scenario.name }),
    );
    if (exists) continue;
    const shift = (scenario.daysAgo ?? 0) * DAY;
    services.clock.advance(-shift);
    try {
      await scenario.run(people);
    } finally {
      services.clock.advance(shift);
    }
    created.push(scenario.name);
  }
  // Today: what is due lapses, what lapses within 30 days is reminded (as the job does each minute).
  if (created.length) await services.lapseJob.run();
  return created;
}
