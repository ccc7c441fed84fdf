import { composeEmail, type EmailContent } from "../mail/templates";
import { label, person, quoted, type Account } from "../smart-account/account-emails";

/** The emails of a nomination: to the nominee, and to the requester about creators nominated. */
export const nominationEmails = {
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
};
