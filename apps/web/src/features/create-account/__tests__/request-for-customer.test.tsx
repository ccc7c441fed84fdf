import { screen, waitFor, within } from "@testing-library/react";
import {
  CheckDomainDocument,
  RequestedSmartAccountDocument,
  RequestSmartAccountForCustomerDocument,
  type RequestSmartAccountForCustomerInput,
} from "@sam/graphql-types";
import { graphql, HttpResponse } from "msw";
import {
  buildDomainCheck,
  buildExistingAccount,
  buildSmartAccount,
  buildUser,
} from "@/testing/factories";
import { graphQLError, meHandler, yourRequestsHandler } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

const partner = buildUser({
  email: "pat@partner.example",
  name: "Pat Partner",
  organisationType: "PARTNER",
});

function customerHandlers(options: { existing?: boolean } = {}) {
  const inputs: RequestSmartAccountForCustomerInput[] = [];
  const created = buildSmartAccount({
    name: "Customer Co",
    domainIdentifier: "customer.example",
    status: "PENDING_CUSTOMER_ACCEPTANCE",
    channel: "PARTNER_FOR_CUSTOMER",
    approvers: ["buyer@customer.example"],
    requester: { __typename: "AccountPerson", email: partner.email, name: partner.name },
  });
  const listed: (typeof created)[] = [];
  return {
    inputs,
    created,
    handlers: [
      graphql.query(CheckDomainDocument, ({ variables }) =>
        HttpResponse.json({
          data: {
            checkDomain: buildDomainCheck(variables.domainIdentifier, {
              reviewRequired: variables.domainIdentifier !== "customer.example",
              reviewReasons:
                variables.domainIdentifier !== "customer.example" ? ["NOT_APPROVER_HOST"] : [],
              existingAccounts: options.existing
                ? [
                    buildExistingAccount({
                      name: "Customer Old",
                      domainIdentifier: "old.customer.example",
                    }),
                  ]
                : [],
            }),
          },
        }),
      ),
      graphql.mutation(RequestSmartAccountForCustomerDocument, ({ variables: { input } }) => {
        inputs.push(input);
        listed.push(created);
        return HttpResponse.json({
          data: {
            requestSmartAccountForCustomer: {
              __typename: "RequestSmartAccountForCustomerPayload",
              smartAccount: created,
            },
          },
        });
      }),
      graphql.query(RequestedSmartAccountDocument, ({ variables }) => {
        const account = listed.find((candidate) => candidate.id === variables.id);
        return account
          ? HttpResponse.json({ data: { smartAccount: account } })
          : graphQLError("NOT_FOUND", "No such Smart Account");
      }),
      yourRequestsHandler(listed),
    ],
  };
}

