import { composeEmail, quote, type EmailContent } from "../mail/templates";

/** To the account's administrators (and the endpoint's registrant) when it is disabled. */
export function endpointDisabledEmail(input: {
  accountName: string;
  url: string;
  failingSince: Date;
  accountLink: string;
}): EmailContent {
  return composeEmail(`Webhook endpoint disabled for ${input.accountName}`, "Hello,", [
    {
      paragraph: `A webhook endpoint of the Smart Account ${input.accountName} has failed every delivery since ${input.failingSince.toISOString()}, so after 5 days of failures it was disabled. Its deliveries wait; enable it again once it answers, or delete it. Its address:`,
    },
    quote(input.url),
    { action: "Open the account's webhooks", url: input.accountLink },
  ]);
}
