import { screen, within } from "@testing-library/react";
import {
  BulkRequestJobDocument,
  BulkRequestPreviewDocument,
  RequestSmartAccountsInBulkDocument,
  type BulkRequestJobQuery,
  type BulkRequestPreviewQuery,
} from "@sam/graphql-types";
import { graphql, HttpResponse } from "msw";
import { buildUser } from "@/testing/factories";
import { graphQLError, meHandler } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

const CSV = "account name,identifier,customer emails\nAcme,acme.example,buyer@acme.example\n";

const preview: BulkRequestPreviewQuery["bulkRequestPreview"] = {
  __typename: "BulkRequestPreview",
  readyCount: 1,
  meetsExistingCount: 0,
  alreadyRequestedCount: 0,
  errorCount: 1,
  rows: [
    {
      __typename: "BulkRequestPreviewRow",
      rowNumber: 1,
      name: "Acme",
      identifier: "acme.example",
      customerEmails: ["buyer@acme.example"],
      state: "READY",
      repeatsRow: null,
      errors: [],
      existingAccounts: [],
    },
    {
      __typename: "BulkRequestPreviewRow",
      rowNumber: 2,
      name: "Acme again",
      identifier: "acme.example",
      customerEmails: ["other@acme.example"],
      state: "REPEATS_ROW",
      repeatsRow: 1,
      errors: [
        {
          __typename: "BulkRowFieldError",
          field: "domainIdentifier",
          message: "Row 1 already asks for acme.example.",
        },
      ],
      existingAccounts: [],
    },
  ],
};

const doneJob: NonNullable<BulkRequestJobQuery["bulkRequestJob"]> = {
  __typename: "BulkRequestJob",
  id: "job-1",
  status: "DONE",
  totalRows: 2,
  processedRows: 2,
  createdCount: 1,
  alreadyRequestedCount: 0,
  failedCount: 1,
  waitingReason: null,
  createdAt: "2026-02-01T12:00:00.000Z",
  finishedAt: "2026-02-01T12:00:05.000Z",
  rows: [
    {
      __typename: "BulkRequestRowResult",
      rowNumber: 1,
      name: "Acme",
      domainIdentifier: "acme.example",
      customerEmails: ["buyer@acme.example"],
      state: "CREATED",
      errorCode: null,
      field: null,
      message: null,
      smartAccountId: "account-1",
    },
    {
      __typename: "BulkRequestRowResult",
      rowNumber: 2,
      name: "Acme again",
      domainIdentifier: "acme.example",
      customerEmails: ["other@acme.example"],
      state: "FAILED",
      errorCode: "CONFLICT",
      field: "domainIdentifier",
      message: "Row 1 already asks for acme.example.",
      smartAccountId: null,
    },
  ],
};

describe("Request for many customers", () => {
  it("tells a customer that it is for partners", async () => {
    server.use(meHandler(buildUser({ organisationType: "CUSTOMER" })));
    renderRoute("/directory/request/bulk");
    expect(await screen.findByText("For partners only")).toBeInTheDocument();
    expect(screen.queryByLabelText("CSV file")).not.toBeInTheDocument();
  });

  it("previews the file's rows, sends the file itself, and follows the job to its results", async () => {
    const sent: unknown[] = [];
    server.use(
      meHandler(buildUser({ organisationType: "PARTNER" })),
      graphql.query(BulkRequestPreviewDocument, ({ variables }) => {
        sent.push(variables.input);
        return HttpResponse.json({ data: { bulkRequestPreview: preview } });
      }),
      graphql.mutation(RequestSmartAccountsInBulkDocument, ({ variables }) => {
        sent.push(variables.input);
        return HttpResponse.json({
          data: {
            requestSmartAccountsInBulk: {
              __typename: "RequestSmartAccountsInBulkPayload",
              job: { __typename: "BulkRequestJob", id: "job-1", status: "QUEUED" },
            },
          },
        });
      }),
      graphql.query(BulkRequestJobDocument, () =>
        HttpResponse.json({ data: { bulkRequestJob: doneJob } }),
      ),
    );
    const { user } = renderRoute("/directory/request/bulk");
    const file = new File([CSV], "customers.csv", { type: "text/csv" });
    // jsdom's File cannot read itself as browsers' can.
    Object.defineProperty(file, "text", { value: () => Promise.resolve(CSV) });
    await user.upload(await screen.findByLabelText("CSV file"), file);

    const table = await screen.findByRole("table", {
      name: "Rows of the file, as they would be requested",
    });
    const repeated = within(table).getByRole("row", { name: /Acme again/ });
    expect(within(repeated).getByText("Repeats a row")).toBeInTheDocument();
    expect(repeated).toHaveTextContent("Repeats row 1.");
    expect(
      screen.getByText("1 ready, 0 meeting existing accounts, 0 already requested, 1 in error."),
    ).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Create 1 account" }));
    expect(await screen.findByRole("heading", { name: "Done" })).toBeInTheDocument();
    expect(sent).toEqual([
      { csv: CSV, acknowledgeExistingAccounts: false },
      { csv: CSV, acknowledgeExistingAccounts: false },
    ]);
    const results = screen.getByRole("table", { name: "Result of each row" });
    expect(
      within(within(results).getByRole("row", { name: /Acme again/ })).getByText("Failed"),
    ).toBeInTheDocument();
    expect(within(results).getByRole("link", { name: "Open the account" })).toHaveAttribute(
      "href",
      "/smart-accounts/account-1",
    );
  });

  it("says so when the job is not the viewer's", async () => {
    server.use(
      meHandler(buildUser({ organisationType: "PARTNER" })),
      graphql.query(BulkRequestJobDocument, () =>
        graphQLError("NOT_FOUND", "No such bulk request."),
      ),
    );
    renderRoute("/directory/request/bulk/someone-elses");
    expect(await screen.findByText("No such bulk request")).toBeInTheDocument();
  });
});
