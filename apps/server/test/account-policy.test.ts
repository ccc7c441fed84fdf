import {
  buildSchema,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  parse,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import { startTestApp, type Client, type GqlResult, type TestApp } from "./harness";
import {
  APPROVE,
  APPROVE_DOMAIN,
  accountOf,
  activeAccount,
  COMPANY,
  CREATE_VA,
  DENY,
  NOMINATE_CREATORS,
  registeredUser,
  REQUEST,
  REQUEST_ACCESS,
  REQUEST_FOR_CUSTOMER,
  SET_AUTOMATION,
  SET_ROLES,
  staffClient,
} from "./account-api";
import { graphql } from "./gql";
import type { RoleGrantInput, SignUpInput } from "./gql/graphql";
import { PASSWORD, SIGN_IN, SIGN_UP, signUpInput } from "./user-api";
import {
  GROUP_NAMES,
  GROUPS,
  groupOf,
  RELATION_COLUMNS,
  RELATIONS,
  readableFor,
  ROW,
} from "./policy-scenario";

/**
 * The account policy as caller × entry point × account × field. What a caller may read is taken
 * from the two tables of docs/security.md, never from constants here; every field of SmartAccount
 * comes from the served schema, so a new field without a rule, or a new entry point that shows
 * more than the policy allows, fails this suite. Staff's `smartAccount(id)` is the ground truth a
 * readable field must equal; an unreadable one must be null.
 */

// ------------------------------------------------------------------ the scenario

const ACCOUNTS = ["declined", "active", "partnerActive", "restricted", "pending"] as const;
type AccountKey = (typeof ACCOUNTS)[number];
const ACCOUNT_NAMES: Record<AccountKey, string> = {
  declined: "Policy Alpha Declined",
  active: "Policy Beta Active",
  partnerActive: "Policy Gamma Partner",
  restricted: "Policy Delta Restricted",
  pending: "Policy Echo Pending",
};
const NAME_PREFIX = "Policy";

type Tag =
  | "accessRequester"
  | "pendingNominee"
  | "vaOnly"
  | "userViewer"
  | "adminApprover"
  | "staff"
  | "requester"
  | "pendingApprover"
  | "unverified";
const ROLE_TAGS: Tag[] = ["vaOnly", "userViewer", "adminApprover"];

type CallerSpec = {
  key: string;
  email: string;
  tags: Partial<Record<AccountKey, Tag[]>>;
  /** The caller is this other caller through an API token. */
  tokenOf?: { caller: string; scope: "READ_ONLY" | "FULL" };
};

const CALLERS: CallerSpec[] = [
  { key: "staff", email: "staff@ops.example", tags: {} },
  { key: "stranger", email: "eve@stranger-co.com", tags: {} },
  { key: "sameDomainActive", email: "sid@beta-corp.com", tags: {} },
  { key: "sameDomainRestricted", email: "dan@delta-corp.com", tags: {} },
  {
    key: "unverifiedWithViewerGrant",
    email: "unv@beta-corp.com",
    tags: Object.fromEntries(ACCOUNTS.map((a) => [a, ["unverified"]])),
  },
  {
    key: "partnerRequester",
    email: "pat@partner-house.com",
    tags: { declined: ["requester"], partnerActive: ["requester"] },
  },
  {
    key: "declinedApprover",
    email: "cara@alpha-customer.com",
    tags: { declined: ["pendingApprover"] },
  },
  {
    key: "pendingNominee",
    email: "nora@alpha-customer.com",
    tags: { declined: ["pendingNominee"] },
  },
  {
    key: "administrator",
    email: "ada@beta-corp.com",
    tags: { active: ["adminApprover", "requester"] },
  },
  { key: "approverRole", email: "apo@beta-corp.com", tags: { active: ["adminApprover"] } },
  { key: "userRole", email: "uma@beta-corp.com", tags: { active: ["userViewer"] } },
  { key: "viewerRole", email: "vic@elsewhere-view.com", tags: { active: ["userViewer"] } },
  { key: "vaOnlyAdministrator", email: "val@va-contractor.com", tags: { active: ["vaOnly"] } },
  {
    key: "accessRequester",
    email: "paula@reseller-house.com",
    tags: { active: ["accessRequester"] },
  },
  {
    key: "customerActivator",
    email: "cole@gamma-customer.com",
    tags: { partnerActive: ["adminApprover"] },
  },
  {
    key: "restrictedAdministrator",
    email: "dora@delta-corp.com",
    tags: { restricted: ["adminApprover", "requester"] },
  },
  { key: "pendingRequester", email: "rita@echo-corp.com", tags: { pending: ["requester"] } },
  { key: "pendingApprover", email: "olga@echo-corp.com", tags: { pending: ["pendingApprover"] } },
];
// Every role holder's API tokens read what the holder reads, whatever their scope.
const TOKEN_OWNERS = [
  "administrator",
  "approverRole",
  "userRole",
  "viewerRole",
  "vaOnlyAdministrator",
];
for (const [owner, scope] of TOKEN_OWNERS.flatMap((o) =>
  (["READ_ONLY", "FULL"] as const).map((scope) => [o, scope] as const),
)) {
  const of = CALLERS.find((c) => c.key === owner)!;
  CALLERS.push({
    key: `${owner} (${scope} token)`,
    email: of.email,
    tags: of.tags,
    tokenOf: { caller: owner, scope },
  });
}
const CALLER_KEYS = CALLERS.map((c) => c.key);
const callerSpec = (key: string) => CALLERS.find((c) => c.key === key)!;

type Node = Record<string, unknown> & { id: string };

let app: TestApp;
let schema: GraphQLSchema;
let smartAccountType: GraphQLObjectType;
/** The selection of every SmartAccount field, one entry per field. */
let selection: string[];
const clients = new Map<string, Client>();
const ids = {} as Record<AccountKey, string>;
/** The virtual accounts a caller holds roles in, by account. */
const heldVirtualAccounts = new Map<string, Partial<Record<AccountKey, string[]>>>();
/** Staff's smartAccount(id): the ground truth of every readable field. */
const truth = {} as Record<AccountKey, Node>;

function ok<T>(res: GqlResult<T>): T {
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/** Scalars as they are, object fields with their scalar subfields, fields with arguments left out. */
function selectionOf(type: GraphQLObjectType): string[] {
  const noArgs = (f: GraphQLField<unknown, unknown>) => f.args.every((a) => !isNonNullType(a.type));
  return Object.values(type.getFields())
    .filter(noArgs)
    .map((f) => {
      const named = getNamedType(f.type);
      if (isLeafType(named)) return f.name;
      if (!isObjectType(named)) return null;
      const leaves = Object.values(named.getFields())
        .filter((sub) => noArgs(sub) && isLeafType(getNamedType(sub.type)))
        .map((sub) => sub.name);
      return leaves.length ? `${f.name} { ${leaves.join(" ")} }` : null;
    })
    .filter((f): f is string => f !== null);
}

async function buildScenario() {
  const staff = await staffClient(app);
  clients.set("staff", staff);
  const user = (key: string, extra: Partial<SignUpInput> = {}) =>
    registeredUser(app, { email: callerSpec(key).email, ...extra });
  const partner = await user("partnerRequester", { organisationType: "PARTNER" });
  clients.set("partnerRequester", partner);

  // (declined) A partner asks for a customer on an identifier that needs review; staff approves
  // it; the customer denies; a creator on the customer's domain is nominated and registers.
  const declined = accountOf(
    await partner.gql(REQUEST_FOR_CUSTOMER, {
      input: {
        name: ACCOUNT_NAMES.declined,
        domainIdentifier: "eu.alpha-customer.com",
        contactPhone: "+1 949 555 0100",
        noteToDomainApprover: "Their European branch.",
        customerEmails: ["cara@alpha-customer.com"],
        noteToCustomers: "Please approve the account we set up for you.",
        userEmails: ["ulla@alpha-customer.com"],
        noteToUsers: "You will be a user of it.",
      },
    }),
  );
  ids.declined = declined.id;
  expect(declined.status).toBe("PENDING_DOMAIN_APPROVAL");
  ok(await staff.gql(APPROVE_DOMAIN, { id: declined.domain!.id }));
  const cara = await user("declinedApprover");
  clients.set("declinedApprover", cara);
  ok(await cara.gql(DENY, { id: declined.id, reason: "We did not ask for this account." }));
  ok(
    await partner.gql(NOMINATE_CREATORS, { id: declined.id, emails: ["nora@alpha-customer.com"] }),
  );
  clients.set("pendingNominee", await user("pendingNominee"));

  // (active) Self-authorized, with company; automation, a virtual account and every role.
  const administrator = await user("administrator");
  clients.set("administrator", administrator);
  const active = await activeAccount(administrator, ACCOUNT_NAMES.active);
  ids.active = active.id;
  ok(await administrator.gql(SET_AUTOMATION, { id: active.id, upTo: "VIEWER" }));
  const lab = ok(
    await administrator.gql(CREATE_VA, { input: { smartAccountId: active.id, name: "Lab" } }),
  ).createVirtualAccount.virtualAccount.id;
  const grants: [string, RoleGrantInput][] = [
    ["approverRole", { role: "APPROVER" }],
    ["userRole", { role: "USER" }],
    ["viewerRole", { role: "VIEWER" }],
    ["vaOnlyAdministrator", { role: "ADMINISTRATOR", virtualAccountIds: [lab] }],
    ["unverifiedWithViewerGrant", { role: "VIEWER" }],
  ];
  for (const [key, role] of grants) {
    ok(
      await administrator.gql(SET_ROLES, {
        input: { smartAccountId: active.id, email: callerSpec(key).email, roles: [role] },
      }),
    );
    if (key !== "unverifiedWithViewerGrant") clients.set(key, await user(key));
  }
  heldVirtualAccounts.set("vaOnlyAdministrator", { active: [lab] });
  const paula = await user("accessRequester", { organisationType: "PARTNER" });
  clients.set("accessRequester", paula);
  ok(
    await paula.gql(REQUEST_ACCESS, {
      input: { smartAccountId: active.id, forMyself: true, reason: "We support their network." },
    }),
  );

  // (partnerActive) A partner asks for a customer, who approves: the partner keeps no role.
  const partnerActive = accountOf(
    await partner.gql(REQUEST_FOR_CUSTOMER, {
      input: {
        name: ACCOUNT_NAMES.partnerActive,
        customerEmails: ["cole@gamma-customer.com"],
        userEmails: ["ulf@gamma-customer.com"],
        noteToUsers: "Welcome aboard.",
      },
    }),
  );
  ids.partnerActive = partnerActive.id;
  const cole = await user("customerActivator");
  clients.set("customerActivator", cole);
  const approved = accountOf(
    await cole.gql(APPROVE, {
      input: { smartAccountId: partnerActive.id, acceptTerms: true, company: COMPANY },
    }),
  );
  expect(approved.status).toBe("ACTIVE");

  // (restricted) Active and RESTRICTED.
  const dora = await user("restrictedAdministrator");
  clients.set("restrictedAdministrator", dora);
  ids.restricted = (
    await activeAccount(dora, ACCOUNT_NAMES.restricted, { visibility: "RESTRICTED" })
  ).id;

  // (pending) A customer asks a colleague to authorize: it waits for that approver.
  const rita = await user("pendingRequester");
  clients.set("pendingRequester", rita);
  const pending = accountOf(
    await rita.gql(REQUEST, {
      input: {
        authorization: "SOMEONE_ELSE",
        name: ACCOUNT_NAMES.pending,
        approverEmails: ["olga@echo-corp.com"],
        message: "Please approve our account.",
      },
    }),
  );
  expect(pending.status).toBe("PENDING_CUSTOMER_ACCEPTANCE");
  ids.pending = pending.id;
  clients.set("pendingApprover", await user("pendingApprover"));

  // Callers without a relation, and one whose email is not verified.
  clients.set("stranger", await user("stranger"));
  clients.set("sameDomainActive", await user("sameDomainActive"));
  clients.set("sameDomainRestricted", await user("sameDomainRestricted"));
  const unverified = app.client();
  ok(
    await unverified.gql(SIGN_UP, {
      input: signUpInput({ email: callerSpec("unverifiedWithViewerGrant").email }),
    }),
  );
  ok(
    await unverified.gql(SIGN_IN, {
      email: callerSpec("unverifiedWithViewerGrant").email,
      password: PASSWORD,
    }),
  );
  clients.set("unverifiedWithViewerGrant", unverified);

  for (const spec of CALLERS) {
    if (!spec.tokenOf) continue;
    const owner = clients.get(spec.tokenOf.caller)!;
    const { secret } = ok(
      await owner.gql(
        graphql(`
          mutation PolicyCreateApiToken($input: CreateApiTokenInput!) {
            createApiToken(input: $input) {
              secret
            }
          }
        `),
        { input: { name: spec.key, scope: spec.tokenOf.scope } },
      ),
    ).createApiToken;
    const client = app.client();
    client.bearer = secret;
    clients.set(spec.key, client);
    heldVirtualAccounts.set(spec.key, heldVirtualAccounts.get(spec.tokenOf.caller) ?? {});
  }

  for (const key of ACCOUNTS) {
    const res = await fetchNodes(staff, BY_ID, { id: ids[key] }, (d) => [d.smartAccount as Node]);
    if (res.code) throw new Error(`Staff cannot read the ${key} account: ${res.message}`);
    truth[key] = res.nodes[0];
  }
}

beforeAll(async () => {
  app = await startTestApp();
  await app.reset();
  const sdl = await (await fetch(`${app.url}/schema.graphql`)).text();
  schema = buildSchema(sdl);
  const type = schema.getType("SmartAccount");
  if (!isObjectType(type)) throw new Error("The schema has no SmartAccount type");
  smartAccountType = type;
  selection = selectionOf(type);
  await buildScenario();
}, 120_000);

afterAll(async () => {
  await app?.close();
});

// ------------------------------------------------------------------ relations and expectations

const isProvisional = (account: AccountKey) => truth[account].status !== "ACTIVE";
const isRestricted = (account: AccountKey) => truth[account].visibility === "RESTRICTED";

function tagsOf(caller: string, account: AccountKey): Tag[] {
  const spec = callerSpec(caller);
  const tags = [...(spec.tags[account] ?? [])];
  if (caller === "staff") tags.push("staff");
  return tags;
}

function onTopLevelDomain(caller: string, account: AccountKey): boolean {
  const host = callerSpec(caller).email.split("@")[1];
  const tld = String(truth[account].topLevelDomain);
  return host === tld || host.endsWith(`.${tld}`);
}

/** The rows of the relations table that apply to the caller and the account, by their text. */
function rowsOf(caller: string, account: AccountKey): string[] {
  const tags = tagsOf(caller, account);
  if (tags.includes("unverified")) return [ROW.unverified];
  const hasRole = tags.some((t) => ROLE_TAGS.includes(t));
  const rows: string[] = [];
  if (tags.includes("staff")) rows.push(ROW.staff);
  if (tags.includes("adminApprover")) rows.push(ROW.adminApprover);
  if (tags.includes("userViewer")) rows.push(ROW.userViewer);
  if (tags.includes("vaOnly")) rows.push(ROW.vaOnly);
  if (tags.includes("accessRequester")) rows.push(ROW.accessRequester);
  if (tags.includes("pendingNominee")) rows.push(ROW.pendingNominee);
  if (tags.includes("requester")) {
    if (isProvisional(account)) rows.push(ROW.requesterProvisional);
    else if (!hasRole) rows.push(ROW.requesterActive);
  }
  if (tags.includes("pendingApprover") && isProvisional(account)) rows.push(ROW.pendingApprover);
  if (onTopLevelDomain(caller, account)) rows.push(ROW.sameDomain);
  if (rows.length === 0) rows.push(ROW.stranger);
  return rows;
}

/** Whether smartAccount(id) should answer the caller (docs: RESTRICTED needs a relation). */
function visibleById(caller: string, account: AccountKey): boolean {
  const tags = tagsOf(caller, account);
  if (tags.includes("unverified")) return false;
  return !isRestricted(account) || tags.length > 0;
}

type Outcome = { code: string | null; message?: string; nodes: Node[] };
type Expectation = "REACHES" | "ABSENT" | "EITHER" | { refused: string[] };

type EntryPoint = {
  name: string;
  /** Asked once per account (true) or once per caller (false). */
  perAccount: boolean;
  run: (client: Client, account: AccountKey) => Promise<Outcome>;
  expect: (caller: string, account: AccountKey) => Expectation;
};

const outcomeOf = (
  res: GqlResult<Record<string, unknown>>,
  nodes: (data: Record<string, unknown>) => Node[],
): Outcome =>
  res.errors
    ? {
        code: res.errors[0].extensions?.code ?? "UNKNOWN",
        message: res.errors[0].message,
        nodes: [],
      }
    : { code: null, nodes: nodes(res.data!) };

const BY_ID = "query($id: ID!) { smartAccount(id: $id) { SEL } }";
const SEARCH = "query($q: String!) { searchSmartAccounts(query: $q) { edges { node { SEL } } } }";

type Edges<T> = { edges: { node: T }[] };
const edgesOf = <T>(connection: unknown) => (connection as Edges<T>).edges.map((e) => e.node);

/**
 * Asks an operation whose template holds SEL where the SmartAccount selection goes. A selection
 * over the server's query cost limit is asked in parts and the nodes merged back, position by
 * position (the same data in the same order).
 *
 * These documents are built at run time from the schema, so they go through `gqlDynamic` rather
 * than the generated `graphql()`: the suite's point is that a field added to SmartAccount is
 * checked for every caller without anyone listing it, which no document written in advance does.
 */
async function fetchNodes(
  client: Client,
  template: string,
  variables: Record<string, unknown>,
  extract: (data: Record<string, unknown>) => Node[],
  fields: string[] = selection,
): Promise<Outcome> {
  const res = await client.gqlDynamic(
    parse(template.replace("SEL", ["id", ...fields].join(" "))),
    variables,
  );
  const overCost = res.errors?.some((e) => e.message.includes("Query Cost limit"));
  if (!overCost || fields.length < 2) return outcomeOf(res, extract);
  const half = Math.ceil(fields.length / 2);
  const parts = [
    await fetchNodes(client, template, variables, extract, fields.slice(0, half)),
    await fetchNodes(client, template, variables, extract, fields.slice(half)),
  ];
  const refused = parts.find((p) => p.code !== null);
  if (refused) return refused;
  const [first, second] = parts.map((p) => p.nodes);
  if (first.length !== second.length || first.some((n, i) => n.id !== second[i].id)) {
    throw new Error(`The parts of one query disagree: ${template}`);
  }
  return { code: null, nodes: first.map((n, i) => ({ ...n, ...second[i] })) };
}

const query =
  (
    template: string,
    variables: (account: AccountKey) => Record<string, unknown>,
    extract: (data: Record<string, unknown>) => Node[],
  ) =>
  (client: Client, account: AccountKey) =>
    fetchNodes(client, template, variables(account), extract);

const isVerified = (caller: string) => !tagsOf(caller, "active").includes("unverified");
const has = (caller: string, account: AccountKey, ...tags: Tag[]) =>
  tagsOf(caller, account).some((t) => tags.includes(t));
const reachesIf = (condition: boolean): Expectation => (condition ? "REACHES" : "ABSENT");

const ENTRY_POINTS: EntryPoint[] = [
  {
    name: "smartAccount(id)",
    perAccount: true,
    run: query(
      BY_ID,
      (account) => ({ id: ids[account] }),
      (data) => [data.smartAccount as Node],
    ),
    expect: (caller, account) =>
      visibleById(caller, account) ? "REACHES" : { refused: ["NOT_FOUND"] },
  },
  {
    name: "directory",
    perAccount: false,
    run: query(
      `{ directory { edges { node { reason smartAccount { SEL } } } } }`,
      () => ({}),
      (data) => edgesOf<{ smartAccount: Node }>(data.directory).map((n) => n.smartAccount),
    ),
    expect: (caller, account) => {
      if (!isVerified(caller)) return { refused: ["FORBIDDEN"] };
      const listed =
        has(caller, account, ...ROLE_TAGS, "accessRequester", "requester") ||
        onTopLevelDomain(caller, account);
      if (!listed) return "ABSENT";
      // A row the caller could not open by id may not be listed either (checked on every node).
      return visibleById(caller, account) ? "REACHES" : "EITHER";
    },
  },
  {
    name: "searchSmartAccounts (exact name)",
    perAccount: true,
    run: query(
      SEARCH,
      (account) => ({ q: ACCOUNT_NAMES[account] }),
      (data) => edgesOf<Node>(data.searchSmartAccounts),
    ),
    expect: (caller) => (isVerified(caller) ? "REACHES" : { refused: ["FORBIDDEN"] }),
  },
  {
    name: "searchSmartAccounts (name prefix)",
    perAccount: false,
    run: query(
      SEARCH,
      () => ({ q: NAME_PREFIX }),
      (data) => edgesOf<Node>(data.searchSmartAccounts),
    ),
    expect: (caller, account) => {
      if (!isVerified(caller)) return { refused: ["FORBIDDEN"] };
      if (!isRestricted(account)) return "REACHES";
      return tagsOf(caller, account).length === 0 ? "ABSENT" : "EITHER";
    },
  },
  {
    name: "myRequests",
    perAccount: false,
    run: query(
      `{ myRequests { edges { node { SEL } } } }`,
      () => ({}),
      (data) => edgesOf<Node>(data.myRequests),
    ),
    expect: (caller, account) =>
      isVerified(caller) ? reachesIf(has(caller, account, "requester")) : "ABSENT",
  },
  {
    name: "pendingApprovals",
    perAccount: false,
    run: query(
      `{ pendingApprovals { edges { node { SEL } } } }`,
      () => ({}),
      (data) => edgesOf<Node>(data.pendingApprovals),
    ),
    expect: (caller, account) =>
      reachesIf(
        has(caller, account, "pendingApprover") &&
          ["PENDING_CUSTOMER_ACCEPTANCE", "PENDING_CUSTOMER_ADDRESS"].includes(
            String(truth[account].status),
          ),
      ),
  },
  {
    name: "myNominations",
    perAccount: false,
    run: query(
      `{ myNominations { edges { node { smartAccount { SEL } } } } }`,
      () => ({}),
      (data) => edgesOf<{ smartAccount: Node }>(data.myNominations).map((n) => n.smartAccount),
    ),
    expect: (caller, account) => reachesIf(has(caller, account, "pendingNominee")),
  },
  {
    name: "accountNominations(smartAccountId)",
    perAccount: true,
    run: query(
      `query($id: ID!) { accountNominations(smartAccountId: $id) { edges { node { smartAccount { SEL } } } } }`,
      (account) => ({ id: ids[account] }),
      (data) => edgesOf<{ smartAccount: Node }>(data.accountNominations).map((n) => n.smartAccount),
    ),
    expect: (caller, account) => {
      const readable = readableFor(rowsOf(caller, account));
      if (!readable.notFound && readable.levels.ADMIN === "ALL") return "EITHER";
      return { refused: visibleById(caller, account) ? ["FORBIDDEN"] : ["NOT_FOUND"] };
    },
  },
  {
    name: "events { account }",
    perAccount: false,
    run: async (client) => {
      // The whole feed, page by page: an account is reached if any of its events is served.
      const nodes: Node[] = [];
      for (let after: string | null = null; ;) {
        let pageInfo = { hasNextPage: false, endCursor: null as string | null };
        const outcome = await fetchNodes(
          client,
          `query($after: String) { events(after: $after) { pageInfo { hasNextPage endCursor } edges { node { account { SEL } } } } }`,
          { after },
          (data) => {
            const feed = data.events as Edges<{ account: Node }> & { pageInfo: typeof pageInfo };
            pageInfo = feed.pageInfo;
            return edgesOf<{ account: Node }>(feed).map((n) => n.account);
          },
        );
        if (outcome.code) return outcome;
        nodes.push(...outcome.nodes);
        if (!pageInfo.hasNextPage) return { code: null, nodes };
        after = pageInfo.endCursor;
      }
    },
    // Every event of an account whose history (ADMIN) the caller reads, and none of any other.
    expect: (caller, account) => {
      const readable = readableFor(rowsOf(caller, account));
      return reachesIf(!readable.notFound && readable.levels.ADMIN === "ALL");
    },
  },
  {
    name: "domainApprovals { smartAccount }",
    perAccount: false,
    run: async (client) => {
      const queue = (status: string) =>
        fetchNodes(
          client,
          `query($s: DomainStatus!) { domainApprovals(status: $s) { edges { node { smartAccount { SEL } } } } }`,
          { s: status },
          (data) =>
            edgesOf<{ smartAccount: Node }>(data.domainApprovals).map((n) => n.smartAccount),
        );
      const outcomes = [await queue("PENDING_APPROVAL"), await queue("APPROVED")];
      return (
        outcomes.find((o) => o.code) ?? { code: null, nodes: outcomes.flatMap((o) => o.nodes) }
      );
    },
    expect: (caller, account) => {
      if (caller !== "staff") return { refused: ["FORBIDDEN"] };
      return truth[account].domain ? "REACHES" : "ABSENT";
    },
  },
];

// ------------------------------------------------------------------ the cells

const outcomes = new Map<string, Promise<Outcome>>();
function outcome(entry: EntryPoint, caller: string, account: AccountKey): Promise<Outcome> {
  const key = `${entry.name}|${caller}|${entry.perAccount ? account : ""}`;
  if (!outcomes.has(key)) outcomes.set(key, entry.run(clients.get(caller)!, account));
  return outcomes.get(key)!;
}

/**
 * How many allowed cells compared a non-null value: per caller and group, per group and level
 * ("level|VIRTUAL_ACCOUNTS|THEIRS"), and per field read by anyone but staff ("field|history").
 */
const allowedCompared = new Map<string, { allowed: number; nonNull: number }>();
function count(key: string, nonNull: boolean) {
  const c = allowedCompared.get(key) ?? { allowed: 0, nonNull: 0 };
  c.allowed += 1;
  if (nonNull) c.nonNull += 1;
  allowedCompared.set(key, c);
}

const isEmpty = (value: unknown) => value === null || value === undefined;

/** Each field of one returned node against the policy: "field (group): expected …, got …". */
function mismatches(caller: string, account: AccountKey, node: Node, myRoles: unknown): string[] {
  const readable = readableFor(rowsOf(caller, account));
  const problems: string[] = [];
  for (const field of Object.keys(smartAccountType.getFields())) {
    const group = groupOf(field);
    if (!group) {
      problems.push(`${field}: in no group of docs/security.md`);
      continue;
    }
    if (!(field in node)) continue;
    const actual = node[field];
    const level = readable.levels[group];
    let expected: unknown;
    if (field === "myRoles") expected = myRoles;
    else if (level === "ALL") expected = truth[account][field];
    else if (level === "THEIRS") {
      const held = heldVirtualAccounts.get(caller)?.[account] ?? [];
      const all = truth[account][field];
      const theirs = Array.isArray(all)
        ? (all as { id: string }[]).filter((item) => held.includes(item.id))
        : null;
      expected = theirs && theirs.length > 0 ? theirs : null;
    } else expected = null;
    if (level !== "NONE") {
      count(`${caller}|${group}`, !isEmpty(expected));
      count(`level|${group}|${level}`, !isEmpty(expected));
      if (caller !== "staff" && field !== "myRoles") count(`field|${field}`, !isEmpty(expected));
    }
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      problems.push(
        `${field} (${group}, ${level === "NONE" ? "not readable" : "readable"}): expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
      );
    }
  }
  return problems;
}

describe("the policy tables cover the schema", () => {
  it("every SmartAccount field is in exactly one group, and every grouped field exists", () => {
    const fields = Object.keys(smartAccountType.getFields()).sort();
    const grouped = GROUP_NAMES.flatMap((g) => GROUPS[g].map((f) => ({ g, f })));
    const inNoGroup = fields.filter((f) => !grouped.some((x) => x.f === f));
    const inTwoGroups = fields.filter((f) => grouped.filter((x) => x.f === f).length > 1);
    const unknown = grouped.filter((x) => !fields.includes(x.f)).map((x) => `${x.g}.${x.f}`);
    expect({ inNoGroup, inTwoGroups, unknown }).toEqual({
      inNoGroup: [],
      inTwoGroups: [],
      unknown: [],
    });
  });

  it("the relations table has a column for each group and the rows this suite maps callers to", () => {
    expect([...RELATION_COLUMNS].sort()).toEqual([...GROUP_NAMES].sort());
    for (const row of Object.values(ROW)) expect(RELATIONS.has(row)).toBe(true);
  });

  it("the ground truth holds a value for every DETAILS, ADMIN and VIRTUAL_ACCOUNTS field", () => {
    const neverSet = ["DETAILS", "ADMIN", "VIRTUAL_ACCOUNTS"]
      .flatMap((g) => GROUPS[g] ?? [])
      .filter((f) => ACCOUNTS.every((a) => isEmpty(truth[a][f])));
    expect(neverSet).toEqual([]);
    expect(truth.declined.status).toBe("DECLINED_BY_CUSTOMER");
    expect(truth.active.status).toBe("ACTIVE");
    expect(truth.partnerActive.status).toBe("ACTIVE");
  });

  it("checkDomain's existing accounts carry only card fields and what may be done", () => {
    const type = schema.getType("ExistingAccount");
    if (!isObjectType(type)) throw new Error("The schema has no ExistingAccount type");
    const allowed = [...GROUPS.CARD, "exactMatch", "allowedAction", "reason"];
    expect(Object.keys(type.getFields()).filter((f) => !allowed.includes(f))).toEqual([]);
  });

  it("checkDomain shows a stranger the card of each existing account as staff reads it", async () => {
    const type = schema.getType("ExistingAccount") as GraphQLObjectType;
    const card = Object.keys(type.getFields()).filter((f) => GROUPS.CARD.includes(f));
    // The card's fields come from the schema, so this document is built at run time.
    const res = ok(
      await clients
        .get("stranger")!
        .gqlDynamic(
          parse(
            `query($d: String!) { checkDomain(domainIdentifier: $d) { existingAccounts { ${card.join(" ")} } } }`,
          ),
          { d: "beta-corp.com" },
        ),
    );
    const { existingAccounts } = res.checkDomain as { existingAccounts: Node[] };
    const found = existingAccounts.find((e) => e.id === ids.active);
    expect(found).toEqual(Object.fromEntries(card.map((f) => [f, truth.active[f]])));
  });
});

describe("what a stranger reads", () => {
  const nonNull = (node: Node) =>
    Object.keys(node)
      .filter((f) => !isEmpty(node[f]))
      .sort();

  it("by id: exactly the card, with no roles", async () => {
    const res = await fetchNodes(clients.get("stranger")!, BY_ID, { id: ids.active }, (d) => [
      d.smartAccount as Node,
    ]);
    expect(res.code).toBeNull();
    expect(nonNull(res.nodes[0])).toEqual([...GROUPS.CARD].sort());
    expect(res.nodes[0].myRoles).toEqual([]);
  });

  it("a RESTRICTED account: NOT_FOUND by id, found by its exact name with only its card", async () => {
    const stranger = clients.get("stranger")!;
    const byId = await stranger.gql(
      graphql(`
        query PolicySmartAccount($id: ID!) {
          smartAccount(id: $id) {
            id
          }
        }
      `),
      {
        id: ids.restricted,
      },
    );
    expect(byId.data).toBeNull();
    expect(byId.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const search = async (q: string) => {
      const res = await fetchNodes(stranger, SEARCH, { q }, (d) =>
        edgesOf<Node>(d.searchSmartAccounts),
      );
      expect(res.code).toBeNull();
      return res.nodes;
    };
    const hit = (await search(ACCOUNT_NAMES.restricted)).find((n) => n.id === ids.restricted);
    expect(hit && nonNull(hit)).toEqual([...GROUPS.CARD].sort());
    const prefix = ACCOUNT_NAMES.restricted.slice(0, -3);
    expect((await search(prefix)).map((n) => n.id)).not.toContain(ids.restricted);
  });

  it("checkDomain's refusals tell no more than the request would: a RESTRICTED holder only on its exact identifier, as its card", async () => {
    const stranger = clients.get("stranger")!;
    const CHECK_REFUSALS = graphql(`
      query PolicyCheckDomainRefusals($d: String!, $flow: DomainCheckFlow!) {
        checkDomain(domainIdentifier: $d, flow: $flow) {
          identifierAvailable
          refusals {
            code
            message
          }
          existingAccounts {
            id
            name
            exactMatch
          }
        }
      }
    `);
    for (const flow of ["MY_COMPANY", "CUSTOMER"] as const) {
      const exact = ok(await stranger.gql(CHECK_REFUSALS, { d: "delta-corp.com", flow }));
      const held = exact.checkDomain.refusals.filter((r) => r.code === "IDENTIFIER_HELD");
      // Named as the existing accounts already show it: the card, found on the exact identifier.
      expect(held).toEqual([
        {
          code: "IDENTIFIER_HELD",
          message: `delta-corp.com is already held by the Smart Account “${ACCOUNT_NAMES.restricted}” (active).`,
        },
      ]);
      expect(exact.checkDomain.existingAccounts).toEqual([
        { id: ids.restricted, name: ACCOUNT_NAMES.restricted, exactMatch: true },
      ]);
      // Beside it, nothing of the restricted account: no card, no refusal, no name.
      const beside = ok(await stranger.gql(CHECK_REFUSALS, { d: "lab.delta-corp.com", flow }));
      expect(beside.checkDomain.identifierAvailable).toBe(true);
      expect(beside.checkDomain.existingAccounts).toEqual([]);
      expect(JSON.stringify(beside.checkDomain)).not.toContain(ACCOUNT_NAMES.restricted);
      // Who may use the flow is about the caller only: a stranger is no partner.
      expect(beside.checkDomain.refusals.map((r) => r.code)).toEqual(
        flow === "CUSTOMER" ? ["NOT_A_PARTNER"] : [],
      );
    }
  });

  it("an unverified user cannot open, list or search", async () => {
    const unverified = clients.get("unverifiedWithViewerGrant")!;
    const byId = await unverified.gql(
      graphql(`
        query PolicySmartAccount($id: ID!) {
          smartAccount(id: $id) {
            id
          }
        }
      `),
      {
        id: ids.active,
      },
    );
    expect(byId.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const directory = await unverified.gql(
      graphql(`
        query PolicyDirectory {
          directory {
            totalCount
          }
        }
      `),
    );
    expect(directory.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const search = await unverified.gql(
      graphql(`
        query PolicySearchSmartAccounts {
          searchSmartAccounts(query: "Policy") {
            totalCount
          }
        }
      `),
    );
    expect(search.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const check = await unverified.gql(
      graphql(`
        query PolicyCheckDomainUnverified {
          checkDomain(domainIdentifier: "beta-corp.com", flow: CUSTOMER) {
            refusals {
              code
            }
          }
        }
      `),
    );
    expect(check.data).toBeNull();
    expect(check.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe.each(CALLER_KEYS)("%s", (caller) => {
  describe.each(ENTRY_POINTS.map((e) => [e.name, e] as const))("through %s", (_name, entry) => {
    it.each([...ACCOUNTS])("on the %s account", async (account) => {
      const expectation = entry.expect(caller, account);
      const result = await outcome(entry, caller, account);
      if (typeof expectation === "object") {
        expect({ code: result.code, nodes: result.nodes.length }).toEqual({
          code: expect.stringMatching(new RegExp(`^(${expectation.refused.join("|")})$`)),
          nodes: 0,
        });
        return;
      }
      expect({ error: result.code && `${result.code}: ${result.message}` }).toEqual({
        error: null,
      });
      const nodes = result.nodes.filter((n) => n.id === ids[account]);
      if (expectation === "REACHES") expect(nodes.length).toBeGreaterThan(0);
      if (expectation === "ABSENT") expect(nodes).toEqual([]);
      if (nodes.length === 0) return;

      // A list never shows more of an account than smartAccount(id) does to the same caller;
      // the one exception is search on a RESTRICTED account's exact name, which shows its card.
      const byId = await outcome(ENTRY_POINTS[0], caller, account);
      const exactSearchOfRestricted =
        entry.name === "searchSmartAccounts (exact name)" && isRestricted(account);
      if (!exactSearchOfRestricted) {
        expect({ listedButByIdIs: byId.code }).toEqual({ listedButByIdIs: null });
      }
      const myRoles = byId.code === null ? byId.nodes[0].myRoles : [];
      if (entry === ENTRY_POINTS[0]) {
        const holdsRole = tagsOf(caller, account).some((t) => ROLE_TAGS.includes(t));
        expect((myRoles as unknown[]).length > 0).toBe(holdsRole);
      }
      const problems = nodes.flatMap((n) => mismatches(caller, account, n, myRoles));
      expect(problems).toEqual([]);
    });
  });
});

describe("a policy that denies everything fails this suite", () => {
  it("every caller compared a non-null value in each DETAILS and ADMIN group they may read", () => {
    const empty = [...allowedCompared.entries()]
      .filter(([key, c]) => !/^(field|level)\|/.test(key) && c.nonNull === 0)
      .filter(([key]) => /\|(DETAILS|ADMIN|CARD)$/.test(key))
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("every group, at every level the tables grant (all, theirs), was read non-null", () => {
    const levels = [...allowedCompared.entries()].filter(([key]) => key.startsWith("level|"));
    expect(levels.length).toBeGreaterThan(0);
    expect(levels.filter(([, c]) => c.nonNull === 0).map(([key]) => key)).toEqual([]);
  });

  it("every DETAILS, ADMIN and VIRTUAL_ACCOUNTS field was read non-null by someone other than staff", () => {
    const fields = ["DETAILS", "ADMIN", "VIRTUAL_ACCOUNTS"].flatMap((g) => GROUPS[g] ?? []);
    const never = fields.filter((f) => !((allowedCompared.get(`field|${f}`)?.nonNull ?? 0) > 0));
    expect(never).toEqual([]);
  });
});
