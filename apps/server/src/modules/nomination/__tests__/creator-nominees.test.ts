import { startTestApp, type Client, type TestApp } from "../../../../test/harness";
import {
  ACCEPT_NOMINATION,
  ACCOUNT,
  accountOf,
  activeAccount,
  APPROVAL_REQUEST,
  approvalToken,
  APPROVE,
  APPROVE_ACCESS,
  APPROVE_DOMAIN,
  COMPANY,
  CREATE_VA,
  DENY,
  NOMINATE_CREATORS,
  registeredUser,
  REQUEST,
  REQUEST_ACCESS,
  REQUEST_FOR_CUSTOMER,
  RESEND,
  staffClient,
} from "../../../../test/account-api";
import { DAY } from "../../../common/clock";
import { graphql } from "../../../../test/gql";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});
beforeEach(async () => {
  await app.reset();
});

const MINE = graphql(`
  query CreatorsMyNominations {
    myNominations {
      edges {
        node {
          id
          kind
          status
        }
      }
    }
  }
`);

/** An account on zeta-corp.com waiting for its customer's acceptance, requested by Zed. */
async function pendingZeta(): Promise<{ zed: Client; id: string }> {
  const zed = await registeredUser(app, { email: "zed@zeta-corp.com" });
  const account = accountOf(
    await zed.gql(REQUEST, {
      input: {
        authorization: "SOMEONE_ELSE",
        name: "Zeta Corp",
        approverEmails: ["boss@zeta-corp.com"],
      },
    }),
  );
  expect(account.status).toBe("PENDING_CUSTOMER_ACCEPTANCE");
  return { zed, id: account.id };
}

describe("creator nominations", () => {
  it("refuse a nominee off the account's top-level domain, so nobody takes over another company's account", async () => {
    const { id } = await pendingZeta();
    const bob = await registeredUser(app, { email: "bob@beta-corp.com" });
    const before = await app.rowCounts();
    const res = await bob.gql(NOMINATE_CREATORS, { id, emails: ["bob@beta-corp.com"] });
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "emails", message: expect.stringContaining("bob@beta-corp.com") }],
    });
    expect(await app.rowCounts()).toEqual(before);

    // The whole chain of the report fails at its first step: bob never becomes an approver.
    const mine = await bob.gql(MINE);
    expect(mine.data!.myNominations.edges).toEqual([]);
    const approve = await bob.gql(APPROVE, {
      input: { smartAccountId: id, acceptTerms: true, company: COMPANY },
    });
    expect(approve.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("refuse a consumer mailbox and a look-alike subdomain trick, naming the address", async () => {
    const { id } = await pendingZeta();
    const bob = await registeredUser(app, { email: "bob@beta-corp.com" });
    for (const email of ["bob@gmail.com", "bob@zeta-corp.com.evil.example"]) {
      const before = await app.rowCounts();
      const res = await bob.gql(NOMINATE_CREATORS, { id, emails: ["ann@zeta-corp.com", email] });
      expect(res.errors?.[0].extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        fields: [{ field: "emails", message: expect.stringContaining(email) }],
      });
      expect(await app.rowCounts()).toEqual(before);
    }
  });

  it("take a nominee on the domain; approvers and requester are told, and the accepted nominee gets a link", async () => {
    const { id } = await pendingZeta();
    // Anyone who may find the account may nominate, as in seed 000: here someone of another company.
    const bob = await registeredUser(app, { email: "bob@beta-corp.com" });
    const res = await bob.gql(NOMINATE_CREATORS, { id, emails: ["ann@it.zeta-corp.com"] });
    expect(res.errors).toBeUndefined();

    for (const told of ["boss@zeta-corp.com", "zed@zeta-corp.com"]) {
      const emails = await app.outbox(told);
      const notice = emails.find((e) => e.subject.startsWith("Additional creators nominated"));
      expect(notice?.textBody).toContain("ann@it.zeta-corp.com");
    }
    expect(
      (await app.outbox("bob@beta-corp.com")).filter((e) =>
        e.subject.startsWith("Additional creators"),
      ),
    ).toEqual([]);

    const ann = await registeredUser(app, { email: "ann@it.zeta-corp.com" });
    const mine = await ann.gql(MINE);
    const accepted = await ann.gql(ACCEPT_NOMINATION, {
      id: mine.data!.myNominations.edges[0].node.id,
    });
    expect(accepted.errors).toBeUndefined();
    const link = await approvalToken(app, "ann@it.zeta-corp.com");
    expect(link.id).toBe(id);
  });

  it("are limited per caller", async () => {
    const bob = await registeredUser(app, { email: "bob@beta-corp.com" });
    const { id } = await pendingZeta();
    let limited = 0;
    for (let i = 0; i < 55 && !limited; i += 1) {
      const res = await bob.gql(NOMINATE_CREATORS, { id, emails: [`n${i}@zeta-corp.com`] });
      if (res.errors?.[0].extensions?.code === "RATE_LIMITED") limited = i;
    }
    expect(limited).toBe(50);
  });
});

