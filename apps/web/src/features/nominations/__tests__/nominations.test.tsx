import { screen, within } from "@testing-library/react";
import {
  AcceptNominationDocument,
  MyNominationsDocument,
  RejectNominationDocument,
  type NominationFieldsFragment,
} from "@sam/graphql-types";
import { graphql, HttpResponse } from "msw";
import { buildNomination, buildUser } from "@/testing/factories";
import { graphQLError, meHandler } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

function nominationStore(initial: NominationFieldsFragment[]) {
  const nominations = [...initial];
  const decide = (id: string, status: "ACCEPTED" | "REJECTED") => {
    const index = nominations.findIndex((n) => n.id === id);
    nominations[index] = { ...nominations[index]!, status, decidedAt: "2026-02-01T10:00:00.000Z" };
    return nominations[index]!;
  };
  return [
    graphql.query(MyNominationsDocument, () =>
      HttpResponse.json({
        data: {
          myNominations: {
            __typename: "NominationConnection",
            totalCount: nominations.length,
            edges: nominations.map((node) => ({
              __typename: "NominationEdge",
              cursor: node.id,
              node,
            })),
          },
        },
      }),
    ),
    graphql.mutation(AcceptNominationDocument, ({ variables: { input } }) =>
      HttpResponse.json({
        data: {
          acceptNomination: {
            __typename: "DecideNominationPayload",
            nomination: decide(String(input.nominationId), "ACCEPTED"),
          },
        },
      }),
    ),
    graphql.mutation(RejectNominationDocument, ({ variables: { input } }) =>
      HttpResponse.json({
        data: {
          rejectNomination: {
            __typename: "DecideNominationPayload",
            nomination: decide(String(input.nominationId), "REJECTED"),
          },
        },
      }),
    ),
  ];
}

function rowFor(name: string) {
  return within(screen.getByRole("rowheader", { name }).closest("tr")!);
}

describe("My Nominations", () => {
  beforeEach(() => {
    server.use(meHandler(buildUser()));
  });

  it("accepts one nomination and rejects another", async () => {
    server.use(
      ...nominationStore([
        buildNomination({ kind: "CREATOR", message: "Please complete the setup" }),
        buildNomination({ kind: "USER" }),
      ]),
    );
    const { user } = renderRoute("/nominations");

    expect(
      await screen.findByRole("rowheader", { name: "Additional creator (approver)" }),
    ).toBeInTheDocument();
    expect(
      rowFor("Additional creator (approver)").getByText("Please complete the setup"),
    ).toBeInTheDocument();
    expect(
      rowFor("Additional creator (approver)").getByRole("link", { name: /^Nominated Co \d+$/ }),
    ).toBeInTheDocument();
    expect(
      rowFor("Additional creator (approver)").getByText("Pending Customer Acceptance"),
    ).toBeInTheDocument();

    await user.click(
      screen.getByRole("button", { name: "Accept nomination as Additional creator (approver)" }),
    );
    expect(await screen.findByText("Nomination accepted")).toBeInTheDocument();
    expect(screen.getByText(/You are now one of its approvers/)).toBeInTheDocument();
    expect(
      await rowFor("Additional creator (approver)").findByText("Accepted"),
    ).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Reject nomination as User" }));
    expect(await rowFor("User").findByText("Rejected")).toBeInTheDocument();
    expect(rowFor("User").queryByRole("button")).not.toBeInTheDocument();
  });

  it("shows the empty state", async () => {
    server.use(...nominationStore([]));
    renderRoute("/nominations");
    expect(await screen.findByText("No nominations")).toBeInTheDocument();
  });

  it("reports a nomination that can no longer be decided", async () => {
    server.use(
      graphql.mutation(AcceptNominationDocument, () =>
        graphQLError("CONFLICT", "The nomination was withdrawn."),
      ),
      ...nominationStore([buildNomination({ kind: "ADMINISTRATOR" })]),
    );
    const { user } = renderRoute("/nominations");

    await user.click(
      await screen.findByRole("button", { name: "Accept nomination as Administrator" }),
    );
    expect(await screen.findByText("Could not accept the nomination")).toBeInTheDocument();
    expect(screen.getByText("The nomination was withdrawn.")).toBeInTheDocument();
  });
});
