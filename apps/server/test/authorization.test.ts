import { entities } from "../src/db/entities";
import { graphql } from "./gql";
import type { RoleGrantInput } from "./gql/graphql";
import { startTestApp, type Client, type TestApp } from "./harness";
import {
  accountOf,
  activeAccount,
  COMPANY,
  CREATE_VA,
  FORWARD,
  NOMINATE_CREATORS,
  registeredUser,
  REQUEST,
  REQUEST_ACCESS,
  SET_ROLES,
  staffClient,
} from "./account-api";
import { SIGN_IN, SIGN_UP, signUpInput, PASSWORD } from "./user-api";

/**
 * The role × operation table: every query and mutation of the request lifecycle and of the
 * account's administration, tried by every kind of caller. Each cell is allowed or refused; a
 * refusal returns no data and changes no table's row count (outbox and history included).
 */
const ACTORS = [
  "anonymous",
  "unverified",
  "customer",
  "partner",
  "staff",
  "requester",
  "approver",
  "forwardedAway",
  "nominee",
  "administrator",
  "approverRole",
  "user",
  "viewer",
  "vaAdministrator",
  "otherAdministrator",
] as const;
type Actor = (typeof ACTORS)[number];
const SIGNED_IN = ACTORS.filter((a) => a !== "anonymous");
const VERIFIED = SIGNED_IN.filter((a) => a !== "unverified");

type Ids = {
  pending: string;
  active: string;
  domain: string;
  nomination: string;
  accessRequest: string;
  token: string;
  va: string;
  spareVa: string;
};
type Operation = {
  name: string;
  allowed: readonly Actor[];
  run: (
    client: Client,
    ids: Ids,
    actor: Actor,
  ) => Promise<{ data: unknown; errors?: { extensions?: { code?: string } }[] }>;
  mutates?: boolean;
};