describe("Request for a customer", () => {
  it("explains that only partners request for customers", async () => {
    server.use(meHandler(buildUser({ organisationType: "CUSTOMER" })));
    renderRoute("/directory/request/customer");

    expect(await screen.findByText("For partners only")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Request for my company" })).toHaveAttribute(
      "href",
      "/directory/request/company",
    );
    expect(screen.queryByRole("button", { name: "Send Request" })).not.toBeInTheDocument();
  });

  it("sends the request after the Review Request dialog and lands on its completion page, then finds it pending on the directory", async () => {
    const { handlers, inputs, created } = customerHandlers();
    server.use(meHandler(partner), ...handlers);
    const { user, currentLocation } = renderRoute("/directory/request/customer");

    await user.click(await screen.findByRole("button", { name: "Send Request" }));
    expect(await screen.findByText("Enter the account name")).toBeInTheDocument();
    expect(
      screen.getByText("Enter the email of the customer who will approve"),
    ).toBeInTheDocument();

    await user.type(screen.getByRole("textbox", { name: /Smart Account Name/ }), "Customer Co");
    await user.type(
      screen.getByRole("textbox", { name: /Customer Email/ }),
      "buyer@customer.example",
    );
    await waitFor(() =>
      expect(screen.getByTestId("account-domain-identifier")).toHaveTextContent("customer.example"),
    );
    await user.type(screen.getByRole("textbox", { name: /Note to Customer/ }), "Please accept");
    await user.type(screen.getByRole("textbox", { name: /User Emails/ }), "ops@customer.example");
    await user.type(screen.getByRole("textbox", { name: /Note to Added Users/ }), "Welcome");
    await user.click(screen.getByRole("button", { name: "Send Request" }));

    const review = await screen.findByRole("dialog", { name: "Review Request" });
    expect(review).toHaveTextContent("customer.example");
    expect(review).toHaveTextContent("buyer@customer.example");
    expect(review).toHaveTextContent("ops@customer.example");
    await user.click(within(review).getByRole("button", { name: "Send Request" }));

    expect(
      await screen.findByRole("heading", { name: "Smart Account Request Complete" }),
    ).toBeInTheDocument();
    expect(currentLocation().pathname).toBe(`/directory/request/customer/complete/${created.id}`);
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent(
      "A provisional Smart Account has been created for “Customer Co”",
    );
    expect(status).toHaveTextContent("buyer@customer.example");
    await user.click(screen.getByRole("link", { name: "Back to the directory" }));
    await waitFor(() => expect(currentLocation().pathname).toBe("/directory"));
    const panel = await screen.findByRole("region", { name: "Your requests" });
    expect(await within(panel).findByRole("link", { name: "Customer Co" })).toBeInTheDocument();
    expect(within(panel).getByText("Pending Customer Acceptance")).toBeInTheDocument();
    expect(inputs[0]).toEqual({
      name: "Customer Co",
      customerEmails: ["buyer@customer.example"],
      domainIdentifier: null,
      contactPhone: null,
      noteToDomainApprover: null,
      noteToCustomers: "Please accept",
      userEmails: ["ops@customer.example"],
      noteToUsers: "Welcome",
      acknowledgeExistingAccounts: null,
    });
  });

  it("edits the identifier with a phone and a note to the domain approver", async () => {
    const { handlers, inputs } = customerHandlers();
    server.use(meHandler(partner), ...handlers);
    const { user } = renderRoute("/directory/request/customer");

    await user.type(
      await screen.findByRole("textbox", { name: /Smart Account Name/ }),
      "Customer EU",
    );
    await user.type(
      screen.getByRole("textbox", { name: /Customer Email/ }),
      "buyer@customer.example",
    );
    await user.click(screen.getByRole("button", { name: "Edit" }));
    const dialog = await screen.findByRole("dialog", { name: "Edit Account Identifier" });
    const prefix = await within(dialog).findByRole("textbox", { name: /Prefix/ });
    await user.type(prefix, "eu");
    await user.type(
      within(dialog).getByRole("textbox", { name: /Contact Phone Number/ }),
      "+44 20 7946 0958",
    );
    await user.type(
      within(dialog).getByRole("textbox", { name: /Note to the domain approver/ }),
      "EU branch",
    );
    await user.click(within(dialog).getByRole("button", { name: "OK" }));
    await waitFor(() =>
      expect(screen.getByTestId("account-domain-identifier")).toHaveTextContent(
        "eu.customer.example",
      ),
    );
    expect(screen.getByText("Note to the domain approver: EU branch")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Send Request" }));
    const review = await screen.findByRole("dialog", { name: "Review Request" });
    await user.click(within(review).getByRole("button", { name: "Send Request" }));
    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]).toMatchObject({
      domainIdentifier: "eu.customer.example",
      contactPhone: "+44 20 7946 0958",
      noteToDomainApprover: "EU branch",
    });
  });

  it("shows the accounts on the domain before the review, and goes on when told to", async () => {
    const { handlers, inputs } = customerHandlers({ existing: true });
    server.use(meHandler(partner), ...handlers);
    const { user } = renderRoute("/directory/request/customer");

    await user.type(
      await screen.findByRole("textbox", { name: /Smart Account Name/ }),
      "Customer Co",
    );
    await user.type(
      screen.getByRole("textbox", { name: /Customer Email/ }),
      "buyer@customer.example",
    );
    await user.click(screen.getByRole("button", { name: "Send Request" }));

    const dialog = await screen.findByRole("dialog", { name: "Existing Smart Accounts" });
    expect(within(dialog).getByRole("rowheader", { name: "Customer Old" })).toBeInTheDocument();
    await user.click(
      within(dialog).getByRole("button", { name: "Continue with customer.example" }),
    );

    const review = await screen.findByRole("dialog", { name: "Review Request" });
    await user.click(within(review).getByRole("button", { name: "Send Request" }));
    await waitFor(() => expect(inputs).toHaveLength(1));
    expect(inputs[0]?.acknowledgeExistingAccounts).toBe(true);
  });

  it("turns a CONFLICT on send into the accounts the check lists, and sends again when told to", async () => {
    const sent: RequestSmartAccountForCustomerInput[] = [];
    const arrived = buildExistingAccount({
      name: "Customer Newcomer",
      domainIdentifier: "us.customer.example",
    });
    server.use(
      meHandler(partner),
      // Until the first request is refused, the domain is empty; then an account is on it.
      graphql.query(CheckDomainDocument, ({ variables }) =>
        HttpResponse.json({
          data: {
            checkDomain: buildDomainCheck(variables.domainIdentifier, {
              existingAccounts: sent.length === 0 ? [] : [arrived],
            }),
          },
        }),
      ),
      graphql.mutation(RequestSmartAccountForCustomerDocument, ({ variables: { input } }) => {
        sent.push(input);
        if (!input.acknowledgeExistingAccounts) {
          return HttpResponse.json({
            data: null,
            errors: [
              {
                message: "Smart Accounts already exist under customer.example.",
                extensions: { code: "CONFLICT" },
              },
            ],
          });
        }
        return HttpResponse.json({
          data: {
            requestSmartAccountForCustomer: {
              __typename: "RequestSmartAccountForCustomerPayload",
              smartAccount: buildSmartAccount({
                name: input.name,
                status: "PENDING_CUSTOMER_ACCEPTANCE",
                approvers: input.customerEmails,
              }),
            },
          },
        });
      }),
      yourRequestsHandler([]),
    );
    const { user } = renderRoute("/directory/request/customer");

    await user.type(
      await screen.findByRole("textbox", { name: /Smart Account Name/ }),
      "Customer Co",
    );
    await user.type(
      screen.getByRole("textbox", { name: /Customer Email/ }),
      "buyer@customer.example",
    );
    await user.click(screen.getByRole("button", { name: "Send Request" }));
    const review = await screen.findByRole("dialog", { name: "Review Request" });
    await user.click(within(review).getByRole("button", { name: "Send Request" }));

    const dialog = await screen.findByRole("dialog", { name: "Existing Smart Accounts" });
    expect(within(dialog).getByRole("alert")).toHaveTextContent(
      "Smart Accounts already exist under customer.example.",
    );
    expect(
      within(dialog).getByRole("rowheader", { name: "Customer Newcomer" }),
    ).toBeInTheDocument();
    await user.click(
      within(dialog).getByRole("button", { name: "Continue with customer.example" }),
    );

    expect(await screen.findByText("Smart Account Request Complete")).toBeInTheDocument();
    expect(sent.map((input) => input.acknowledgeExistingAccounts ?? null)).toEqual([null, true]);
  });

  it("puts the server's refusal of the partner's own domain on the identifier", async () => {
    const { handlers } = customerHandlers();
    // The first handler that matches answers: this refusal comes before the store's own.
    server.use(
      meHandler(partner),
      graphql.mutation(RequestSmartAccountForCustomerDocument, () =>
        graphQLError("BAD_USER_INPUT", "Invalid input", [
          {
            field: "domainIdentifier",
            message: "A partner cannot request an account on its own domain for a customer.",
          },
        ]),
      ),
      ...handlers,
    );
    const { user } = renderRoute("/directory/request/customer");

    await user.type(await screen.findByRole("textbox", { name: /Smart Account Name/ }), "Mine");
    await user.type(
      screen.getByRole("textbox", { name: /Customer Email/ }),
      "buyer@customer.example",
    );
    await user.click(screen.getByRole("button", { name: "Send Request" }));
    const review = await screen.findByRole("dialog", { name: "Review Request" });
    await user.click(within(review).getByRole("button", { name: "Send Request" }));

    expect(
      await screen.findByText(
        "A partner cannot request an account on its own domain for a customer.",
      ),
    ).toBeInTheDocument();
    // The review closes (Back to the form) to show it.
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  });
});