describe("emails say who did what", () => {
  it("a partner's added users are told the partner nominated them, with the partner's note", async () => {
    const pat = await registeredUser(app, {
      email: "pat@partner.example",
      name: "Pat Partner",
      organisationType: "PARTNER",
    });
    const account = accountOf(
      await pat.gql(REQUEST_FOR_CUSTOMER, {
        input: {
          name: "Five Co",
          customerEmails: ["it@five.example"],
          userEmails: ["dev@five.example"],
          noteToUsers: "Welcome to the licenses",
        },
      }),
    );
    const it5 = await registeredUser(app, { email: "it@five.example", name: "IT Five" });
    const approved = await it5.gql(APPROVE, {
      input: { smartAccountId: account.id, acceptTerms: true, company: COMPANY },
    });
    expect(approved.errors).toBeUndefined();
    const [invite] = (await app.outbox("dev@five.example")).filter((e) =>
      e.subject.startsWith("You are nominated"),
    );
    expect(invite.textBody).toContain("Pat Partner nominated you");
    expect(invite.textBody).not.toContain("IT Five");
    expect(invite.textBody).toContain("Welcome to the licenses");
  });

  it("an administrator named at request time is told the requester nominated them, not the approver", async () => {
    const rick = await registeredUser(app, { email: "rick@ccoesup.com", name: "Rick Requester" });
    const account = accountOf(
      await rick.gql(REQUEST, {
        input: {
          authorization: "SOMEONE_ELSE",
          name: "CCO Esup",
          approverEmails: ["casey@ccoesup.com"],
          administratorEmails: ["it@ccoesup.com"],
        },
      }),
    );
    const casey = await registeredUser(app, { email: "casey@ccoesup.com", name: "Casey Customer" });
    const approved = await casey.gql(APPROVE, {
      input: { smartAccountId: account.id, acceptTerms: true, company: COMPANY },
    });
    expect(approved.errors).toBeUndefined();
    const [invite] = (await app.outbox("it@ccoesup.com")).filter((e) =>
      e.subject.startsWith("You are nominated"),
    );
    expect(invite.textBody).toContain("Rick Requester nominated you");
    expect(invite.textBody).not.toContain("Casey Customer");
  });

  it("a requester who authorizes their own request is not told that they ask themselves", async () => {
    const ada = await registeredUser(app, { email: "ada@ccoesup.com", name: "Ada Lovelace" });
    const staff = await staffClient(app);
    const account = accountOf(
      await ada.gql(REQUEST, {
        input: {
          authorization: "REQUESTER",
          name: "CCO Lab",
          domainIdentifier: "lab.ccoesup.com",
          contactPhone: "+1 949 555 0100",
          company: COMPANY,
          acceptTerms: true,
        },
      }),
    );
    expect(account.status).toBe("PENDING_DOMAIN_APPROVAL");
    await staff.gql(APPROVE_DOMAIN, { id: account.domain!.id });
    const link = (await app.outbox("ada@ccoesup.com")).find((e) =>
      e.textBody.includes("/pending-requests/"),
    );
    expect(link?.textBody).toContain("ready for you to authorize");
    expect(link?.textBody).not.toContain("Ada Lovelace asks you");
  });

  it("an approved access request names the chosen virtual accounts", async () => {
    const admin = await registeredUser(app, { email: "admin@cisco.com" });
    const account = await activeAccount(admin, "Cisco");
    const va = await admin.gql(CREATE_VA, {
      input: { smartAccountId: account.id, name: "Lab West" },
    });
    const asker = await registeredUser(app, { email: "pat@partner.example" });
    const asked = await asker.gql(REQUEST_ACCESS, {
      input: { smartAccountId: account.id, forMyself: true, reason: "Support" },
    });
    const approved = await admin.gql(APPROVE_ACCESS, {
      input: {
        accessRequestId: asked.data!.requestAccess.accessRequests[0].id,
        role: "USER",
        virtualAccountIds: [va.data!.createVirtualAccount.virtualAccount.id],
      },
    });
    expect(approved.errors).toBeUndefined();
    const [decision] = (await app.outbox("pat@partner.example")).filter((e) =>
      e.subject.startsWith("Access request approved"),
    );
    expect(decision.textBody).toContain('"Lab West"');
  });

  it("a lapsed request's link says it lapsed, not that it was used", async () => {
    const { id } = await pendingZeta();
    const { token } = await approvalToken(app, "boss@zeta-corp.com");
    app.clock.advance(91 * DAY);
    await app.services.lapseJob.run();
    const boss = await registeredUser(app, { email: "boss@zeta-corp.com" });
    const res = await boss.gql(APPROVAL_REQUEST, { token });
    expect(res.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(res.errors?.[0].message).toContain("lapsed");
    const account = await boss.gql(ACCOUNT, { id });
    expect(account.data!.smartAccount.status).toBe("LAPSED");
  });

  it("an action that comes before its time says it is too early, not too late", async () => {
    const ada = await registeredUser(app, { email: "ada@ccoesup.com" });
    const account = accountOf(
      await ada.gql(REQUEST, {
        input: {
          authorization: "SOMEONE_ELSE",
          name: "CCO Lab",
          domainIdentifier: "lab.ccoesup.com",
          contactPhone: "+1 949 555 0100",
          approverEmails: ["boss@ccoesup.com"],
        },
      }),
    );
    expect(account.status).toBe("PENDING_DOMAIN_APPROVAL");
    const res = await ada.gql(RESEND, { id: account.id });
    expect(res.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(res.errors?.[0].message).toContain("too early");
    expect(res.errors?.[0].message).not.toContain("too late");
    await app.services.db.transaction(async (em) => {
      await em.query("UPDATE smart_accounts SET status = 'CANCELLED' WHERE id = ?", [account.id]);
      await app.services.membership.refreshAccounts(em, [account.id]);
    });
    const late = await ada.gql(RESEND, { id: account.id });
    expect(late.errors?.[0].message).toContain("too late");
  });

  it("denying keeps its reason; creators named later are on the domain", async () => {
    const { id } = await pendingZeta();
    const boss = await registeredUser(app, { email: "boss@zeta-corp.com" });
    const denied = await boss.gql(DENY, { id, reason: "Not now" });
    expect(denied.errors).toBeUndefined();
    const res = await boss.gql(NOMINATE_CREATORS, { id, emails: ["cfo@zeta-corp.com"] });
    expect(res.errors).toBeUndefined();
  });
});
