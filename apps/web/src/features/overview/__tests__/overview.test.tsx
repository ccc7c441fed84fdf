import { screen, waitFor, within } from "@testing-library/react";
import {
  CustomerRequestsByStatusDocument,
  SystemOverviewDocument,
  type SystemOverviewQuery,
} from "@sam/graphql-types";
import { graphql, HttpResponse } from "msw";
import { buildUser } from "@/testing/factories";
import { graphQLError, meHandler, requestsHandlers } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

const statuses = [
  ["PENDING_DOMAIN_APPROVAL", 2],
  ["PENDING_CUSTOMER_ACCEPTANCE", 3],
  ["PENDING_CUSTOMER_ADDRESS", 1],
  ["DECLINED_BY_CUSTOMER", 1],
  ["ACTIVE", 12],
  ["CANCELLED", 0],
  ["LAPSED", 4],
] as const;

const bucket = (label: string, fromDays: number, toDays: number | null, count: number) => ({
  __typename: "DayBucket" as const,
  label,
  fromDays,
  toDays,
  count,
});

const overview: SystemOverviewQuery["systemOverview"] = {
  __typename: "SystemOverview",
  accountsByStatus: statuses.map(([status, count]) => ({
    __typename: "StatusCount",
    status,
    count,
  })),
  domainReviewsByAge: [
    bucket("Under 1 day", 0, 1, 0),
    bucket("1–7 days", 1, 8, 5),
    bucket("8–30 days", 8, 31, 2),
    bucket("Over 30 days", 31, null, 1),
  ],
  lapsingSoon: [
    bucket("Within 7 days", 0, 7, 1),
    bucket("8–14 days", 7, 14, 0),
    bucket("15–30 days", 14, 30, 6),
  ],
};

/** The numbers of a chart's text alternative, label by label. */
function tableOf(name: string): Record<string, string> {
  const table = screen.getByRole("table", { name: new RegExp(`^${name}`) });
  return Object.fromEntries(
    within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) => [
        within(row).getByRole("rowheader").textContent,
        within(row).getByRole("cell").textContent,
      ]),
  );
}

describe("the staff overview", () => {
  it("shows each figure as a chart with its numbers as a table", async () => {
    server.use(
      meHandler(buildUser({ isStaff: true })),
      graphql.query(SystemOverviewDocument, () =>
        HttpResponse.json({ data: { systemOverview: overview } }),
      ),
    );
    renderRoute("/overview");

    expect(await screen.findByRole("heading", { level: 1, name: "Overview" })).toBeInTheDocument();
    expect(await screen.findByRole("region", { name: "Accounts by status" })).toBeInTheDocument();
    expect(tableOf("Accounts by status")).toMatchObject({
      Active: "12",
      "Pending Domain Approval": "2",
      "Pending Customer Acceptance": "3",
      Lapsed: "4",
      Cancelled: "0",
    });
    expect(screen.getByRole("table", { name: "Accounts by status: 23 in all" })).toBeVisible();
    expect(tableOf("Domain reviews by age")).toEqual({
      "Under 1 day": "0",
      "1–7 days": "5",
      "8–30 days": "2",
      "Over 30 days": "1",
    });
    expect(tableOf("Lapsing in the next 30 days")).toEqual({
      "Within 7 days": "1",
      "8–14 days": "0",
      "15–30 days": "6",
    });
    // The pictures are for the eye: assistive technology reads the tables instead.
    for (const chart of screen.getAllByTestId("chart")) {
      expect(chart).toHaveAttribute("aria-hidden", "true");
    }
    // The side navigation links staff to it.
    expect(screen.getByRole("link", { name: "Overview" })).toHaveAttribute("href", "/overview");
  });

  it("explains the page to someone who is not staff, and offers no link to it", async () => {
    let asked = false;
    server.use(
      meHandler(buildUser({ isStaff: false })),
      graphql.query(SystemOverviewDocument, () => {
        asked = true;
        return graphQLError("FORBIDDEN", "Only operator staff may see the overview.");
      }),
    );
    renderRoute("/overview");

    expect(await screen.findByText("For operator staff only")).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "Overview" })).not.toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(asked).toBe(false);
  });

  it("offers Try again when the figures cannot be loaded", async () => {
    server.use(
      meHandler(buildUser({ isStaff: true })),
      graphql.query(SystemOverviewDocument, () =>
        graphQLError("FORBIDDEN", "Only operator staff may see the overview."),
      ),
    );
    renderRoute("/overview");
    expect(await screen.findByText("Could not load the overview")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });
});

describe("a partner's customer requests", () => {
  const counts = (pairs: [string, number][]) => ({
    customerRequestsByStatus: pairs.map(([status, count]) => ({
      __typename: "StatusCount" as const,
      status: status as (typeof statuses)[number][0],
      count,
    })),
  });

  it("are charted by status on the Requests page, with the statuses that have any", async () => {
    server.use(
      meHandler(buildUser({ organisationType: "PARTNER" })),
      ...requestsHandlers([]),
      graphql.query(CustomerRequestsByStatusDocument, () =>
        HttpResponse.json({
          data: counts([
            ["PENDING_CUSTOMER_ACCEPTANCE", 2],
            ["ACTIVE", 0],
            ["LAPSED", 1],
          ]),
        }),
      ),
    );
    renderRoute("/requests");
    expect(
      await screen.findByRole("region", { name: "Your customers' requests by status" }),
    ).toBeInTheDocument();
    expect(tableOf("Your customers' requests by status")).toEqual({
      "Pending Customer Acceptance": "2",
      Lapsed: "1",
    });
  });

  it("are not shown to a customer, who is not asked for them", async () => {
    let asked = false;
    server.use(
      meHandler(buildUser({ organisationType: "CUSTOMER" })),
      ...requestsHandlers([]),
      graphql.query(CustomerRequestsByStatusDocument, () => {
        asked = true;
        return HttpResponse.json({ data: counts([]) });
      }),
    );
    renderRoute("/requests");
    expect(await screen.findByRole("heading", { level: 1, name: "Requests" })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByLabelText(/^Loading/)).not.toBeInTheDocument());
    expect(
      screen.queryByRole("region", { name: "Your customers' requests by status" }),
    ).not.toBeInTheDocument();
    expect(asked).toBe(false);
  });
});