const OPERATIONS: Operation[] = [
  {
    name: "me",
    allowed: SIGNED_IN,
    run: (client) =>
      client.gql(
        graphql(`
          query AuthzMe {
            me {
              id
            }
          }
        `),
      ),
  },
  {
    // The card of an unrestricted account is any verified user's; what else they read is the
    // account policy's, tested field by field in account-policy.test.ts.
    name: "smartAccount (pending)",
    allowed: VERIFIED,
    run: (client, i) =>
      client.gql(
        graphql(`
          query AuthzPendingAccount($id: ID!) {
            smartAccount(id: $id) {
              id
              approvers
              history {
                type
              }
            }
          }
        `),
        {
          id: i.pending,
        },
      ),
  },
  {
    name: "smartAccount (active)",
    allowed: VERIFIED,
    run: (client, i) =>
      client.gql(
        graphql(`
          query AuthzActiveAccount($id: ID!) {
            smartAccount(id: $id) {
              id
              virtualAccounts {
                id
              }
            }
          }
        `),
        {
          id: i.active,
        },
      ),
  },
  {
    name: "checkDomain",
    allowed: VERIFIED,
    run: (client) =>
      client.gql(
        graphql(`
          query AuthzCheckDomain {
            checkDomain(domainIdentifier: "acme.com") {
              valid
              existingAccounts {
                id
              }
            }
          }
        `),
      ),
  },
  {
    name: "myRequests",
    allowed: SIGNED_IN,
    run: (client) =>
      client.gql(
        graphql(`
          query AuthzMyRequests {
            myRequests {
              totalCount
            }
          }
        `),
      ),
  },
  {
    name: "pendingApprovals",
    allowed: SIGNED_IN,
    run: (client) =>
      client.gql(
        graphql(`
          query AuthzPendingApprovals {
            pendingApprovals {
              totalCount
            }
          }
        `),
      ),
  },
  {
    name: "domainApprovals",
    allowed: ["staff"],
    run: (client) =>
      client.gql(
        graphql(`
          query AuthzDomainApprovals {
            domainApprovals {
              totalCount
            }
          }
        `),
      ),
  },
  {
    name: "accessRequests (account)",
    allowed: ["administrator"],
    run: (client, i) =>
      client.gql(
        graphql(`
          query AuthzAccountAccessRequests($id: ID) {
            accessRequests(smartAccountId: $id) {
              totalCount
            }
          }
        `),
        {
          id: i.active,
        },
      ),
  },
  {
    name: "accessRequests (mine)",
    allowed: SIGNED_IN,
    run: (client) =>
      client.gql(
        graphql(`
          query AuthzMyAccessRequests {
            accessRequests {
              totalCount
            }
          }
        `),
      ),
  },
  {
    name: "accountUsers",
    allowed: ["staff", "administrator", "approverRole"],
    run: (client, i) =>
      client.gql(
        graphql(`
          query AuthzAccountUsers($id: ID!) {
            accountUsers(smartAccountId: $id) {
              email
            }
          }
        `),
        {
          id: i.active,
        },
      ),
  },
  {
    name: "accountNominations",
    allowed: ["staff", "administrator", "approverRole"],
    run: (client, i) =>
      client.gql(
        graphql(`
          query AuthzAccountNominations($id: ID!) {
            accountNominations(smartAccountId: $id) {
              totalCount
            }
          }
        `),
        {
          id: i.active,
        },
      ),
  },
  {
    name: "myNominations",
    allowed: SIGNED_IN,
    run: (client) =>
      client.gql(
        graphql(`
          query AuthzMyNominations {
            myNominations {
              totalCount
            }
          }
        `),
      ),
  },
  {
    name: "apiTokens",
    allowed: SIGNED_IN,
    run: (client) =>
      client.gql(
        graphql(`
          query AuthzApiTokens {
            apiTokens {
              totalCount
            }
          }
        `),
      ),
  },
  {
    name: "directory",
    allowed: VERIFIED,
    run: (client) =>
      client.gql(
        graphql(`
          query AuthzDirectory {
            directory {
              totalCount
            }
          }
        `),
      ),
  },
  {
    name: "searchSmartAccounts",
    allowed: VERIFIED,
    run: (client) =>
      client.gql(
        graphql(`
          query AuthzSearchSmartAccounts {
            searchSmartAccounts(query: "beta") {
              totalCount
            }
          }
        `),
      ),
  },

  {
    name: "requestSmartAccount",
    allowed: VERIFIED,
    mutates: true,
    run: (client, _i, a) =>
      client.gql(REQUEST, {
        input: {
          authorization: "SOMEONE_ELSE",
          name: `New ${a}`,
          approverEmails: [`boss@${a.toLowerCase()}.example.org`],
        },
      }),
  },
  {
    name: "requestSmartAccountForCustomer",
    allowed: ["partner"],
    mutates: true,
    run: (client) =>
      client.gql(
        graphql(`
          mutation AuthzRequestSmartAccountForCustomer(
            $input: RequestSmartAccountForCustomerInput!
          ) {
            requestSmartAccountForCustomer(input: $input) {
              smartAccount {
                id
              }
            }
          }
        `),
        { input: { name: "Customer Co", customerEmails: ["ceo@customer.example.org"] } },
      ),
  },
  {
    name: "bulkRequestPreview",
    allowed: ["partner"],
    run: (client) =>
      client.gql(
        graphql(`
          query AuthzBulkRequestPreview($input: BulkRequestInput!) {
            bulkRequestPreview(input: $input) {
              readyCount
            }
          }
        `),
        { input: { rows: [{ name: "Bulk Co", customerEmails: ["ceo@bulk.example.org"] }] } },
      ),
  },
  {
    name: "requestSmartAccountsInBulk",
    allowed: ["partner"],
    mutates: true,
    run: (client) =>
      client.gql(
        graphql(`
          mutation AuthzRequestSmartAccountsInBulk($input: BulkRequestInput!) {
            requestSmartAccountsInBulk(input: $input) {
              job {
                id
              }
            }
          }
        `),
        { input: { rows: [{ name: "Bulk Co", customerEmails: ["ceo@bulk.example.org"] }] } },
      ),
  },
  {
    name: "resendApprovalEmail",
    allowed: ["requester"],
    mutates: true,
    run: (client, i) =>
      client.gql(
        graphql(`
          mutation AuthzResendApprovalEmail($id: ID!) {
            resendApprovalEmail(input: { smartAccountId: $id }) {
              smartAccount {
                id
              }
            }
          }
        `),
        { id: i.pending },
      ),
  },
  {
    name: "cancelSmartAccount",
    allowed: ["requester"],
    mutates: true,
    run: (client, i) =>
      client.gql(
        graphql(`
          mutation AuthzCancelSmartAccount($id: ID!) {
            cancelSmartAccount(input: { smartAccountId: $id }) {
              smartAccount {
                id
              }
            }
          }
        `),
        { id: i.pending },
      ),
  },
  {
    name: "approveDomain",
    allowed: ["staff"],
    mutates: true,
    run: (client, i) =>
      client.gql(
        graphql(`
          mutation AuthzApproveDomain($id: ID!) {
            approveDomain(input: { domainId: $id }) {
              domain {
                id
              }
            }
          }
        `),
        { id: i.domain },
      ),
  },
  {
    name: "rejectDomain",
    allowed: ["staff"],
    mutates: true,
    run: (client, i) =>
      client.gql(
        graphql(`
          mutation AuthzRejectDomain($id: ID!) {
            rejectDomain(input: { domainId: $id, reason: "No" }) {
              domain {
                id
              }
            }
          }
        `),
        { id: i.domain },
      ),
  },
  {
    name: "verifyDomainChallenge",
    allowed: ["customer"],
    mutates: true,
    run: (client, i) =>
      client.gql(
        graphql(`
          mutation AuthzVerifyDomainChallenge($id: ID!) {
            verifyDomainChallenge(input: { domainId: $id }) {
              verified
            }
          }
        `),
        { id: i.domain },
      ),
  },
  {
    name: "approveSmartAccount",
    allowed: ["approver"],
    mutates: true,
    run: (client, i) =>
      client.gql(
        graphql(`
          mutation AuthzApproveSmartAccount($id: ID!, $company: CompanyInput) {
            approveSmartAccount(
              input: { smartAccountId: $id, acceptTerms: true, company: $company }
            ) {
              smartAccount {
                id
              }
            }
          }
        `),
        { id: i.pending, company: COMPANY },
      ),
  },
  {
    name: "denySmartAccount",
    allowed: ["approver"],
    mutates: true,
    run: (client, i) =>
      client.gql(
        graphql(`
          mutation AuthzDenySmartAccount($id: ID!) {
            denySmartAccount(input: { smartAccountId: $id, reason: "No" }) {
              smartAccount {
                id
              }
            }
          }
        `),
        { id: i.pending },
      ),
  },
  {
    name: "forwardSmartAccount",
    allowed: ["approver"],
    mutates: true,
    run: (client, i) => client.gql(FORWARD, { id: i.pending, email: "cfo@acme.com" }),
  },
  {
    name: "nominateCreators",
    allowed: VERIFIED,
    mutates: true,
    run: (client, i, a) =>
      client.gql(NOMINATE_CREATORS, {
        id: i.pending,
        emails: [`creator.${a.toLowerCase()}@acme.com`],
      }),
  },
  {
    name: "acceptNomination",
    allowed: ["nominee"],
    mutates: true,
    run: (client, i) =>
      client.gql(
        graphql(`
          mutation AuthzAcceptNomination($id: ID!) {
            acceptNomination(input: { nominationId: $id }) {
              nomination {
                id
              }
            }
          }
        `),
        { id: i.nomination },
      ),
  },
  {
    name: "rejectNomination",
    allowed: ["nominee"],
    mutates: true,
    run: (client, i) =>
      client.gql(
        graphql(`
          mutation AuthzRejectNomination($id: ID!) {
            rejectNomination(input: { nominationId: $id }) {
              nomination {
                id
              }
            }
          }
        `),
        { id: i.nomination },
      ),
  },
  {
    name: "updateSmartAccount",
    allowed: ["administrator", "approverRole"],
    mutates: true,
    run: (client, i) =>
      client.gql(
        graphql(`
          mutation AuthzUpdateSmartAccount($id: ID!) {
            updateSmartAccount(input: { smartAccountId: $id, name: "Renamed" }) {
              smartAccount {
                id
              }
            }
          }
        `),
        { id: i.active },
      ),
  },
  {
    name: "setAccessAutomation",
    allowed: ["administrator"],
    mutates: true,
    run: (client, i) =>
      client.gql(
        graphql(`
          mutation AuthzSetAccessAutomation($id: ID!) {
            setAccessAutomation(input: { smartAccountId: $id, autoApproveUpTo: VIEWER }) {
              smartAccount {
                id
              }
            }
          }
        `),
        { id: i.active },
      ),
  },
  {
    name: "requestAccess",
    allowed: VERIFIED,
    mutates: true,
    run: (client, i, a) =>
      client.gql(REQUEST_ACCESS, {
        input: {
          smartAccountId: i.active,
          emails: [`new.${a.toLowerCase()}@elsewhere.org`],
          reason: "Work",
        },
      }),
  },
  {
    name: "approveAccessRequest",
    allowed: ["administrator"],
    mutates: true,
    run: (client, i) =>
      client.gql(
        graphql(`
          mutation AuthzApproveAccessRequest($id: ID!) {
            approveAccessRequest(input: { accessRequestId: $id }) {
              accessRequest {
                id
              }
            }
          }
        `),
        { id: i.accessRequest },
      ),
  },
  {
    name: "declineAccessRequest",
    allowed: ["administrator"],
    mutates: true,
    run: (client, i) =>
      client.gql(
        graphql(`
          mutation AuthzDeclineAccessRequest($id: ID!) {
            declineAccessRequest(input: { accessRequestId: $id, reason: "No" }) {
              accessRequest {
                id
              }
            }
          }
        `),
        { id: i.accessRequest },
      ),
  },
  {
    name: "cancelAccessRequest",
    allowed: ["partner"],
    mutates: true,
    run: (client, i) =>
      client.gql(
        graphql(`
          mutation AuthzCancelAccessRequest($id: ID!) {
            cancelAccessRequest(input: { accessRequestId: $id }) {
              accessRequest {
                id
              }
            }
          }
        `),
        { id: i.accessRequest },
      ),
  },
  {
    name: "setAccountUserRoles",
    allowed: ["administrator"],
    mutates: true,
    run: (client, i) =>
      client.gql(
        graphql(`
          mutation AuthzSetAccountUserRoles($id: ID!) {
            setAccountUserRoles(
              input: { smartAccountId: $id, email: "newbie@beta.com", roles: [{ role: USER }] }
            ) {
              user {
                email
              }
            }
          }
        `),
        { id: i.active },
      ),
  },
  {
    name: "createVirtualAccount",
    allowed: ["administrator"],
    mutates: true,
    run: (client, i) => client.gql(CREATE_VA, { input: { smartAccountId: i.active, name: "Lab" } }),
  },
  {
    name: "updateVirtualAccount",
    allowed: ["administrator"],
    mutates: true,
    run: (client, i) =>
      client.gql(
        graphql(`
          mutation AuthzUpdateVirtualAccount($id: ID!) {
            updateVirtualAccount(input: { virtualAccountId: $id, name: "Ops 2" }) {
              virtualAccount {
                id
              }
            }
          }
        `),
        { id: i.va },
      ),
  },
  {
    name: "deleteVirtualAccount",
    allowed: ["administrator"],
    mutates: true,
    run: (client, i) =>
      client.gql(
        graphql(`
          mutation AuthzDeleteVirtualAccount($id: ID!) {
            deleteVirtualAccount(input: { virtualAccountId: $id }) {
              virtualAccount {
                id
              }
            }
          }
        `),
        { id: i.spareVa },
      ),
  },
  {
    name: "createApiToken",
    allowed: SIGNED_IN,
    mutates: true,
    run: (client) =>
      client.gql(
        graphql(`
          mutation AuthzCreateApiToken {
            createApiToken(input: { name: "t", scope: FULL }) {
              secret
            }
          }
        `),
      ),
  },
  {
    name: "revokeApiToken",
    allowed: ["administrator"],
    mutates: true,
    run: (client, i) =>
      client.gql(
        graphql(`
          mutation AuthzRevokeApiToken($id: ID!) {
            revokeApiToken(input: { id: $id }) {
              apiToken {
                id
              }
            }
          }
        `),
        { id: i.token },
      ),
  },
];

