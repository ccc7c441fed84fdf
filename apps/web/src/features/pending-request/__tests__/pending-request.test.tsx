import { screen, waitFor, within } from "@testing-library/react";
import {
  ApprovalRequestDocument,
  ApproveSmartAccountDocument,
  DenySmartAccountDocument,
  ForwardSmartAccountDocument,
  PendingRequestDocument,
  ProvideCompanyAddressDocument,
  type ApproveSmartAccountInput,
  type SmartAccountFieldsFragment,
} from "@sam/graphql-types";
import { delay, graphql, HttpResponse } from "msw";
import {
  buildCompany,
  buildSmartAccount,
  buildUser,
  withheldBeyondCard,
} from "@/testing/factories";
import { graphQLError, meHandler, requestsHandlers } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

const approver = buildUser({ email: "approver@ccoesup.com", name: "Avery Approver" });

/** One pending account behind a link, and the decisions the page may take on it. */
function pendingAccount(overrides: Partial<SmartAccountFieldsFragment> = {}) {
  let account = buildSmartAccount({
    name: "CCO Esup, Inc.",
    domainIdentifier: "us.ccoesup.com",
    topLevelDomain: "ccoesup.com",
    approvers: ["approver@ccoesup.com", "cfo@ccoesup.com"],
    messageToApprovers: "Account request",
    requester: { __typename: "AccountPerson", email: "casey@ccoesup.com", name: "Casey Customer" },
    company: buildCompany(),
    ...overrides,
  });
  const approvals: ApproveSmartAccountInput[] = [];
  const denials: string[] = [];
  const forwards: { email: string; message?: string | null }[] = [];
  const set = (patch: Partial<SmartAccountFieldsFragment>) => {
    account = { ...account, ...patch };
    return account;
  };
  const handlers = [
    graphql.query(ApprovalRequestDocument, ({ variables }) =>
      variables.token === "good"
        ? HttpResponse.json({ data: { approvalRequest: account } })
        : graphQLError("NOT_FOUND", "This approval link is not valid."),
    ),
    graphql.query(PendingRequestDocument, () =>
      HttpResponse.json({ data: { smartAccount: account } }),
    ),
    graphql.mutation(ApproveSmartAccountDocument, ({ variables: { input } }) => {
      approvals.push(input);
      const status = (input.company ?? account.company) ? "ACTIVE" : "PENDING_CUSTOMER_ADDRESS";
      return HttpResponse.json({
        data: {
          approveSmartAccount: {
            __typename: "ApproveSmartAccountPayload",
            smartAccount: set({
              status,
              name: input.name ?? account.name,
              domainIdentifier:
                input.identifierChoice === "APPROVER_EMAIL_HOST"
                  ? "ccoesup.com"
                  : account.domainIdentifier,
            }),
          },
        },
      });
    }),
    graphql.mutation(DenySmartAccountDocument, ({ variables: { input } }) => {
      denials.push(input.reason);
      return HttpResponse.json({
        data: {
          denySmartAccount: {
            __typename: "DenySmartAccountPayload",
            smartAccount: set({ status: "DECLINED_BY_CUSTOMER", declineReason: input.reason }),
          },
        },
      });
    }),
    graphql.mutation(ForwardSmartAccountDocument, ({ variables: { input } }) => {
      forwards.push({ email: input.email, message: input.message });
      set({
        approvers: [...(account.approvers ?? []).filter((e) => e !== approver.email), input.email],
      });
      // Who forwarded is no longer one of its approvers: the answer shows them only the card.
      return HttpResponse.json({
        data: {
          forwardSmartAccount: {
            __typename: "ForwardSmartAccountPayload",
            smartAccount: { ...account, ...withheldBeyondCard },
          },
        },
      });
    }),
    graphql.mutation(ProvideCompanyAddressDocument, ({ variables: { input } }) =>
      HttpResponse.json({
        data: {
          provideCompanyAddress: {
            __typename: "ProvideCompanyAddressPayload",
            smartAccount: set({
              status: "ACTIVE",
              company: { __typename: "Company", ...input.company },
            }),
          },
        },
      }),
    ),
  ];
  return { handlers, approvals, denials, forwards, current: () => account };
}

