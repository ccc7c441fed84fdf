import { screen, waitFor, within } from "@testing-library/react";
import {
  CheckDomainDocument,
  NominateCreatorsDocument,
  RequestSmartAccountDocument,
  RequestedSmartAccountDocument,
  type RequestSmartAccountInput,
  type CheckDomainQuery,
} from "@sam/graphql-types";
import { graphql, HttpResponse } from "msw";
import {
  buildDomainCheck,
  buildDomainReview,
  buildExistingAccount,
  buildSmartAccount,
  buildUser,
} from "@/testing/factories";
import { graphQLError, meHandler } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

type User = ReturnType<typeof renderRoute>["user"];
type Check = CheckDomainQuery["checkDomain"];

const AUTHORITY = /Yes, I have the authority to create the account on behalf of my company/;
const SOMEONE_ELSE = /Someone else will authorize the creation of the account/;

/** checkDomain answered by a function of the identifier and the approver email asked about. */
function checkDomainHandler(answer: (identifier: string, approver: string | null) => Check) {
  const asked: { identifier: string; approver: string | null }[] = [];
  const handler = graphql.query(CheckDomainDocument, ({ variables }) => {
    asked.push({
      identifier: variables.domainIdentifier,
      approver: variables.approverEmail ?? null,
    });
    return HttpResponse.json({
      data: { checkDomain: answer(variables.domainIdentifier, variables.approverEmail ?? null) },
    });
  });
  return { handler, asked };
}

type Created = ReturnType<typeof buildSmartAccount>;

/**
 * requestSmartAccount answered by `respond`, and the completion page's smartAccount(id)
 * answered with the accounts it created.
 */
function requestHandler(respond: (input: RequestSmartAccountInput) => Response) {
  const inputs: RequestSmartAccountInput[] = [];
  const created: Created[] = [];
  const handler = [
    graphql.mutation(RequestSmartAccountDocument, async ({ variables }) => {
      inputs.push(variables.input);
      const response = respond(variables.input);
      const body = (await response.clone().json()) as {
        data: { requestSmartAccount: { smartAccount: Created } } | null;
      };
      if (body.data) created.push(body.data.requestSmartAccount.smartAccount);
      return response;
    }),
    graphql.query(RequestedSmartAccountDocument, ({ variables }) => {
      const account = created.find((candidate) => candidate.id === variables.id);
      return account
        ? HttpResponse.json({ data: { smartAccount: account } })
        : graphQLError("NOT_FOUND", "No such Smart Account");
    }),
  ];
  return { handler, inputs };
}

async function fillCompany(user: User) {
  await user.type(
    screen.getByRole("textbox", { name: /Company\/Organization Name/ }),
    "CCO Esup, Inc.",
  );
  await user.type(screen.getByRole("combobox", { name: /Country/ }), "United States");
  await user.click(await screen.findByRole("option", { name: "United States" }));
  await user.type(screen.getByRole("textbox", { name: /^Address/ }), "Cisco Sample Street");
  await user.type(screen.getByRole("textbox", { name: /^City/ }), "Irvine");
  await user.type(screen.getByRole("textbox", { name: /State\/Province\/Region/ }), "CALIFORNIA");
  await user.type(screen.getByRole("textbox", { name: /Zip\/Postal Code/ }), "92617");
}

function stepHeading(name: string) {
  return screen.findByRole("heading", { level: 2, name });
}

