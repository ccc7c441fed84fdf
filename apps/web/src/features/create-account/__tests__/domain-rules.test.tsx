import { screen, waitFor, within } from "@testing-library/react";
import {
  CheckDomainDocument,
  RequestSmartAccountForCustomerDocument,
  type CheckDomainQueryVariables,
} from "@sam/graphql-types";
import { graphql, HttpResponse } from "msw";
import { buildDomainCheck, buildExistingAccount, buildUser } from "@/testing/factories";
import { meHandler } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

// What Send Request would refuse is shown at the identifier, live, once: the server's check is
// asked for the flow of the page, and its refusals replace any word about review.

const partner = buildUser({
  email: "pat@partner.example",
  name: "Pat Partner",
  organisationType: "PARTNER",
});
const OWN_DOMAIN =
  "partner.example is your own company's domain: a partner cannot request an account on its own domain for a customer. Use the customer's domain.";

function checkHandler() {
  const asked: CheckDomainQueryVariables[] = [];
  const handler = graphql.query(CheckDomainDocument, ({ variables }) => {
    asked.push(variables);
    const own = variables.domainIdentifier.endsWith("partner.example");
    return HttpResponse.json({
      data: {
        checkDomain: buildDomainCheck(variables.domainIdentifier, {
          topLevelDomain: own ? "partner.example" : "customer.example",
          refusals:
            own && variables.flow === "CUSTOMER"
              ? [
                  {
                    __typename: "IdentifierRefusal",
                    code: "PARTNER_OWN_DOMAIN",
                    field: "domainIdentifier",
                    message: OWN_DOMAIN,
                  },
                ]
              : [],
        }),
      },
    });
  });
  return { handler, asked };
}

describe("the identifier's rules at the field", () => {
  it("shows a partner's own domain refused in the customer wizard, before Review, and only that", async () => {
    const { handler, asked } = checkHandler();
    const sent: unknown[] = [];
    server.use(
      meHandler(partner),
      handler,
      graphql.mutation(RequestSmartAccountForCustomerDocument, ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({ data: null });
      }),
    );
    const { user } = renderRoute("/directory/request/customer");

    await user.type(await screen.findByRole("textbox", { name: /Smart Account Name/ }), "Mine");
    await user.type(screen.getByRole("textbox", { name: /Customer Email/ }), "me@partner.example");

    const summary = await screen.findByRole("status", { name: "Identifier check" });
    await waitFor(() => expect(summary).toHaveTextContent(OWN_DOMAIN));
    expect(summary).toHaveAttribute("data-state", "refused");
    expect(summary).not.toHaveTextContent("needs no domain review");
    expect(asked.at(-1)).toMatchObject({ domainIdentifier: "partner.example", flow: "CUSTOMER" });

    // Send Request stays on the page: no Review, nothing sent, the refusal said once.
    await user.click(screen.getByRole("button", { name: "Send Request" }));
    await waitFor(() => expect(asked.length).toBeGreaterThan(1));
    expect(screen.queryByRole("dialog", { name: "Review Request" })).not.toBeInTheDocument();
    expect(screen.getAllByText(OWN_DOMAIN)).toHaveLength(1);
    expect(sent).toHaveLength(0);
  });

  it("says a held identifier is held, without a word about review, and offers its accounts", async () => {
    const held = "ccoesup.com is already held by the Smart Account “CCO Esup, Inc.” (active).";
    server.use(
      meHandler(buildUser({ email: "bob@ccoesup.com" })),
      graphql.query(CheckDomainDocument, ({ variables }) =>
        HttpResponse.json({
          data: {
            checkDomain: buildDomainCheck(variables.domainIdentifier, {
              identifierAvailable: variables.domainIdentifier !== "ccoesup.com",
              refusals:
                variables.domainIdentifier === "ccoesup.com"
                  ? [
                      {
                        __typename: "IdentifierRefusal",
                        code: "IDENTIFIER_HELD",
                        field: "domainIdentifier",
                        message: held,
                      },
                    ]
                  : [],
              reviewRequired: variables.domainIdentifier !== "ccoesup.com",
              reviewReasons:
                variables.domainIdentifier !== "ccoesup.com" ? ["NOT_APPROVER_HOST"] : [],
              existingAccounts: [
                buildExistingAccount({ name: "CCO Esup, Inc.", exactMatch: true }),
              ],
            }),
          },
        }),
      ),
    );
    const { user } = renderRoute("/directory/request/company");
    await user.click(
      await screen.findByRole("radio", {
        name: "Yes, I have the authority to create the account on behalf of my company",
      }),
    );
    const summary = await screen.findByRole("status", { name: "Identifier check" });
    await waitFor(() => expect(summary).toHaveTextContent(held));
    expect(summary).not.toHaveTextContent(/needs no domain review|needs review/);
    expect(
      within(summary).getByRole("button", { name: "View Existing Smart Accounts" }),
    ).toBeInTheDocument();

    // The modified-domain editor starts from an empty prefix on the domain, checked as composed.
    await user.click(within(summary).getByRole("button", { name: "View Existing Smart Accounts" }));
    const existing = await screen.findByRole("dialog", { name: "Existing Smart Accounts" });
    await user.click(
      within(existing).getByRole("button", { name: "Proceed with a Modified Account Domain" }),
    );
    const editor = await screen.findByRole("dialog", { name: "Edit Account Identifier" });
    const prefix = await within(editor).findByRole("textbox", { name: /Prefix/ });
    expect(prefix).toHaveValue("");
    expect(within(editor).getByTestId("identifier-suffix")).toHaveTextContent(".ccoesup.com");
    // With no prefix the identifier is the held domain: refused there too, never green.
    const editorCheck = await within(editor).findByRole("status", { name: "Identifier check" });
    await waitFor(() => expect(editorCheck).toHaveAttribute("data-state", "refused"));
    await user.type(prefix, "lab");
    await waitFor(() =>
      expect(within(editor).getByRole("status", { name: "Identifier check" })).toHaveTextContent(
        "lab.ccoesup.com needs review by a domain approver",
      ),
    );
    expect(within(editor).getByText("lab.ccoesup.com", { selector: "strong" })).toBeInTheDocument();
  });
});