describe("the Pending Request page", () => {
  beforeEach(() => {
    server.use(meHandler(approver));
  });

  it("shows the request in full from the emailed link", async () => {
    const { handlers } = pendingAccount();
    server.use(...handlers);
    renderRoute("/pending-requests/x?token=good");

    expect(await screen.findByRole("heading", { name: "CCO Esup, Inc." })).toBeInTheDocument();
    expect(screen.getByText("us.ccoesup.com")).toBeInTheDocument();
    expect(
      screen.getByText(/Requested by Casey Customer \(casey@ccoesup.com\)/),
    ).toBeInTheDocument();
    expect(screen.getByText("Account request")).toBeInTheDocument();
    expect(screen.getByText("Pending Customer Acceptance")).toBeInTheDocument();
    expect(screen.getByText(/Irvine, CALIFORNIA, 92617, United States/)).toBeInTheDocument();
    const decision = screen.getByRole("group", { name: "Decision" });
    for (const name of ["Cancel", "Forward", "Deny Request", "Approve and Create the Account"]) {
      expect(within(decision).getByRole("button", { name })).toBeInTheDocument();
    }
  });

  it("approves and creates the account with the terms accepted and the approver's own domain", async () => {
    const { handlers, approvals } = pendingAccount();
    server.use(...handlers);
    const { user } = renderRoute("/pending-requests/x?token=good");

    await user.click(await screen.findByRole("button", { name: "Approve and Create the Account" }));
    const dialog = await screen.findByRole("dialog", { name: "Approve and Create the Account" });
    const name = within(dialog).getByRole("textbox", { name: /Account Name/ });
    expect(name).toHaveValue("CCO Esup, Inc.");
    await user.clear(name);
    await user.type(name, "CCO Esup Holdings");
    await user.click(
      within(dialog).getByRole("radio", { name: "ccoesup.com (your email domain)" }),
    );
    await user.click(
      within(dialog).getByRole("button", { name: "Approve and Create the Account" }),
    );
    expect(
      await within(dialog).findByText("Accept the approver's terms to approve"),
    ).toBeInTheDocument();
    expect(approvals).toHaveLength(0);

    await user.click(
      within(dialog).getByRole("checkbox", { name: /I accept the approver's terms/ }),
    );
    await user.click(
      within(dialog).getByRole("button", { name: "Approve and Create the Account" }),
    );

    expect(
      await screen.findByText(/You approved and created “CCO Esup Holdings”/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Emailed: casey@ccoesup.com, cfo@ccoesup.com/)).toBeInTheDocument();
    expect(screen.getByText("Smart Account created")).toBeInTheDocument();
    expect(approvals[0]).toMatchObject({
      acceptTerms: true,
      name: "CCO Esup Holdings",
      identifierChoice: "APPROVER_EMAIL_HOST",
      company: { name: "CCO Esup, Inc.", country: "US" },
    });
    expect(screen.queryByRole("button", { name: "Deny Request" })).not.toBeInTheDocument();
  });

  it("approves without the address, then takes the address to make the account active", async () => {
    const { handlers, approvals } = pendingAccount({ company: null });
    server.use(...handlers);
    const { user } = renderRoute("/pending-requests/x?token=good");

    await user.click(await screen.findByRole("button", { name: "Approve and Create the Account" }));
    const dialog = await screen.findByRole("dialog", { name: "Approve and Create the Account" });
    await user.click(
      within(dialog).getByRole("checkbox", {
        name: "Select to provide the company information now",
      }),
    );
    expect(within(dialog).getByText(/waits in Pending Customer Address/)).toBeInTheDocument();
    await user.click(
      within(dialog).getByRole("checkbox", { name: /I accept the approver's terms/ }),
    );
    await user.click(
      within(dialog).getByRole("button", { name: "Approve and Create the Account" }),
    );

    expect(
      await screen.findByText(/It becomes active once the company address is given/),
    ).toBeInTheDocument();
    expect(approvals[0]?.company).toBeNull();
    expect(screen.getByText("Pending Customer Address")).toBeInTheDocument();

    const form = screen.getByRole("form", { name: "Company Information" });
    await user.click(within(form).getByRole("button", { name: "Save and Activate" }));
    expect(
      await within(form).findByText("Enter the company or organization name"),
    ).toBeInTheDocument();
    await user.type(
      within(form).getByRole("textbox", { name: /Company\/Organization Name/ }),
      "CCO Esup",
    );
    await user.type(within(form).getByRole("combobox", { name: /Country/ }), "Poland");
    await user.click(await screen.findByRole("option", { name: "Poland" }));
    await user.type(within(form).getByRole("textbox", { name: /^Address/ }), "Ul. Przykładowa 1");
    await user.type(within(form).getByRole("textbox", { name: /^City/ }), "Kraków");
    await user.type(within(form).getByRole("textbox", { name: /State/ }), "NA");
    await user.type(within(form).getByRole("textbox", { name: /Zip/ }), "30-001");
    await user.click(within(form).getByRole("button", { name: "Save and Activate" }));

    expect(
      await screen.findByText(/“CCO Esup, Inc.” is active. Emailed: casey@ccoesup.com/),
    ).toBeInTheDocument();
    expect(screen.getByText("Active")).toBeInTheDocument();
  });

  it("denies with a required reason and says who was told", async () => {
    const { handlers, denials } = pendingAccount();
    server.use(...handlers);
    const { user } = renderRoute("/pending-requests/x?token=good");

    await user.click(await screen.findByRole("button", { name: "Deny Request" }));
    const dialog = await screen.findByRole("dialog", { name: "Deny Request" });
    await user.click(within(dialog).getByRole("button", { name: "Deny Request" }));
    expect(await within(dialog).findByText("Give the reason for denying")).toBeInTheDocument();
    await user.type(within(dialog).getByRole("textbox", { name: /Reason/ }), "Not our company");
    await user.click(within(dialog).getByRole("button", { name: "Deny Request" }));

    expect(
      await screen.findByText(
        /You denied the request for “CCO Esup, Inc.”. casey@ccoesup.com was told/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText("Declined by Customer")).toBeInTheDocument();
    expect(denials).toEqual(["Not our company"]);
  });

  it("forwards to another email with a message", async () => {
    const { handlers, forwards } = pendingAccount();
    server.use(...handlers);
    const { user } = renderRoute("/pending-requests/x?token=good");

    await user.click(await screen.findByRole("button", { name: "Forward" }));
    const dialog = await screen.findByRole("dialog", { name: "Forward" });
    await user.type(within(dialog).getByRole("textbox", { name: /Email/ }), "not-an-email");
    await user.click(within(dialog).getByRole("button", { name: "Forward" }));
    expect(await within(dialog).findByText("Enter a valid email address")).toBeInTheDocument();
    await user.clear(within(dialog).getByRole("textbox", { name: /Email/ }));
    await user.type(within(dialog).getByRole("textbox", { name: /Email/ }), "legal@ccoesup.com");
    await user.type(within(dialog).getByRole("textbox", { name: /Message/ }), "You decide");
    await user.click(within(dialog).getByRole("button", { name: "Forward" }));

    expect(
      await screen.findByText(/You forwarded the request to legal@ccoesup.com/),
    ).toBeInTheDocument();
    expect(forwards).toEqual([{ email: "legal@ccoesup.com", message: "You decide" }]);
    expect(screen.queryByRole("group", { name: "Decision" })).not.toBeInTheDocument();
    // What the forwarder may still read: the card, and why there is no more.
    expect(screen.getByRole("heading", { name: "CCO Esup, Inc." })).toBeInTheDocument();
    expect(screen.queryByText(/Requested by/)).not.toBeInTheDocument();
    expect(screen.queryByText("Next step")).not.toBeInTheDocument();
    expect(
      screen.getByText(/Only the requester, the approvers and the people holding roles/),
    ).toBeInTheDocument();
  });

  it("leaves without changing anything on Cancel", async () => {
    const { handlers, approvals, denials, forwards } = pendingAccount();
    server.use(...handlers, ...requestsHandlers([]));
    const { user, currentLocation } = renderRoute("/pending-requests/x?token=good");

    await user.click(await screen.findByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(currentLocation().pathname).toBe("/requests"));
    expect([...approvals, ...denials, ...forwards]).toHaveLength(0);
  });

  it("explains in the dialog a decision that came too late", async () => {
    const { handlers } = pendingAccount();
    server.use(
      graphql.mutation(DenySmartAccountDocument, () =>
        graphQLError(
          "CONFLICT",
          "The account is declined by the customer: it is too late to deny it.",
        ),
      ),
      ...handlers,
    );
    const { user } = renderRoute("/pending-requests/x?token=good");

    await user.click(await screen.findByRole("button", { name: "Deny Request" }));
    const dialog = await screen.findByRole("dialog", { name: "Deny Request" });
    await user.type(within(dialog).getByRole("textbox", { name: /Reason/ }), "No");
    await user.click(within(dialog).getByRole("button", { name: "Deny Request" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent(/too late to deny it/);
  });

  it("reports an unexpected failure of a decision in a toast", async () => {
    const { handlers } = pendingAccount();
    server.use(
      graphql.mutation(DenySmartAccountDocument, () =>
        HttpResponse.json({
          errors: [
            {
              message: "Something broke on the server.",
              extensions: { code: "INTERNAL_SERVER_ERROR" },
            },
          ],
          data: null,
        }),
      ),
      ...handlers,
    );
    const { user } = renderRoute("/pending-requests/x?token=good");

    await user.click(await screen.findByRole("button", { name: "Deny Request" }));
    const dialog = await screen.findByRole("dialog", { name: "Deny Request" });
    await user.type(within(dialog).getByRole("textbox", { name: /Reason/ }), "No");
    await user.click(within(dialog).getByRole("button", { name: "Deny Request" }));

    expect(await screen.findByText("Could not deny the request")).toBeInTheDocument();
    expect(screen.getByText(/Something broke on the server/)).toBeInTheDocument();
  });

  it.each([
    [
      "CONFLICT",
      "This link was already used: the request was decided or forwarded.",
      "This link can no longer be used",
    ],
    [
      "FORBIDDEN",
      "This link was sent to another email address: sign in with that address.",
      "This link was sent to another email address",
    ],
    ["NOT_FOUND", "This approval link is not valid.", "This approval link is not valid"],
  ] as const)("explains a %s link", async (code, message, title) => {
    server.use(graphql.query(ApprovalRequestDocument, () => graphQLError(code, message)));
    renderRoute("/pending-requests/x?token=spent");

    expect(await screen.findByRole("heading", { name: title })).toBeInTheDocument();
    expect(screen.getByText(message)).toBeInTheDocument();
    if (code === "FORBIDDEN") {
      expect(screen.getByText("approver@ccoesup.com")).toBeInTheDocument();
      expect(screen.getByRole("link", { name: "Sign in with another address" })).toHaveAttribute(
        "href",
        `/sign-in?next=${encodeURIComponent("/pending-requests/x?token=spent")}`,
      );
    }
  });

  it("sends a visitor without a session to sign in, back to the link afterwards", async () => {
    server.use(meHandler(null));
    const { currentLocation } = renderRoute("/pending-requests/x?token=good");

    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeInTheDocument();
    expect(currentLocation().search).toBe(
      `?next=${encodeURIComponent("/pending-requests/x?token=good")}`,
    );
  });

  it("opens from Requests by id, and tells a non-approver who may decide", async () => {
    const { handlers } = pendingAccount({ approvers: ["someone@ccoesup.com"] });
    server.use(...handlers);
    renderRoute("/pending-requests/x");

    expect(await screen.findByRole("heading", { name: "CCO Esup, Inc." })).toBeInTheDocument();
    expect(
      screen.getByText("Only its approvers (someone@ccoesup.com) may decide this request."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Deny Request" })).not.toBeInTheDocument();
  });

  it("shows someone outside the request only the card, without requester or next step", async () => {
    const { handlers } = pendingAccount(withheldBeyondCard);
    server.use(...handlers);
    renderRoute("/pending-requests/x");

    expect(await screen.findByRole("heading", { name: "CCO Esup, Inc." })).toBeInTheDocument();
    expect(screen.getByText("us.ccoesup.com")).toBeInTheDocument();
    expect(screen.getByText("Only its approvers may decide this request.")).toBeInTheDocument();
    expect(screen.queryByText(/Requested by/)).not.toBeInTheDocument();
    expect(screen.queryByText("Next step")).not.toBeInTheDocument();
    expect(screen.queryByText("Approvers")).not.toBeInTheDocument();
    expect(screen.queryByText("Company Information")).not.toBeInTheDocument();
    expect(screen.queryByRole("group", { name: "Decision" })).not.toBeInTheDocument();
  });

  it("shows a loader, then an error with a retry when the request cannot load", async () => {
    let calls = 0;
    const { handlers } = pendingAccount();
    server.use(
      graphql.query(PendingRequestDocument, async () => {
        calls += 1;
        if (calls > 1) return undefined;
        await delay(100);
        return HttpResponse.error();
      }),
      ...handlers,
    );
    const { user } = renderRoute("/pending-requests/x");

    expect(await screen.findByLabelText("Loading the request")).toBeInTheDocument();
    expect(await screen.findByText("Could not load the request")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { name: "CCO Esup, Inc." })).toBeInTheDocument();
  });
});
