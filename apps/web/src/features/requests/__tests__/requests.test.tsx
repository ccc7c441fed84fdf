import { screen, waitFor, within } from "@testing-library/react";
import {
  CancelSmartAccountDocument,
  MyRequestsDocument,
  ResendApprovalEmailDocument,
  ResubmitDomainDocument,
  VerifyDomainChallengeDocument,
  type SmartAccountFieldsFragment,
} from "@sam/graphql-types";
import { graphql, HttpResponse } from "msw";
import {
  buildDomainReview,
  buildSmartAccount,
  buildUser,
  withheldBeyondCard,
} from "@/testing/factories";
import { graphQLError, meHandler, requestsHandlers } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

function rowFor(name: string) {
  const header = screen.getByRole("rowheader", { name });
  const row = header.closest("tr");
  if (!row) throw new Error(`no row for ${name}`);
  return within(row);
}

/** The user's requests as a little store the mutations change. */
function requestStore(accounts: SmartAccountFieldsFragment[]) {
  const replace = (id: string, patch: Partial<SmartAccountFieldsFragment>) => {
    const index = accounts.findIndex((a) => a.id === id);
    accounts[index] = { ...accounts[index]!, ...patch };
    return accounts[index]!;
  };
  return {
    accounts,
    handlers: [
      graphql.mutation(CancelSmartAccountDocument, ({ variables: { input } }) =>
        HttpResponse.json({
          data: {
            cancelSmartAccount: {
              __typename: "CancelSmartAccountPayload",
              smartAccount: replace(String(input.smartAccountId), {
                status: "CANCELLED",
                lapseAt: null,
                nextStep: {
                  __typename: "NextStep",
                  action: "Nothing: the request is closed.",
                  actors: [],
                },
              }),
            },
          },
        }),
      ),
      graphql.mutation(ResubmitDomainDocument, ({ variables: { input } }) =>
        HttpResponse.json({
          data: {
            resubmitDomain: {
              __typename: "ResubmitDomainPayload",
              smartAccount: replace(String(input.smartAccountId), {
                domainIdentifier: input.domainIdentifier,
                domain: buildDomainReview({
                  identifier: input.domainIdentifier,
                  contactPhone: input.contactPhone,
                }),
              }),
            },
          },
        }),
      ),
    ],
  };
}

