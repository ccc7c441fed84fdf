import { composeEmail, defuse, quote, type Block, type EmailContent } from "../mail/templates";
import type { SmartAccountEntity } from "./smart-account.entity";
import { statusWords } from "./smart-account.states";

export type Account = Pick<SmartAccountEntity, "name" | "domainIdentifier" | "status" | "lapseAt">;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
// Names are typed by whoever requested or acted (links are refused in them at input); they are
// still defused here, since a mail client links a bare "prize.example" too.
export const label = (a: Account) => `"${defuse(a.name)}" (${a.domainIdentifier})`;
export const person = defuse;
/** Someone's own words, set apart as a quotation (and unlinkable) so nobody takes them for ours. */
export const quoted = (intro: string, text: string | null): Block[] =>
  text ? [{ paragraph: intro }, quote(text)] : [];

/**
 * Every email of the account and its request lifecycle (those of a domain review and of a nomination
 * are in their modules); each names the account and says what happens next.
 */
export const accountEmails = {
  requestReceived(account: Account, url: string): EmailContent {
    const next =
      account.status === "ACTIVE"
        ? "The account is active: you are its administrator."
        : account.status === "PENDING_DOMAIN_APPROVAL"
          ? "The account domain identifier needs review by a domain approver first; then the approvers are asked to accept."
          : "The approvers have been emailed; the account becomes active when one of them approves it.";
    return composeEmail(`Smart Account request received: ${account.name}`, "Hello,", [
      {
        paragraph: `Your request for the Smart Account ${label(account)} was received. It is ${statusWords(account.status)}.`,
      },
      { paragraph: next },
      { action: "Follow your request", url },
    ]);
  },
  approvalRequestOwn(account: Account, url: string): EmailContent {
    return composeEmail(`Complete your Smart Account ${account.name}`, "Hello,", [
      {
        paragraph: `Your request for the Smart Account ${label(account)} is ready for you to authorize: its domain identifier was approved.`,
      },
      {
        paragraph: `Approve and create it on the Pending Request page by ${day(account.lapseAt)}, when the request lapses.`,
      },
      { action: "Review the request", url },
    ]);
  },
  approvalRequest(
    account: Account,
    requester: string,
    message: string | null,
    url: string,
  ): EmailContent {
    return composeEmail(`Please approve the Smart Account ${account.name}`, "Hello,", [
      {
        paragraph: `${person(requester)} asks you to authorize the creation of the Smart Account ${label(account)}.`,
      },
      ...quoted("Their message:", message),
      {
        paragraph: `Approve and create it, deny it, or forward it to someone else by ${day(account.lapseAt)}, when the request lapses.`,
      },
      { action: "Review the request", url },
    ]);
  },
  /** One email per administrator, naming every account on the domain they administer. */
  newAccountUnderDomain(account: Account, administered: Account[], url: string): EmailContent {
    const names = administered.map(label);
    const list =
      names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0];
    return composeEmail(
      `A new Smart Account was requested under ${account.domainIdentifier}`,
      "Hello,",
      [
        {
          paragraph: `A Smart Account ${label(account)} was requested on the same domain as ${list}, which you administer.`,
        },
        { action: "See the directory", url },
      ],
    );
  },
  accountApproved(account: Account, approver: string, url: string): EmailContent {
    return composeEmail(`Smart Account approved: ${account.name}`, "Hello,", [
      {
        paragraph:
          account.status === "ACTIVE"
            ? `${person(approver)} approved the Smart Account ${label(account)}. It is active.`
            : `${person(approver)} approved the Smart Account ${label(account)}. It becomes active once the company address is given.`,
      },
      { action: "Open the account", url },
    ]);
  },
  accountDenied(account: Account, approver: string, reason: string, url: string): EmailContent {
    return composeEmail(`Smart Account request denied: ${account.name}`, "Hello,", [
      {
        paragraph: `${person(approver)} denied the Smart Account ${label(account)}. Their reason:`,
      },
      quote(reason),
      {
        paragraph: `Additional creators may still be nominated until ${day(account.lapseAt)}, when the request lapses.`,
      },
      { action: "Follow your request", url },
    ]);
  },
  forwarded(account: Account, from: string, message: string | null, url: string): EmailContent {
    return composeEmail(`Please approve the Smart Account ${account.name}`, "Hello,", [
      {
        paragraph: `${person(from)} forwarded to you the request to authorize the Smart Account ${label(account)}.`,
      },
      ...quoted("Their message:", message),
      { paragraph: `The request lapses on ${day(account.lapseAt)}.` },
      { action: "Review the request", url },
    ]);
  },
  forwardNotice(account: Account, from: string, to: string, url: string): EmailContent {
    return composeEmail(`Your Smart Account request was forwarded: ${account.name}`, "Hello,", [
      { paragraph: `${person(from)} forwarded the approval of ${label(account)} to ${to}.` },
      { action: "Follow your request", url },
    ]);
  },
  cancelled(account: Account, url: string): EmailContent {
    return composeEmail(`Smart Account request cancelled: ${account.name}`, "Hello,", [
      {
        paragraph: `The request for the Smart Account ${label(account)} was cancelled by its requester. There is nothing more to do.`,
      },
      { action: "Open the console", url },
    ]);
  },
  lapseReminder(account: Account, daysLeft: number, url: string): EmailContent {
    return composeEmail(
      `Reminder: ${account.name} lapses in ${daysLeft} day${daysLeft === 1 ? "" : "s"}`,
      "Hello,",
      [
        {
          paragraph: `The Smart Account ${label(account)} is ${statusWords(account.status)} and lapses on ${day(account.lapseAt)}.`,
        },
        { action: "Take action", url },
      ],
    );
  },
  /** To an approver: the request has waited `days` for a decision; the link decides or forwards. */
  decisionReminder(account: Account, days: number, url: string): EmailContent {
    return composeEmail(`Waiting for your decision: ${account.name}`, "Hello,", [
      {
        paragraph: `The request for the Smart Account ${label(account)} has waited ${days} days for a decision. Approve or deny it, or forward it to the person who can decide.`,
      },
      { paragraph: `Undecided, it lapses on ${day(account.lapseAt)}.` },
      { action: "Decide or forward", url },
    ]);
  },
  /** To the requester: nobody has decided yet; their page resends the request or cancels it. */
  decisionOverdue(account: Account, days: number, url: string): EmailContent {
    return composeEmail(`Still waiting for a decision: ${account.name}`, "Hello,", [
      {
        paragraph: `Nobody has decided your request for the Smart Account ${label(account)} in ${days} days. The approvers were reminded today.`,
      },
      {
        paragraph: `If they may have missed it, send it to them again or check the approver emails with them; undecided, it lapses on ${day(account.lapseAt)}.`,
      },
      { action: "Resend or cancel the request", url },
    ]);
  },
  lapsed(account: Account, url: string): EmailContent {
    return composeEmail(`Smart Account request lapsed: ${account.name}`, "Hello,", [
      {
        paragraph: `The Smart Account ${label(account)} was not completed in time and has lapsed. Its domain identifier is free again; a new request can be made.`,
      },
      { action: "Open the console", url },
    ]);
  },
};
