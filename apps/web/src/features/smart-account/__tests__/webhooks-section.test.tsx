import { screen, within } from "@testing-library/react";
import {
  AccountUsersDocument,
  type AccountWebhookEndpointsQuery,
  CreateAccountWebhookEndpointDocument,
  type CreateAccountWebhookEndpointMutationVariables,
  RedeliverAccountWebhookDocument,
  type RedeliverAccountWebhookMutationVariables,
  SmartAccountDetailDocument,
  AccountNominationsDocument,
} from "@sam/graphql-types";
import { graphql, HttpResponse } from "msw";
import { buildAccountDetail, buildCompany, buildUser } from "@/testing/factories";
import { graphQLError, meHandler, webhookEndpointsHandler } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

type Endpoint = AccountWebhookEndpointsQuery["webhookEndpoints"][number];

const endpoint: Endpoint = {
  __typename: "WebhookEndpoint",
  id: "ep-1",
  url: "https://hooks.example.com/sam",
  eventTypes: ["APPROVED", "DETAILS_UPDATED"],
  enabled: true,
  disabledReason: null,
  failingSince: "2026-11-20T10:00:00.000Z",
  createdAt: "2026-11-19T10:00:00.000Z",
  deliveries: {
    __typename: "WebhookDeliveryConnection",
    totalCount: 1,
    edges: [
      {
        __typename: "WebhookDeliveryEdge",
        node: {
          __typename: "WebhookDelivery",
          id: "msg_1",
          eventType: "DETAILS_UPDATED",
          status: "PENDING",
          attempts: 1,
          nextAttemptAt: "2026-11-20T10:00:05.000Z",
          createdAt: "2026-11-20T10:00:00.000Z",
          deliveredAt: null,
          attemptLog: [
            {
              __typename: "WebhookAttempt",
              attemptedAt: "2026-11-20T10:00:00.000Z",
              durationMs: 120,
              statusCode: 500,
              error: "answered 500",
              responseBody: "oops",
            },
          ],
        },
      },
    ],
  },
};

function setUp(role: "ADMINISTRATOR" | "USER", endpoints: Endpoint[]) {
  const account = buildAccountDetail({
    id: "acct-1",
    name: "CCO Esup",
    status: "ACTIVE",
    company: buildCompany(),
    myRoles: [{ __typename: "RoleGrant", role, virtualAccountId: null }],
  });
  server.use(
    meHandler(buildUser({ email: "admin@ccoesup.com" })),
    graphql.query(SmartAccountDetailDocument, () =>
      HttpResponse.json({ data: { smartAccount: account } }),
    ),
    graphql.query(AccountUsersDocument, () => HttpResponse.json({ data: { accountUsers: [] } })),
    graphql.query(AccountNominationsDocument, () =>
      HttpResponse.json({
        data: {
          accountNominations: {
            __typename: "NominationConnection",
            totalCount: 0,
            pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
            edges: [],
          },
        },
      }),
    ),
    webhookEndpointsHandler(endpoints),
  );
  return renderRoute("/smart-accounts/acct-1");
}

const section = () => screen.findByRole("region", { name: "Webhooks" });

describe("the account's webhooks", () => {
  it("lists an administrator's endpoints with their delivery log", async () => {
    setUp("ADMINISTRATOR", [endpoint]);
    const webhooks = await section();
    const card = await within(webhooks).findByRole("article", { name: endpoint.url });
    expect(card).toHaveTextContent("Events: Approved, Details updated");
    expect(card).toHaveTextContent(/Failing since/);
    const table = within(card).getByRole("table", {
      name: `Deliveries to ${endpoint.url}, newest first`,
    });
    const rows = within(table).getAllByRole("row");
    expect(rows[1]).toHaveTextContent(/Details updated.*pending.*1.*answered 500 \(120 ms\)/);
  });

  it("redelivers a delivery", async () => {
    const sent: RedeliverAccountWebhookMutationVariables[] = [];
    const { user } = setUp("ADMINISTRATOR", [endpoint]);
    server.use(
      graphql.mutation(RedeliverAccountWebhookDocument, ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({
          data: {
            redeliverWebhook: {
              __typename: "WebhookDeliveryPayload",
              delivery: { __typename: "WebhookDelivery", id: "msg_1", status: "PENDING" },
            },
          },
        });
      }),
    );
    const webhooks = await section();
    await user.click(await within(webhooks).findByRole("button", { name: "Redeliver msg_1" }));
    await screen.findByText("The delivery goes out again now.");
    expect(sent).toEqual([{ input: { deliveryId: "msg_1" } }]);
  });

  it("adds an endpoint and shows its secret once, with the server's field errors by their fields", async () => {
    const sent: CreateAccountWebhookEndpointMutationVariables[] = [];
    const { user } = setUp("ADMINISTRATOR", []);
    server.use(
      graphql.mutation(CreateAccountWebhookEndpointDocument, ({ variables }) => {
        sent.push(variables);
        if (sent.length === 1) {
          return graphQLError("BAD_USER_INPUT", "Invalid input", [
            {
              field: "url",
              message:
                "The URL's host is a private, loopback or link-local address, which webhooks never call.",
            },
          ]);
        }
        return HttpResponse.json({
          data: {
            createWebhookEndpoint: {
              __typename: "CreateWebhookEndpointPayload",
              secret: "whsec_c2VjcmV0",
              endpoint: { __typename: "WebhookEndpoint", id: "ep-2" },
            },
          },
        });
      }),
    );
    const webhooks = await section();
    expect(within(webhooks).getByText("No endpoints yet.")).toBeInTheDocument();
    const form = within(webhooks).getByRole("form", { name: "Add an endpoint" });
    await user.click(within(form).getByRole("button", { name: "Add endpoint" }));
    expect(await within(form).findByText("Enter the URL to post to")).toBeInTheDocument();
    expect(within(form).getByText("Choose at least one event type")).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await user.type(within(form).getByLabelText(/Endpoint URL/), "https://10.0.0.1/in");
    await user.click(within(form).getByRole("combobox", { name: /Event types/ }));
    await user.click(await screen.findByRole("option", { name: "Approved" }));
    await user.click(within(form).getByRole("button", { name: "Add endpoint" }));
    expect(
      await within(form).findByText(/The URL's host is a private, loopback or link-local address/),
    ).toBeInTheDocument();

    await user.clear(within(form).getByLabelText(/Endpoint URL/));
    await user.type(within(form).getByLabelText(/Endpoint URL/), "https://hooks.example.com/in");
    await user.click(within(form).getByRole("button", { name: "Add endpoint" }));
    expect(await within(webhooks).findByLabelText("Signing secret")).toHaveValue("whsec_c2VjcmV0");
    expect(sent[1]).toEqual({
      input: { accountId: "acct-1", url: "https://hooks.example.com/in", eventTypes: ["APPROVED"] },
    });
  });

  it("is not shown to someone who may not manage the account's webhooks", async () => {
    setUp("USER", [endpoint]);
    await screen.findByRole("heading", { name: "CCO Esup", level: 1 });
    expect(screen.queryByRole("region", { name: "Webhooks" })).not.toBeInTheDocument();
  });
});
