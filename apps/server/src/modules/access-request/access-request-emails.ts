import { composeEmail, defuse, quote, type EmailContent } from "../mail/templates";

/** A role granted, with the names of the virtual accounts it is held on (null: the whole account). */
type GrantWords = { role: string; virtualAccountNames: string[] | null };

/** The emails of an access request: to the administrators who decide it, and its outcome. */
export const accessRequestEmails = {
  requested(
    accountName: string,
    by: { name: string; email: string },
    askedRole: string,
    email: string,
    reason: string,
    url: string,
  ): EmailContent {
    return composeEmail(`Access requested to ${accountName}`, "Hello,", [
      {
        paragraph: `${defuse(by.name)} (${by.email}) asks ${askedRole} access for ${email} to the Smart Account "${defuse(accountName)}". Their reason:`,
      },
      quote(reason),
      { action: "Decide the request", url },
    ]);
  },
  /** To an administrator: the request has waited `days` for a decision. */
  reminder(
    accountName: string,
    email: string,
    askedRole: string,
    days: number,
    url: string,
  ): EmailContent {
    return composeEmail(`Access request waiting ${days} days: ${accountName}`, "Hello,", [
      {
        paragraph: `The request for ${askedRole} access for ${email} to the Smart Account "${defuse(accountName)}" has waited ${days} days for an administrator's decision.`,
      },
      { action: "Decide the request", url },
    ]);
  },
  /** To the requester: nobody has decided in `days`; their page cancels it. */
  stillPending(accountName: string, email: string, days: number, url: string): EmailContent {
    return composeEmail(`No decision yet on your access request: ${accountName}`, "Hello,", [
      {
        paragraph: `Your request for access for ${email} to the Smart Account "${defuse(accountName)}" has waited ${days} days, and no administrator has decided it yet. They were reminded twice.`,
      },
      {
        paragraph: "You may keep waiting, ask an administrator you know, or cancel the request.",
      },
      { action: "See or cancel the request", url },
    ]);
  },
  decided(
    accountName: string,
    email: string,
    words: string,
    grant: GrantWords | null,
    declineReason: string | null,
    url: string,
  ): EmailContent {
    const scope = grant?.virtualAccountNames
      ? ` on the virtual accounts ${grant.virtualAccountNames.map((name) => `"${defuse(name)}"`).join(", ")}`
      : grant
        ? " on the whole account"
        : "";
    return composeEmail(`Access request ${words}: ${accountName}`, "Hello,", [
      {
        paragraph: `The request for ${email} to access the Smart Account "${defuse(accountName)}" was ${words}${grant ? ` with the role ${grant.role}${scope}` : ""}${declineReason ? ". The reason given:" : "."}`,
      },
      ...(declineReason ? [quote(declineReason)] : []),
      { action: "Open the console", url },
    ]);
  },
};
