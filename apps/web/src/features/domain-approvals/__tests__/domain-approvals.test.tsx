import { screen, waitFor, within } from "@testing-library/react";
import {
  ApproveDomainDocument,
  DomainApprovalsDocument,
  RejectDomainDocument,
  type DomainApprovalsQuery,
  type DomainStatus,
} from "@sam/graphql-types";
import { graphql, HttpResponse } from "msw";
import { buildDomainReview, buildUser } from "@/testing/factories";
import { graphQLError, meHandler } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

type Review = DomainApprovalsQuery["domainApprovals"]["edges"][number]["node"];

function buildQueueEntry(identifier: string, accountName: string): Review {
  return {
    ...buildDomainReview({ identifier, reviewReasons: ["NOT_APPROVER_HOST", "CONSUMER_DOMAIN"] }),
    smartAccount: {
      __typename: "SmartAccount",
      id: `account-${identifier}`,
      name: accountName,
      status: "PENDING_DOMAIN_APPROVAL",
      requester: {
        __typename: "AccountPerson",
        email: "casey@ccoesup.com",
        name: "Casey Customer",
      },
    },
  };
}

/** The queue as a store: approving or rejecting takes a review out of the pending list. */
function queue(initial: Review[]) {
  const reviews = [...initial];
  const rejected: string[] = [];
  const decide = (id: string, status: DomainStatus, reason: string | null) => {
    const index = reviews.findIndex((r) => r.id === id);
    reviews[index] = { ...reviews[index]!, status, decisionReason: reason };
    return reviews[index]!;
  };
  const handlers = [
    graphql.query(DomainApprovalsDocument, ({ variables }) => {
      const listed = reviews.filter((r) => r.status === variables.status);
      return HttpResponse.json({
        data: {
          domainApprovals: {
            __typename: "DomainConnection",
            totalCount: listed.length,
            edges: listed.map((node) => ({ __typename: "DomainEdge", cursor: node.id, node })),
          },
        },
      });
    }),
    graphql.mutation(ApproveDomainDocument, ({ variables: { input } }) =>
      HttpResponse.json({
        data: {
          approveDomain: {
            __typename: "ApproveDomainPayload",
            domain: decide(String(input.domainId), "APPROVED", null),
          },
        },
      }),
    ),
    graphql.mutation(RejectDomainDocument, ({ variables: { input } }) => {
      rejected.push(input.reason);
      return HttpResponse.json({
        data: {
          rejectDomain: {
            __typename: "RejectDomainPayload",
            domain: decide(String(input.domainId), "REJECTED", input.reason),
          },
        },
      });
    }),
  ];
  return { handlers, rejected };
}

describe("Domain Approvals", () => {
  it("explains to non-staff that the queue is for domain approvers", async () => {
    server.use(meHandler(buildUser({ isStaff: false })));
    renderRoute("/domain-approvals");

    expect(await screen.findByText("For domain approvers only")).toBeInTheDocument();
  });

  it("lists the queue and approves an identifier", async () => {
    server.use(
      meHandler(buildUser({ isStaff: true })),
      ...queue([buildQueueEntry("pl.ccoesup.com", "CCO Esup Poland")]).handlers,
    );
    const { user } = renderRoute("/domain-approvals");

    const header = await screen.findByRole("rowheader", { name: "pl.ccoesup.com" });
    const row = within(header.closest("tr")!);
    expect(row.getByRole("link", { name: "CCO Esup Poland" })).toBeInTheDocument();
    expect(row.getByText("Not the approver's email host")).toBeInTheDocument();
    expect(row.getByText("Consumer mail domain")).toBeInTheDocument();
    expect(row.getByText("+19495550100")).toBeInTheDocument();

    await user.click(row.getByRole("button", { name: "Approve pl.ccoesup.com" }));
    expect(await screen.findByText("Identifier approved")).toBeInTheDocument();
    expect(await screen.findByText("Nothing to review")).toBeInTheDocument();
  });

  it("rejects an identifier with a required reason", async () => {
    const { handlers, rejected } = queue([buildQueueEntry("gmail.com", "Gmail Co")]);
    server.use(meHandler(buildUser({ isStaff: true })), ...handlers);
    const { user } = renderRoute("/domain-approvals");

    await user.click(await screen.findByRole("button", { name: "Reject gmail.com" }));
    const dialog = await screen.findByRole("dialog", { name: "Reject Domain Identifier" });
    await user.click(within(dialog).getByRole("button", { name: "Reject" }));
    expect(await within(dialog).findByText("Give the reason for rejecting")).toBeInTheDocument();
    await user.type(within(dialog).getByRole("textbox", { name: /Reason/ }), "Consumer domain");
    await user.click(within(dialog).getByRole("button", { name: "Reject" }));

    expect(await screen.findByText("Identifier rejected")).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(rejected).toEqual(["Consumer domain"]);

    await user.click(screen.getByRole("radio", { name: "Rejected" }));
    expect(await screen.findByRole("rowheader", { name: "gmail.com" })).toBeInTheDocument();
    expect(screen.getByText("Consumer domain")).toBeInTheDocument();
  });

  it("shows an error when the queue cannot load", async () => {
    server.use(
      meHandler(buildUser({ isStaff: true })),
      graphql.query(DomainApprovalsDocument, () =>
        graphQLError("FORBIDDEN", "Only operator staff may do this."),
      ),
    );
    renderRoute("/domain-approvals");

    expect(await screen.findByText("Could not load the domain approvals")).toBeInTheDocument();
  });
});