let app: TestApp;
const clients = {} as Record<Actor, Client>;
let ids: Ids;
let snapshot: Map<(typeof entities)[number], unknown[]>;

async function buildScenario() {
  clients.anonymous = app.client();
  const uv = app.client();
  await uv.gql(SIGN_UP, { input: signUpInput({ email: "uv@acme.com" }) });
  await uv.gql(SIGN_IN, { email: "uv@acme.com", password: PASSWORD });
  clients.unverified = uv;
  clients.staff = await staffClient(app);
  clients.requester = await registeredUser(app, { email: "req@acme.com" });
  const pending = accountOf(
    await clients.requester.gql(REQUEST, {
      input: { authorization: "SOMEONE_ELSE", name: "Acme", approverEmails: ["a1@acme.com"] },
    }),
  );
  clients.forwardedAway = await registeredUser(app, { email: "a1@acme.com" });
  clients.approver = await registeredUser(app, { email: "a2@acme.com" });
  await clients.forwardedAway.gql(FORWARD, { id: pending.id, email: "a2@acme.com" });
  clients.nominee = await registeredUser(app, { email: "nominee@acme.com" });
  await clients.requester.gql(NOMINATE_CREATORS, { id: pending.id, emails: ["nominee@acme.com"] });
  const nominations = await clients.nominee.gql(
    graphql(`
      query AuthzNomineeNominations {
        myNominations {
          edges {
            node {
              id
            }
          }
        }
      }
    `),
  );

  clients.administrator = await registeredUser(app, { email: "admin@beta.com" });
  const active = await activeAccount(clients.administrator, "Beta");
  const va = await clients.administrator.gql(CREATE_VA, {
    input: { smartAccountId: active.id, name: "Ops" },
  });
  const vaId = va.data!.createVirtualAccount.virtualAccount.id;
  const spare = await clients.administrator.gql(CREATE_VA, {
    input: { smartAccountId: active.id, name: "Spare" },
  });
  const roles: [Actor, string, RoleGrantInput][] = [
    ["approverRole", "ap@beta.com", { role: "APPROVER" }],
    ["user", "user@beta.com", { role: "USER" }],
    ["viewer", "viewer@beta.com", { role: "VIEWER" }],
    ["vaAdministrator", "vaadmin@beta.com", { role: "ADMINISTRATOR", virtualAccountIds: [vaId] }],
  ];
  for (const [actor, email, role] of roles) {
    await clients.administrator.gql(SET_ROLES, {
      input: { smartAccountId: active.id, email, roles: [role] },
    });
    clients[actor] = await registeredUser(app, { email });
  }
  clients.otherAdministrator = await registeredUser(app, { email: "oa@other.com" });
  await activeAccount(clients.otherAdministrator, "Other");
  clients.customer = await registeredUser(app, { email: "cust@unrelated.com" });
  const review = accountOf(
    await clients.customer.gql(REQUEST, {
      input: {
        authorization: "SOMEONE_ELSE",
        name: "Review",
        approverEmails: ["boss@unrelated.com"],
        domainIdentifier: "lab.unrelated.com",
        contactPhone: "+1 949 555 0100",
      },
    }),
  );
  clients.partner = await registeredUser(app, {
    email: "pat@partner.example",
    organisationType: "PARTNER",
  });
  const asked = await clients.partner.gql(REQUEST_ACCESS, {
    input: { smartAccountId: active.id, forMyself: true, reason: "Support" },
  });
  const token = await clients.administrator.gql(
    graphql(`
      mutation AuthzCreateOwnApiToken {
        createApiToken(input: { name: "mine", scope: FULL }) {
          apiToken {
            id
          }
        }
      }
    `),
  );
  ids = {
    pending: pending.id,
    active: active.id,
    domain: review.domain!.id,
    nomination: nominations.data!.myNominations.edges[0].node.id,
    accessRequest: asked.data!.requestAccess.accessRequests[0].id,
    token: token.data!.createApiToken.apiToken.id,
    va: vaId,
    spareVa: spare.data!.createVirtualAccount.virtualAccount.id,
  };
}

