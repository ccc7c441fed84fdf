import { composeEmail, type EmailContent } from "../mail/templates";
import { label, type Account } from "../smart-account/account-emails";
import { statusWords } from "../smart-account/smart-account.states";

/** The emails of a domain identifier's review: to the domain approvers, and its decision. */
export const domainEmails = {
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
};