describe("Request for my company", () => {
  beforeEach(() => {
    server.use(meHandler(buildUser({ email: "ada@ccoesup.com" })));
  });

  it("creates an active account when the requester authorizes it on their own domain", async () => {
    const { handler: check, asked } = checkDomainHandler((identifier) =>
      buildDomainCheck(identifier),
    );
    const { handler: request, inputs } = requestHandler((input) =>
      HttpResponse.json({
        data: {
          requestSmartAccount: {
            __typename: "RequestSmartAccountPayload",
            smartAccount: buildSmartAccount({
              name: input.name,
              status: "ACTIVE",
              channel: "CUSTOMER_SELF",
              approvers: ["ada@ccoesup.com"],
            }),
          },
        },
      }),
    );
    server.use(check, ...request);
    const { user } = renderRoute("/directory/request/company");

    expect(await stepHeading("Account Information")).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: AUTHORITY }));
    expect(screen.getByTestId("account-domain-identifier")).toHaveTextContent("ccoesup.com");
    expect(await screen.findByText(/ccoesup.com needs no domain review/)).toBeInTheDocument();
    await user.type(screen.getByRole("textbox", { name: /Account Name/ }), "CCO Esup, Inc.");
    await user.click(screen.getByRole("button", { name: "Continue" }));

    expect(await stepHeading("Company Information")).toBeInTheDocument();
    expect(screen.queryByRole("checkbox", { name: /Select to provide/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Continue" }));
    // Mandatory on the authority path.
    expect(await screen.findByText("Enter the company or organization name")).toBeInTheDocument();
    expect(screen.getByText("Choose a country")).toBeInTheDocument();
    await fillCompany(user);
    await user.click(screen.getByRole("button", { name: "Continue" }));

    expect(await stepHeading("Administrative User Access")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Continue" }));

    expect(await stepHeading("Review")).toBeInTheDocument();
    expect(
      screen.getByText("Irvine, CALIFORNIA, 92617, United States", { exact: false }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Submit Request" }));
    expect(
      await screen.findByText("Accept the approver's terms to authorize the account"),
    ).toBeInTheDocument();
    expect(inputs).toHaveLength(0);

    await user.click(screen.getByRole("checkbox", { name: /I accept the approver's terms/ }));
    await user.click(screen.getByRole("button", { name: "Submit Request" }));

    expect(
      await screen.findByRole("heading", { name: "Smart Account Request Complete" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/The Smart Account “CCO Esup, Inc.” is active/)).toBeInTheDocument();
    expect(inputs[0]).toMatchObject({
      authorization: "REQUESTER",
      name: "CCO Esup, Inc.",
      domainIdentifier: null,
      acceptTerms: true,
      approverEmails: null,
      company: {
        name: "CCO Esup, Inc.",
        country: "US",
        addressLine: "Cisco Sample Street",
        city: "Irvine",
        region: "CALIFORNIA",
        postalCode: "92617",
      },
    });
    expect(asked.some((a) => a.identifier === "ccoesup.com" && a.approver === null)).toBe(true);
    expect(screen.getByRole("link", { name: "Open the account" })).toHaveAttribute(
      "href",
      expect.stringMatching(/^\/smart-accounts\//),
    );
  });

  it("asks someone else to authorize, with an edited identifier that needs review", async () => {
    const { handler: check, asked } = checkDomainHandler((identifier, approver) =>
      identifier === "pl.example.com"
        ? buildDomainCheck(identifier, {
            topLevelDomain: "example.com",
            reviewRequired: true,
            reviewReasons: ["NOT_APPROVER_HOST"],
          })
        : buildDomainCheck(identifier, { reviewRequired: approver === null }),
    );
    const { handler: request, inputs } = requestHandler((input) =>
      HttpResponse.json({
        data: {
          requestSmartAccount: {
            __typename: "RequestSmartAccountPayload",
            smartAccount: buildSmartAccount({
              name: input.name,
              status: "PENDING_DOMAIN_APPROVAL",
              domainIdentifier: "pl.example.com",
              approvers: ["boss@example.com"],
              domain: buildDomainReview({ identifier: "pl.example.com" }),
            }),
          },
        },
      }),
    );
    server.use(check, ...request);
    const { user } = renderRoute("/directory/request/company");

    await user.click(await screen.findByRole("radio", { name: SOMEONE_ELSE }));
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(
      await screen.findByText("Enter the email of the person who will authorize"),
    ).toBeInTheDocument();

    const approverField = screen.getByRole("textbox", { name: /Approver Email Address/ });
    await user.type(approverField, "boss@example, ");
    await user.tab();
    expect(await screen.findByText("Not a valid email address: boss@example")).toBeInTheDocument();
    await user.clear(approverField);
    await user.type(approverField, "boss@example.com");
    await user.type(screen.getByRole("textbox", { name: /Message to Approver/ }), "Please approve");
    await user.type(screen.getByRole("textbox", { name: /Account Name/ }), "Example Poland");
    // The default identifier follows the approver's email.
    await waitFor(() =>
      expect(screen.getByTestId("account-domain-identifier")).toHaveTextContent("example.com"),
    );

    await user.click(screen.getByRole("button", { name: "Edit" }));
    const dialog = await screen.findByRole("dialog", { name: "Edit Account Identifier" });
    // A prefix on the domain, starting empty: the domain is the fixed suffix.
    const prefix = await within(dialog).findByRole("textbox", { name: /Prefix/ });
    expect(prefix).toHaveValue("");
    expect(within(dialog).getByTestId("identifier-suffix")).toHaveTextContent(".example.com");
    await user.type(prefix, "pl");
    expect(await within(dialog).findByText(/pl.example.com needs review/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "OK" }));
    expect(
      await within(dialog).findByText(/give a contact phone number for the domain approvers/),
    ).toBeInTheDocument();
    const phone = within(dialog).getByRole("textbox", { name: /Contact Phone Number/ });
    await user.type(phone, "12345");
    await user.click(within(dialog).getByRole("button", { name: "OK" }));
    expect(
      await within(dialog).findByText(/Enter the phone number in international form/),
    ).toBeInTheDocument();
    await user.clear(phone);
    await user.type(phone, "+1 949 555 0100");
    await user.click(within(dialog).getByRole("button", { name: "OK" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(screen.getByTestId("account-domain-identifier")).toHaveTextContent("pl.example.com");

    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(await stepHeading("Company Information")).toBeInTheDocument();
    expect(
      screen.queryByRole("textbox", { name: /Company\/Organization Name/ }),
    ).not.toBeInTheDocument();
    await user.click(
      screen.getByRole("checkbox", { name: "Select to provide this information now" }),
    );
    expect(screen.getByRole("textbox", { name: /Company\/Organization Name/ })).toBeInTheDocument();
    await user.click(
      screen.getByRole("checkbox", { name: "Select to provide this information now" }),
    );
    await user.click(screen.getByRole("button", { name: "Continue" }));

    expect(await stepHeading("Administrative User Access")).toBeInTheDocument();
    await user.type(
      screen.getByRole("textbox", { name: /I request access for other users/ }),
      "it@example.com, ops@example.com",
    );
    await user.click(screen.getByRole("checkbox", { name: "I request access for myself" }));
    await user.click(screen.getByRole("button", { name: "Continue" }));

    expect(await stepHeading("Review")).toBeInTheDocument();
    expect(screen.queryByRole("checkbox", { name: /approver's terms/ })).not.toBeInTheDocument();
    expect(
      screen.getByText("it@example.com, ops@example.com, ada@ccoesup.com"),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Submit Request" }));

    expect(
      await screen.findByRole("heading", { name: "Smart Account Request Complete" }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /Its Account Domain Identifier pl.example.com needs approval by a domain approver/,
      ),
    ).toBeInTheDocument();
    expect(inputs[0]).toMatchObject({
      authorization: "SOMEONE_ELSE",
      approverEmails: ["boss@example.com"],
      message: "Please approve",
      domainIdentifier: "pl.example.com",
      contactPhone: "+1 949 555 0100",
      company: null,
      acceptTerms: null,
      administratorEmails: ["it@example.com", "ops@example.com"],
      requestAccessForMyself: true,
    });
    expect(asked).toContainEqual({ identifier: "pl.example.com", approver: "boss@example.com" });
  });

  it("shows the accounts already on the domain, nominates creators and goes on as typed", async () => {
    const pending = buildExistingAccount({
      name: "CCO Esup Pending",
      domainIdentifier: "us.ccoesup.com",
      status: "PENDING_CUSTOMER_ACCEPTANCE",
      allowedAction: "NOMINATE_CREATORS",
      reason: "The account is not approved yet: nominate additional creators who may approve it.",
      administrators: [],
    });
    const active = buildExistingAccount({
      name: "CCO Esup Active",
      domainIdentifier: "eu.ccoesup.com",
    });
    const inReview = buildExistingAccount({
      name: "CCO Esup In Review",
      domainIdentifier: "fr.ccoesup.com",
      status: "PENDING_DOMAIN_APPROVAL",
      allowedAction: "NONE",
      reason: "Its domain identifier is waiting for review by a domain approver.",
      administrators: [],
    });
    const { handler: check } = checkDomainHandler((identifier) =>
      buildDomainCheck(identifier, { existingAccounts: [pending, active, inReview] }),
    );
    const nominated: { smartAccountId: string; emails: string[] }[] = [];
    const { handler: request, inputs } = requestHandler((input) =>
      HttpResponse.json({
        data: {
          requestSmartAccount: {
            __typename: "RequestSmartAccountPayload",
            smartAccount: buildSmartAccount({ name: input.name, status: "ACTIVE" }),
          },
        },
      }),
    );
    server.use(
      check,
      ...request,
      graphql.mutation(NominateCreatorsDocument, ({ variables: { input } }) => {
        const smartAccountId = String(input.smartAccountId);
        nominated.push({ smartAccountId, emails: input.emails });
        return HttpResponse.json({
          data: {
            nominateCreators: {
              __typename: "NominateCreatorsPayload",
              nominations: input.emails.map((email, index) => ({
                __typename: "Nomination" as const,
                id: `n-${index}`,
                email,
                kind: "CREATOR" as const,
                status: "PENDING" as const,
                smartAccountId,
              })),
            },
          },
        });
      }),
    );
    const { user } = renderRoute("/directory/request/company");

    await user.click(await screen.findByRole("radio", { name: AUTHORITY }));
    await user.type(screen.getByRole("textbox", { name: /Account Name/ }), "CCO Esup Global");
    expect(
      await screen.findByText("3 Smart Accounts already exist under ccoesup.com."),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Continue" }));

    const dialog = await screen.findByRole("dialog", { name: "Existing Smart Accounts" });
    const rows = within(dialog).getAllByRole("row");
    expect(rows).toHaveLength(4);
    expect(within(dialog).getByText("Pending Customer Acceptance")).toBeInTheDocument();
    expect(
      within(dialog).getByText(/Not selectable: Its domain identifier is waiting for review/),
    ).toBeInTheDocument();

    await user.click(
      within(dialog).getByRole("button", { name: "Request Access to CCO Esup Active" }),
    );
    const requestAccess = await screen.findByRole("dialog", { name: "Request Access" });
    expect(requestAccess).toHaveTextContent("CCO Esup Active");
    await user.click(within(requestAccess).getByRole("button", { name: "Cancel" }));
    const back = await screen.findByRole("dialog", { name: "Existing Smart Accounts" });
    expect(
      within(back).getByRole("button", { name: "Request Access to CCO Esup Active" }),
    ).toBeEnabled();

    await user.click(
      within(back).getByRole("button", {
        name: "Nominate Additional Creators of CCO Esup Pending",
      }),
    );
    const nominate = await screen.findByRole("dialog", { name: "Nominate Additional Creators" });
    const emails = within(nominate).getByRole("textbox", { name: /Email addresses/ });
    await user.click(within(nominate).getByRole("button", { name: "OK" }));
    expect(
      await within(nominate).findByText("Enter at least one email address"),
    ).toBeInTheDocument();
    await user.type(emails, "cfo@ccoesup.com, ceo@ccoesup.com");
    await user.click(within(nominate).getByRole("button", { name: "OK" }));

    const done = await screen.findByRole("dialog", { name: "Creators Nominated" });
    expect(done).toHaveTextContent(
      "cfo@ccoesup.com, ceo@ccoesup.com were nominated as additional creators of “CCO Esup Pending”",
    );
    expect(nominated).toEqual([
      { smartAccountId: pending.id, emails: ["cfo@ccoesup.com", "ceo@ccoesup.com"] },
    ]);
    expect(await screen.findByText("Additional creators nominated")).toBeInTheDocument();

    await user.click(within(done).getByRole("button", { name: "Back to the accounts" }));
    const again = await screen.findByRole("dialog", { name: "Existing Smart Accounts" });
    await user.click(within(again).getByRole("button", { name: "Continue with ccoesup.com" }));

    expect(await stepHeading("Company Information")).toBeInTheDocument();
    await fillCompany(user);
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await stepHeading("Administrative User Access");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await stepHeading("Review");
    await user.click(
      await screen.findByRole("checkbox", { name: /I accept the approver's terms/ }),
    );
    await user.click(screen.getByRole("button", { name: "Submit Request" }));

    expect(
      await screen.findByRole("heading", { name: "Smart Account Request Complete" }),
    ).toBeInTheDocument();
    expect(inputs[0]?.acknowledgeExistingAccounts).toBe(true);
  });

  it("turns a CONFLICT on submit into the existing-accounts choice, and on to a modified identifier", async () => {
    const { handler: request, inputs } = requestHandler(() =>
      HttpResponse.json({
        data: null,
        errors: [
          {
            message:
              "Smart Accounts already exist under ccoesup.com: “Taken” (ccoesup.com, ACTIVE).",
            extensions: { code: "CONFLICT" },
          },
        ],
      }),
    );
    // “Taken” got the identifier after the wizard checked it: the check asked again lists it.
    const taken = buildExistingAccount({ name: "Taken", exactMatch: true });
    const { handler: check } = checkDomainHandler((identifier) =>
      inputs.length === 0
        ? buildDomainCheck(identifier)
        : buildDomainCheck(identifier, { identifierAvailable: false, existingAccounts: [taken] }),
    );
    server.use(check, ...request);
    const { user } = renderRoute("/directory/request/company");

    await user.click(await screen.findByRole("radio", { name: SOMEONE_ELSE }));
    await user.type(
      screen.getByRole("textbox", { name: /Approver Email Address/ }),
      "boss@ccoesup.com",
    );
    await user.type(screen.getByRole("textbox", { name: /Account Name/ }), "Late Comer");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await stepHeading("Company Information");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await stepHeading("Administrative User Access");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await stepHeading("Review");
    await user.click(screen.getByRole("button", { name: "Submit Request" }));

    const dialog = await screen.findByRole("dialog", { name: "Existing Smart Accounts" });
    expect(within(dialog).getByRole("alert")).toHaveTextContent(
      "Smart Accounts already exist under ccoesup.com",
    );
    expect(within(dialog).getByRole("rowheader", { name: "Taken" })).toBeInTheDocument();
    // The identifier itself is held: only a modified one can go on.
    expect(within(dialog).queryByRole("button", { name: /Continue with/ })).not.toBeInTheDocument();
    await user.click(
      within(dialog).getByRole("button", { name: "Proceed with a Modified Account Domain" }),
    );

    expect(
      await screen.findByRole("dialog", { name: "Edit Account Identifier" }),
    ).toBeInTheDocument();
    expect(await stepHeading("Account Information")).toBeInTheDocument();
    expect(inputs).toHaveLength(1);
  });

  it("puts the server's field errors on the step that holds them", async () => {
    const { handler: check } = checkDomainHandler((identifier) => buildDomainCheck(identifier));
    const { handler: request } = requestHandler(() =>
      graphQLError("BAD_USER_INPUT", "Invalid input", [
        { field: "company.postalCode", message: "Enter the postal code, or NA." },
      ]),
    );
    server.use(check, ...request);
    const { user } = renderRoute("/directory/request/company");

    await user.click(await screen.findByRole("radio", { name: AUTHORITY }));
    await user.type(screen.getByRole("textbox", { name: /Account Name/ }), "CCO Esup");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await stepHeading("Company Information");
    await fillCompany(user);
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await stepHeading("Administrative User Access");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await stepHeading("Review");
    await user.click(
      await screen.findByRole("checkbox", { name: /I accept the approver's terms/ }),
    );
    await user.click(screen.getByRole("button", { name: "Submit Request" }));

    expect(await stepHeading("Company Information")).toBeInTheDocument();
    expect(await screen.findByText("Enter the postal code, or NA.")).toBeInTheDocument();
  });

  it("asks who authorizes before anything else, and refuses an invalid identifier", async () => {
    const { handler: check } = checkDomainHandler((identifier) =>
      buildDomainCheck(identifier, {
        valid: false,
        identifier: null,
        message: "This domain has no registrable part (it is a public suffix).",
      }),
    );
    server.use(check);
    const { user } = renderRoute("/directory/request/company");

    await user.click(await screen.findByRole("button", { name: "Continue" }));
    expect(await screen.findByText("Choose who will authorize the account")).toBeInTheDocument();

    await user.click(screen.getByRole("radio", { name: AUTHORITY }));
    await user.type(screen.getByRole("textbox", { name: /Account Name/ }), "CCO Esup");
    expect(
      await screen.findByText("This domain has no registrable part (it is a public suffix)."),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(await screen.findAllByText(/no registrable part/)).toHaveLength(2);
    expect(
      screen.getByRole("heading", { level: 2, name: "Account Information" }),
    ).toBeInTheDocument();
  });
});