async function takeSnapshot() {
  snapshot = new Map();
  await app.services.db.read(async (em) => {
    for (const entity of entities) snapshot.set(entity, await em.find(entity));
  });
}

async function restoreSnapshot() {
  await app.services.db.transaction(async (em) => {
    for (const entity of entities) await em.createQueryBuilder().delete().from(entity).execute();
    for (const entity of entities) {
      const rows = snapshot.get(entity) as object[];
      for (let at = 0; at < rows.length; at += 200) {
        // updateEntity(false): TypeORM would otherwise write re-read generated values back into
        // the snapshot's objects, matched by position, and corrupt the next restore.
        await em
          .createQueryBuilder()
          .insert()
          .into(entity)
          .values(rows.slice(at, at + 200))
          .updateEntity(false)
          .execute();
      }
    }
  });
}

beforeAll(async () => {
  app = await startTestApp();
  await app.reset();
  await buildScenario();
  await takeSnapshot();
}, 120_000);

afterAll(async () => {
  await app.close();
});

const REFUSALS = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"];

describe.each(OPERATIONS)("$name", (operation) => {
  it.each(ACTORS)("by %s", async (actor) => {
    const allowed = operation.allowed.includes(actor);
    if (allowed && operation.mutates) await restoreSnapshot();
    const before = allowed ? null : await app.rowCounts();
    const res = await operation.run(clients[actor], ids, actor);
    if (allowed) {
      expect(res.errors).toBeUndefined();
      expect(res.data).not.toBeNull();
    } else {
      expect(res.data).toBeNull();
      expect(REFUSALS).toContain(res.errors?.[0].extensions?.code);
      if (actor === "anonymous") expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      expect(await app.rowCounts()).toEqual(before);
    }
  });
});
