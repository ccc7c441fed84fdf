import { screen, within } from "@testing-library/react";
import { AuditLogDocument, type AuditLogFilterInput, type AuditLogQuery } from "@sam/graphql-types";
import { graphql, HttpResponse } from "msw";
import { buildUser } from "@/testing/factories";
import { meHandler } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

type Entry = AuditLogQuery["auditLog"]["edges"][number]["node"];

function buildEntry(i: number, actor: string | null, overrides: Partial<Entry> = {}): Entry {
  return {
    __typename: "Event",
    id: `event-${i}`,
    type: "DETAILS_UPDATED",
    createdAt: `2026-03-0${(i % 9) + 1}T10:00:00.000Z`,
    accountId: `account-${i % 2}`,
    account: { __typename: "SmartAccount", id: `account-${i % 2}`, name: `Account ${i % 2}` },
    actor: actor ? { __typename: "EventActor", id: `user-${actor}`, email: actor } : null,
    payload: {
      __typename: "EventPayload",
      sequence: i,
      statusBefore: "ACTIVE",
      statusAfter: "ACTIVE",
      detail: `Change ${i}`,
    },
    ...overrides,
  };
}

/** The log as the server keeps it: filtered by actor, newest first, two a page. */
function auditLogHandler(entries: Entry[], asked: Array<AuditLogFilterInput | null | undefined>) {
  return graphql.query(AuditLogDocument, ({ variables }) => {
    asked.push(variables.filter);
    const actor = variables.filter?.actorEmail;
    if (actor === "nobody@example.com") {
      return HttpResponse.json({
        errors: [
          {
            message: "actorEmail must be an email address, such as name@example.com.",
            extensions: {
              code: "BAD_USER_INPUT",
              fields: [{ field: "actorEmail", message: "No such person in the log" }],
            },
          },
        ],
        data: null,
      });
    }
    const matching = entries.filter((e) => !actor || e.actor?.email === actor);
    const start = variables.after ? Number(variables.after) : 0;
    const page = matching.slice(start, start + 2);
    return HttpResponse.json({
      data: {
        auditLog: {
          __typename: "AuditLogConnection",
          totalCount: matching.length,
          totalCountIsCapped: false,
          edges: page.map((node, i) => ({
            __typename: "AuditLogEdge",
            cursor: String(start + i + 1),
            node,
          })),
          pageInfo: {
            __typename: "PageInfo",
            hasNextPage: start + 2 < matching.length,
            endCursor: page.length ? String(start + page.length) : null,
          },
        },
      },
    });
  });
}

describe("Audit Log", () => {
  it("explains to non-staff that it is for staff, and asks nothing", async () => {
    const asked: Array<AuditLogFilterInput | null | undefined> = [];
    server.use(meHandler(buildUser({ isStaff: false })), auditLogHandler([], asked));
    renderRoute("/audit-log");
    expect(await screen.findByText("For staff only")).toBeInTheDocument();
    expect(
      within(screen.getByRole("navigation", { name: "Main navigation" })).queryByRole("link", {
        name: "Audit Log",
      }),
    ).not.toBeInTheDocument();
    expect(asked).toEqual([]);
  });

  it("lists the log, pages on, filters by actor in the address and exports with the filters", async () => {
    const entries = [
      buildEntry(5, "boss@other.example", {
        type: "USER_ROLES_CHANGED",
        payload: {
          __typename: "EventPayload",
          sequence: 5,
          statusBefore: null,
          statusAfter: "ACTIVE",
          detail: "Roles changed",
        },
      }),
      buildEntry(4, "owner@acme.com"),
      buildEntry(3, null, { type: "LAPSE_REMINDER_SENT" }),
    ];
    const asked: Array<AuditLogFilterInput | null | undefined> = [];
    server.use(meHandler(buildUser({ isStaff: true })), auditLogHandler(entries, asked));
    const { user, currentLocation } = renderRoute("/audit-log");

    const nav = screen.getByRole("navigation", { name: "Main navigation" });
    expect(await within(nav).findByRole("link", { name: "Audit Log" })).toHaveAttribute(
      "href",
      "/audit-log",
    );
    const table = await screen.findByRole("table", { name: "Audit log, newest first" });
    expect(screen.getByText("3 entries")).toBeInTheDocument();
    const first = within(
      within(table).getByRole("rowheader", { name: "Roles changed" }).closest("tr")!,
    );
    expect(first.getByText("boss@other.example")).toBeInTheDocument();
    expect(first.getByRole("link", { name: "Account 1" })).toHaveAttribute(
      "href",
      "/smart-accounts/account-1",
    );
    expect(first.getByText("Active")).toBeInTheDocument();
    expect(within(table).getAllByRole("row")).toHaveLength(3);
    expect(screen.getByRole("link", { name: "Download CSV of the audit log" })).toHaveAttribute(
      "href",
      "/export/audit.csv",
    );

    await user.click(screen.getByRole("button", { name: "Load more" }));
    expect(
      await within(table).findByRole("rowheader", { name: "Lapse reminder sent" }),
    ).toBeInTheDocument();
    expect(within(table).getByText("System")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Load more" })).not.toBeInTheDocument();

    // A malformed email is caught before asking.
    await user.type(screen.getByRole("textbox", { name: "Actor email" }), "not-an-email");
    await user.click(screen.getByRole("button", { name: "Apply filters" }));
    expect(await screen.findByText("Enter an email address")).toBeInTheDocument();

    await user.clear(screen.getByRole("textbox", { name: "Actor email" }));
    await user.type(screen.getByRole("textbox", { name: "Actor email" }), "owner@acme.com");
    await user.click(screen.getByRole("button", { name: "Apply filters" }));
    expect(await screen.findByText("1 entry")).toBeInTheDocument();
    expect(currentLocation().search).toBe("?actorEmail=owner%40acme.com");
    expect(asked[asked.length - 1]).toEqual({
      actorEmail: "owner@acme.com",
      types: null,
      accountId: null,
      from: null,
      to: null,
    });
    expect(screen.getByRole("link", { name: "Download NDJSON of the audit log" })).toHaveAttribute(
      "href",
      "/export/audit.ndjson?actorEmail=owner%40acme.com",
    );
  });

  it("reads the filters from the address, days as whole UTC days, and shows the server's field errors", async () => {
    const asked: Array<AuditLogFilterInput | null | undefined> = [];
    server.use(meHandler(buildUser({ isStaff: true })), auditLogHandler([], asked));
    renderRoute("/audit-log?from=2026-03-01&to=2026-03-02&types=APPROVED,DENIED");

    expect(await screen.findByText("No entries")).toBeInTheDocument();
    expect(asked[0]).toEqual({
      actorEmail: null,
      types: ["APPROVED", "DENIED"],
      accountId: null,
      from: "2026-03-01T00:00:00.000Z",
      to: "2026-03-03T00:00:00.000Z",
    });
    expect(screen.getByRole("link", { name: "Download CSV of the audit log" })).toHaveAttribute(
      "href",
      "/export/audit.csv?types=APPROVED%2CDENIED&from=2026-03-01T00%3A00%3A00.000Z&to=2026-03-03T00%3A00%3A00.000Z",
    );
  });

  it("puts a filter the server refuses next to its field", async () => {
    const asked: Array<AuditLogFilterInput | null | undefined> = [];
    server.use(meHandler(buildUser({ isStaff: true })), auditLogHandler([], asked));
    renderRoute("/audit-log?actorEmail=nobody%40example.com");
    expect(await screen.findByText("No such person in the log")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Actor email" })).toHaveValue("nobody@example.com");
  });
});
