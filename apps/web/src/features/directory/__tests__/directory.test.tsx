import { screen, within } from "@testing-library/react";
import { YourRequestsDocument } from "@sam/graphql-types";
import { graphql } from "msw";
import { buildSmartAccount, buildUser } from "@/testing/factories";
import { graphQLError, meHandler, yourRequestsHandler } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

describe("the directory's Your requests panel", () => {
  beforeEach(() => {
    server.use(meHandler(buildUser()));
  });

  it("lists the accounts the user asked to create, with their status", async () => {
    const account = buildSmartAccount({ name: "Customer Co", status: "PENDING_DOMAIN_APPROVAL" });
    server.use(yourRequestsHandler([account]));
    renderRoute("/directory");

    const panel = await screen.findByRole("region", { name: "Your requests" });
    expect(await within(panel).findByRole("link", { name: "Customer Co" })).toHaveAttribute(
      "href",
      `/smart-accounts/${account.id}`,
    );
    expect(within(panel).getByText("Pending Domain Approval")).toBeInTheDocument();
  });

  it("says when there is nothing yet", async () => {
    renderRoute("/directory");
    expect(
      await screen.findByText(/You have not requested a Smart Account yet/),
    ).toBeInTheDocument();
  });

  it("says when the requests cannot load", async () => {
    server.use(graphql.query(YourRequestsDocument, () => graphQLError("FORBIDDEN", "No.")));
    renderRoute("/directory");
    expect(await screen.findByText(/Could not load your requests/)).toBeInTheDocument();
  });
});
