import { composeEmail, defuse, quote, type Block, type EmailContent } from "../mail/templates";
import type { SmartAccountEntity } from "./smart-account.entity";
import { statusWords } from "./smart-account.states";

type Account = Pick<SmartAccountEntity, "name" | "domainIdentifier" | "status" | "lapseAt">;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
// Names are typed by whoever requested or acted (links are refused in them at input); they are
// still defused here, since a mail client links a bare "prize.example" too.
const label = (a: Account) => `"${defuse(a.name)}" (${a.domainIdentifier})`;
const person = defuse;
/** Someone's own words, set apart as a quotation (and unlinkable) so nobody takes them for ours. */
const quoted = (intro: string, text: string | null): Block[] =>
  text ? [{ paragraph: intro }, quote(text)] : [];

/** Every email of the request lifecycle; each names the account and says what happens next. */
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
  domainReviewRequest(
    account: Account,
    identifier: string,
    phone: string,
    reasons: string,
    url: string,
  ): EmailContent {
    return composeEmail(`Domain identifier to review: ${identifier}`, "Hello,", [
      {
        paragraph: `The Smart Account ${label(account)} asks for the domain identifier ${identifier} (${reasons}).`,
      },
      { paragraph: `Contact phone: ${phone}.` },
      { action: "Open the domain approval queue", url },
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
  domainDecided(
    account: Account,
    identifier: string,
    approved: boolean,
    reason: string | null,
    url: string,
  ): EmailContent {
    return composeEmail(
      `Domain identifier ${approved ? "approved" : "rejected"}: ${identifier}`,
      "Hello,",
      [
        {
          paragraph: approved
            ? `The domain identifier ${identifier} of ${account.name} was approved. The account is now ${statusWords(account.status)}.`
            : `The domain identifier ${identifier} of ${account.name} was rejected: ${reason}. Submit another identifier or cancel the request.`,
        },
        { action: "Follow your request", url },
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
  nomination(
    kind: string,
    account: Account,
    by: string,
    url: string,
    registered: boolean,
    message: string | null = null,
  ): EmailContent {
    const what =
      kind === "CREATOR"
        ? "an additional creator (approver)"
        : kind === "ADMINISTRATOR"
          ? "an administrator"
          : "a user";
    return composeEmail(`You are nominated as ${what} of ${account.name}`, "Hello,", [
      {
        paragraph: `${person(by)} nominated you as ${what} of the Smart Account ${label(account)}.`,
      },
      ...quoted("Their note to you:", message),
      {
        paragraph: registered
          ? "Accept or reject the nomination in the console."
          : "Register with this email address, verify it, and the nomination will be waiting for you.",
      },
      { action: registered ? "See your nominations" : "Register and see the nomination", url },
    ]);
  },
  creatorsNominated(account: Account, by: string, emails: string[], url: string): EmailContent {
    return composeEmail(`Additional creators nominated for ${account.name}`, "Hello,", [
      {
        paragraph: `${person(by)} nominated ${emails.join(", ")} as additional creators of the Smart Account ${label(account)}. Each may accept and then approve or deny the request, as you may.`,
      },
      {
        paragraph:
          "If you do not know them, deny the request or cancel it; you can also contact your domain's IT department.",
      },
      { action: "Follow the request", url },
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
  lapsed(account: Account, url: string): EmailContent {
    return composeEmail(`Smart Account request lapsed: ${account.name}`, "Hello,", [
      {
        paragraph: `The Smart Account ${label(account)} was not completed in time and has lapsed. Its domain identifier is free again; a new request can be made.`,
      },
      { action: "Open the console", url },
    ]);
  },
};