describe("Requests", () => {
  beforeEach(() => {
    server.use(meHandler(buildUser({ email: "ada@example.com" })));
  });

  it("lists the user's requests with status, who acts next and the lapse date, and the ones waiting for them", async () => {
    const mine = buildSmartAccount({
      name: "Analytical Engines",
      approvers: ["boss@example.com"],
      lapseAt: "2026-04-15T10:00:00.000Z",
    });
    const waiting = buildSmartAccount({
      name: "Difference Engines",
      approvers: ["ada@example.com"],
      requester: {
        __typename: "AccountPerson",
        email: "charles@example.com",
        name: "Charles Babbage",
      },
    });
    server.use(...requestsHandlers([mine], [waiting]));
    renderRoute("/requests");

    expect(
      await screen.findByRole("rowheader", { name: "Analytical Engines" }),
    ).toBeInTheDocument();
    const row = rowFor("Analytical Engines");
    expect(row.getByText("Pending Customer Acceptance")).toBeInTheDocument();
    expect(row.getByText(/An approver approves and creates the account/)).toBeInTheDocument();
    expect(row.getByText(/Who: boss@example.com/)).toBeInTheDocument();
    expect(row.getByText(/Apr 15, 2026|15 Apr 2026/)).toBeInTheDocument();
    expect(row.getByRole("link", { name: "Analytical Engines" })).toHaveAttribute(
      "href",
      `/smart-accounts/${mine.id}`,
    );

    const waitingSection = screen.getByRole("region", { name: "Waiting for your approval" });
    expect(
      within(waitingSection).getByText("Charles Babbage (charles@example.com)"),
    ).toBeInTheDocument();
    expect(
      within(waitingSection).getByRole("link", {
        name: "Review the request for Difference Engines",
      }),
    ).toHaveAttribute("href", `/pending-requests/${waiting.id}`);
  });

  it("says what is not shown of a request that became active without a role for its requester", async () => {
    // Once active, the requester reads only the card unless they hold a role on the account.
    const activated = buildSmartAccount({
      name: "Analytical Engines",
      status: "ACTIVE",
      ...withheldBeyondCard,
    });
    server.use(...requestsHandlers([activated]));
    renderRoute("/requests");

    expect(
      await screen.findByRole("rowheader", { name: "Analytical Engines" }),
    ).toBeInTheDocument();
    const row = rowFor("Analytical Engines");
    expect(row.getByText("Active")).toBeInTheDocument();
    expect(row.getAllByText("Not shown to you")).toHaveLength(2);
    // Only the id's copy button: nothing to do with the request itself.
    expect(row.getAllByRole("button").map((b) => b.getAttribute("aria-label"))).toEqual([
      "Copy ID",
    ]);
  });

  it("shows the empty states", async () => {
    server.use(...requestsHandlers([], []));
    renderRoute("/requests");

    expect(await screen.findByText("No requests yet")).toBeInTheDocument();
    expect(screen.getByText("Nothing is waiting for your approval.")).toBeInTheDocument();
  });

  it("shows an error with a retry when the requests cannot load", async () => {
    server.use(
      graphql.query(MyRequestsDocument, () => graphQLError("FORBIDDEN", "No.")),
      ...requestsHandlers([], []),
    );
    renderRoute("/requests");

    expect(await screen.findByText("Could not load your requests")).toBeInTheDocument();
    expect(screen.getByText("You are not allowed to do this.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });

  it("cancels a request after confirmation", async () => {
    const { accounts, handlers } = requestStore([buildSmartAccount({ name: "To Cancel" })]);
    server.use(...handlers, ...requestsHandlers(accounts));
    const { user } = renderRoute("/requests");

    await user.click(await screen.findByRole("button", { name: "Cancel request To Cancel" }));
    const dialog = await screen.findByRole("dialog", { name: "Cancel Request" });
    await user.click(within(dialog).getByRole("button", { name: "Keep the request" }));
    expect(accounts[0]!.status).toBe("PENDING_CUSTOMER_ACCEPTANCE");

    await user.click(screen.getByRole("button", { name: "Cancel request To Cancel" }));
    const again = await screen.findByRole("dialog", { name: "Cancel Request" });
    await user.click(within(again).getByRole("button", { name: "Cancel Request" }));

    expect(await rowFor("To Cancel").findByText("Cancelled")).toBeInTheDocument();
    expect(screen.getByText("Request cancelled")).toBeInTheDocument();
    expect(
      rowFor("To Cancel").queryByRole("button", { name: /Cancel request/ }),
    ).not.toBeInTheDocument();
  });

  it("resends the approval email, and says when the daily limit is reached", async () => {
    let sent = 0;
    const account = buildSmartAccount({ name: "Slow Approver", approvers: ["boss@example.com"] });
    server.use(
      graphql.mutation(ResendApprovalEmailDocument, () => {
        sent += 1;
        return sent > 1
          ? graphQLError("RATE_LIMITED", "Too many attempts.")
          : HttpResponse.json({
              data: {
                resendApprovalEmail: {
                  __typename: "ResendApprovalEmailPayload",
                  smartAccount: account,
                },
              },
            });
      }),
      ...requestsHandlers([account]),
    );
    const { user } = renderRoute("/requests");

    const resend = await screen.findByRole("button", {
      name: "Resend approval email for Slow Approver",
    });
    await user.click(resend);
    expect(await screen.findByText("Approval email sent again")).toBeInTheDocument();
    expect(screen.getByText("Emailed: boss@example.com.")).toBeInTheDocument();

    await user.click(resend);
    expect(await screen.findByText("Approval email not sent")).toBeInTheDocument();
    expect(screen.getByText(/at most 3 times a day/)).toBeInTheDocument();
  });

  it("resubmits another identifier after a domain rejection", async () => {
    const rejected = buildSmartAccount({
      name: "Gmail Co",
      status: "PENDING_DOMAIN_APPROVAL",
      domainIdentifier: "gmail.com",
      domain: buildDomainReview({
        identifier: "gmail.com",
        status: "REJECTED",
        decisionReason: "A consumer domain cannot identify a company",
        dnsChallenge: null,
      }),
    });
    const { accounts, handlers } = requestStore([rejected]);
    server.use(...handlers, ...requestsHandlers(accounts));
    const { user } = renderRoute("/requests");

    expect(
      await screen.findByText(/Rejected: A consumer domain cannot identify a company/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Resubmit identifier of Gmail Co" }));
    const dialog = await screen.findByRole("dialog", {
      name: "Resubmit Account Domain Identifier",
    });
    const identifier = within(dialog).getByRole("textbox", { name: /Proposed Domain Identifier/ });
    const phone = within(dialog).getByRole("textbox", { name: /Contact Phone Number/ });
    await user.clear(phone);
    await user.click(within(dialog).getByRole("button", { name: "Resubmit" }));
    expect(
      await within(dialog).findByText("Enter a domain, such as example.com"),
    ).toBeInTheDocument();
    expect(within(dialog).getByText("Enter a contact phone number")).toBeInTheDocument();

    await user.type(identifier, "gmailco.example");
    await user.type(phone, "+1 949 555 0100");
    await user.click(within(dialog).getByRole("button", { name: "Resubmit" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(await screen.findByText("Identifier resubmitted")).toBeInTheDocument();
    expect(rowFor("Gmail Co").getByText("gmailco.example")).toBeInTheDocument();
    expect(accounts[0]!.domainIdentifier).toBe("gmailco.example");
  });

  it("shows the DNS TXT record and checks it", async () => {
    const account = buildSmartAccount({
      name: "DNS Co",
      status: "PENDING_DOMAIN_APPROVAL",
      domainIdentifier: "dns.example",
      domain: buildDomainReview({
        identifier: "dns.example",
        dnsChallenge: {
          __typename: "DnsChallenge",
          recordName: "_sam-challenge.dns.example",
          recordValue: "sam-verify=abc123",
        },
      }),
    });
    let checks = 0;
    server.use(
      graphql.mutation(VerifyDomainChallengeDocument, () => {
        checks += 1;
        const verified = checks > 1;
        const domain = {
          ...account.domain!,
          status: verified ? ("APPROVED" as const) : account.domain!.status,
        };
        return HttpResponse.json({
          data: {
            verifyDomainChallenge: {
              __typename: "VerifyDomainChallengePayload",
              verified,
              domain: {
                ...domain,
                smartAccount: {
                  ...account,
                  status: verified ? ("PENDING_CUSTOMER_ACCEPTANCE" as const) : account.status,
                  domain,
                },
              },
            },
          },
        });
      }),
      ...requestsHandlers([account]),
    );
    const { user } = renderRoute("/requests");

    await user.click(await screen.findByRole("button", { name: "Verify dns.example by DNS" }));
    const dialog = await screen.findByRole("dialog", { name: "Verify the domain by DNS" });
    expect(within(dialog).getByText("_sam-challenge.dns.example")).toBeInTheDocument();
    expect(within(dialog).getByText("sam-verify=abc123")).toBeInTheDocument();

    await user.click(within(dialog).getByRole("button", { name: "Check DNS record" }));
    expect(await within(dialog).findByText(/The record was not found yet/)).toBeInTheDocument();

    await user.click(within(dialog).getByRole("button", { name: "Check DNS record" }));
    expect(await screen.findByText("DNS record found")).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(rowFor("DNS Co").getByText("Pending Customer Acceptance")).toBeInTheDocument();
  });
});
