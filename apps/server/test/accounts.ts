/* Transitional. The suites under src/**\/__tests__ still send these documents as
 * text through the harness's untyped `gql` overload; when they move to the typed documents and
 * helpers of ./account-api, this file goes. Lint keeps everything under test/ off it.
 */
import { print } from "graphql";
import * as api from "./account-api";
import { COMPANY } from "./account-api";
import type { Client, GqlResult } from "./harness";

export const REQUEST = print(api.REQUEST);
export const REQUEST_FOR_CUSTOMER = print(api.REQUEST_FOR_CUSTOMER);
export const ACCOUNT = print(api.ACCOUNT);
export const APPROVAL_REQUEST = print(api.APPROVAL_REQUEST);
export const APPROVE = print(api.APPROVE);
export const DENY = print(api.DENY);
export const FORWARD = print(api.FORWARD);
export const CANCEL = print(api.CANCEL);
export const RESEND = print(api.RESEND);
export const CHECK = print(api.CHECK);
export const DOMAIN_APPROVALS = print(api.DOMAIN_APPROVALS);
export const APPROVE_DOMAIN = print(api.APPROVE_DOMAIN);
export const REJECT_DOMAIN = print(api.REJECT_DOMAIN);
export const RESUBMIT = print(api.RESUBMIT);
export const MY_NOMINATIONS = print(api.MY_NOMINATIONS);
export const ACCEPT_NOMINATION = print(api.ACCEPT_NOMINATION);
export const NOMINATE_CREATORS = print(api.NOMINATE_CREATORS);
export const PROVIDE_ADDRESS = print(api.PROVIDE_ADDRESS);

export { approvalToken, COMPANY, registeredUser, staffClient } from "./account-api";

export type Account = {
  id: string;
  name: string;
  domainIdentifier: string;
  status: string;
  lapseAt: string | null;
  approvers: string[];
  domain: {
    id: string;
    status: string;
    dnsChallenge: { recordName: string; recordValue: string } | null;
  } | null;
  virtualAccounts: { name: string; isDefault: boolean }[];
  history: {
    type: string;
    actorEmail: string | null;
    statusBefore: string | null;
    statusAfter: string | null;
    detail: string | null;
  }[];
  nextStep: { action: string; actors: string[] };
};

export function accountOf(res: GqlResult): Account {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const payload = Object.values(res.data ?? {})[0] as { smartAccount?: Account } & Account;
  return payload.smartAccount ?? payload;
}

export const REQUEST_ACCESS = print(api.REQUEST_ACCESS);
export const ACCESS_REQUESTS = print(api.ACCESS_REQUESTS);
export const APPROVE_ACCESS = print(api.APPROVE_ACCESS);
export const DECLINE_ACCESS = print(api.DECLINE_ACCESS);
export const CANCEL_ACCESS = print(api.CANCEL_ACCESS);
export const SET_ROLES = print(api.SET_ROLES);
export const ACCOUNT_USERS = print(api.ACCOUNT_USERS);
export const CREATE_VA = print(api.CREATE_VA);
export const UPDATE_VA = print(api.UPDATE_VA);
export const DELETE_VA = print(api.DELETE_VA);
export const UPDATE_ACCOUNT = print(api.UPDATE_ACCOUNT);
export const SET_AUTOMATION = print(api.SET_AUTOMATION);
export const DIRECTORY = print(api.DIRECTORY);
export const SEARCH = print(api.SEARCH);

/** An ACTIVE account requested with its own authority: the requester is its administrator. */
export async function activeAccount(
  client: Client,
  name: string,
  overrides: Record<string, unknown> = {},
): Promise<Account> {
  return accountOf(
    await client.gql(REQUEST, {
      input: {
        authorization: "REQUESTER",
        name,
        company: COMPANY,
        acceptTerms: true,
        acknowledgeExistingAccounts: true,
        ...overrides,
      },
    }),
  );
}
