import { DAY } from "../../../common/clock";
import { startTestApp, type TestApp } from "../../../../test/harness";
import {
  ACCEPT_NOMINATION,
  accountOf,
  activeAccount,
  registeredUser,
  REQUEST,
  SET_ROLES,
} from "../../../../test/account-api";
import { PASSWORD, SIGN_IN } from "../../../../test/user-api";
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
  query NominationsMine {
    myNominations {
      totalCount
      edges {
        node {
          id
          kind
          status
          expiresAt
          smartAccount {
            id
            name
            status
          }
        }
      }
    }
  }
`);
const RESEND = graphql(`
  mutation NominationsResend($id: ID!) {
    resendNomination(input: { nominationId: $id }) {
      nomination {
        id
        status
      }
    }
  }
`);
const NOMINATE_CFO = graphql(`
  mutation NominationsNominateCfo($id: ID!) {
    nominateCreators(input: { smartAccountId: $id, emails: ["cfo@uk.cisco.com"] }) {
      nominations {
        id
      }
    }
  }
`);
const LIST = graphql(`
  query NominationsAccountNominations($id: ID!, $first: Int!, $after: String) {
    accountNominations(smartAccountId: $id, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          email
          kind
          status
          sentAt
        }
      }
    }
  }
`);
const CISCO = {
  name: "Cisco",
  country: "US",
  addressLine: "1 Way",
  city: "San Jose",
  region: "CA",
  postalCode: "95134",
};

describe("nominations", () => {
  it("carry their account, are resent (three times a day) and expire 30 days after an active account sends them", async () => {
    const ada = await registeredUser(app, { email: "ada@cisco.com" });
    const account = accountOf(
      await ada.gql(REQUEST, {
        input: {
          authorization: "REQUESTER",
          name: "Cisco",
          acceptTerms: true,
          administratorEmails: ["bob@cisco.com"],
          company: CISCO,
        },
      }),
    );
    expect(account.status).toBe("ACTIVE");
    const bob = await registeredUser(app, { email: "bob@cisco.com" });
    const mine = await bob.gql(MINE);
    const [nomination] = mine.data!.myNominations.edges;
    expect(nomination.node).toMatchObject({
      kind: "ADMINISTRATOR",
      smartAccount: { name: "Cisco" },
    });
    const expiresIn = new Date(nomination.node.expiresAt!).getTime() - app.clock.now().getTime();
    expect(Math.abs(expiresIn - 30 * DAY)).toBeLessThan(5_000);

    // Eve may see the unrestricted account's card, so she is refused rather than told it is not there.
    const eve = await registeredUser(app, { email: "eve@elsewhere.org" });
    expect((await eve.gql(RESEND, { id: nomination.node.id })).errors?.[0].extensions?.code).toBe(
      "FORBIDDEN",
    );
    const before = (await app.outbox("bob@cisco.com")).length;
    for (let i = 0; i < 3; i++)
      expect((await ada.gql(RESEND, { id: nomination.node.id })).errors).toBeUndefined();
    expect((await app.outbox("bob@cisco.com")).length).toBe(before + 3);
    expect((await ada.gql(RESEND, { id: nomination.node.id })).errors?.[0].extensions?.code).toBe(
      "RATE_LIMITED",
    );

    app.clock.advance(31 * DAY);
    await bob.gql(SIGN_IN, { email: "bob@cisco.com", password: PASSWORD });
    const late = await bob.gql(ACCEPT_NOMINATION, { id: nomination.node.id });
    expect(late.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(late.errors?.[0].message).toMatch(/expired/);
  });

  it("a user of the account may see it but not resend its nominations", async () => {
    const ada = await registeredUser(app, { email: "ada@cisco.com" });
    const account = await activeAccount(ada, "Cisco");
    await ada.gql(SET_ROLES, {
      input: { smartAccountId: account.id, email: "vic@cisco.com", roles: [{ role: "VIEWER" }] },
    });
    const pending = accountOf(
      await ada.gql(REQUEST, {
        input: {
          authorization: "SOMEONE_ELSE",
          name: "Cisco UK",
          approverEmails: ["boss@uk.cisco.com"],
          acknowledgeExistingAccounts: true,
        },
      }),
    );
    const made = await ada.gql(NOMINATE_CFO, {
      id: pending.id,
    });
    const id = made.data!.nominateCreators.nominations[0].id;
    const boss = await registeredUser(app, { email: "boss@uk.cisco.com" });
    expect((await boss.gql(RESEND, { id })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("are listed on the account, newest first and a page at a time, for its administrators and approvers only", async () => {
    const ada = await registeredUser(app, { email: "ada@cisco.com" });
    const account = accountOf(
      await ada.gql(REQUEST, {
        input: {
          authorization: "REQUESTER",
          name: "Cisco",
          acceptTerms: true,
          administratorEmails: ["bob@cisco.com", "cy@cisco.com"],
          company: CISCO,
        },
      }),
    );
    const first = await ada.gql(LIST, { id: account.id, first: 1 });
    expect(first.errors).toBeUndefined();
    const page1 = first.data!.accountNominations;
    expect(page1.totalCount).toBe(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await ada.gql(LIST, {
      id: account.id,
      first: 1,
      after: page1.pageInfo.endCursor,
    });
    const page2 = second.data!.accountNominations;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const nodes = [...page1.edges, ...page2.edges].map((edge) => edge.node);
    expect(nodes.map((n) => `${n.email} ${n.kind} ${n.status}`).sort()).toEqual([
      "bob@cisco.com ADMINISTRATOR PENDING",
      "cy@cisco.com ADMINISTRATOR PENDING",
    ]);
    for (const node of nodes) expect(node.sentAt).not.toBeNull();

    // A viewer sees the account but not who was proposed for it; a stranger does not see it.
    await ada.gql(SET_ROLES, {
      input: { smartAccountId: account.id, email: "vic@cisco.com", roles: [{ role: "VIEWER" }] },
    });
    const vic = await registeredUser(app, { email: "vic@cisco.com" });
    const asViewer = await vic.gql(LIST, { id: account.id, first: 10 });
    expect(asViewer.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(asViewer.data).toBeNull();
    const eve = await registeredUser(app, { email: "eve@elsewhere.org" });
    const asStranger = await eve.gql(LIST, { id: account.id, first: 10 });
    expect(asStranger.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(asStranger.data).toBeNull();

    const badPage = await ada.gql(LIST, { id: account.id, first: 1, after: "not-a-cursor" });
    expect(badPage.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});
