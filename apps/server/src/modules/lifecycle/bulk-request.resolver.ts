import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { requireAuth } from "../../graphql/auth-checker";
import type { Context } from "../../graphql/context";
import { isErrorKind, publicCode } from "../../graphql/errors";
import type { BulkRequestJobEntity } from "./bulk-request-job.entity";
import type { BulkRowData } from "./bulk-request-row.entity";
import type { BulkRequests, JobCounts } from "./bulk-request.service";
import {
  BulkRequestJobType,
  BulkRequestPreview,
  BulkRequestRowResult,
  RequestSmartAccountsInBulkPayload,
} from "./bulk-request.types";
import { BulkRequestInput } from "./dto/bulk-request.inputs";

function jobOf(job: BulkRequestJobEntity, counts: JobCounts | undefined): BulkRequestJobType {
  return {
    id: job.id,
    status: job.status,
    totalRows: job.totalRows,
    processedRows: job.processedRows,
    createdCount: counts?.created ?? 0,
    alreadyRequestedCount: counts?.alreadyRequested ?? 0,
    failedCount: counts?.failed ?? 0,
    acknowledgeExistingAccounts: job.acknowledgeExistingAccounts,
    waitingReason: job.waitingReason,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}

/** A partner's requests for many customers: the preview, the submission and the job. */
@Resolver(() => BulkRequestJobType)
export class BulkRequestResolver {
  constructor(private readonly bulk: BulkRequests) {}

  @Authorized("VERIFIED")
  @Query(() => BulkRequestPreview, {
    description:
      "Checks each row of a bulk request as `requestSmartAccountForCustomer` would check it, and creates nothing. Partners only (FORBIDDEN otherwise); at most 60 previews an hour.",
  })
  async bulkRequestPreview(
    @Arg("input", { description: "The rows or the CSV text." }) input: BulkRequestInput,
    @Ctx() ctx: Context,
  ): Promise<BulkRequestPreview> {
    const rows = await this.bulk.preview(
      requireAuth(ctx).user,
      { rows: input.rows, csv: input.csv },
      input.acknowledgeExistingAccounts === true,
    );
    const count = (state: string) => rows.filter((r) => r.state === state).length;
    return {
      rows: rows.map((r) => ({
        ...r,
        existingAccounts: r.existingAccounts.map(({ account, ...what }) => ({
          id: account.id,
          name: account.name,
          domainIdentifier: account.domainIdentifier,
          status: account.status,
          visibility: account.visibility,
          ...what,
        })),
      })),
      readyCount: count("READY"),
      meetsExistingCount: count("MEETS_EXISTING_ACCOUNTS"),
      alreadyRequestedCount: count("ALREADY_REQUESTED"),
      errorCount: count("ERROR") + count("REPEATS_ROW"),
    };
  }

  @Authorized("VERIFIED")
  @Mutation(() => RequestSmartAccountsInBulkPayload, {
    description:
      "A partner requests accounts for up to 500 customers at once. The rows are kept as a background job, which requests them one by one as `requestSmartAccountForCustomer` (each row counted by your request limits: past them the job waits and goes on by itself); follow it with `bulkRequestJob`. A row whose identifier you already requested is not requested again, so sending the same file twice creates no account twice.",
  })
  async requestSmartAccountsInBulk(
    @Arg("input", { description: "The rows or the CSV text." }) input: BulkRequestInput,
    @Ctx() ctx: Context,
  ): Promise<RequestSmartAccountsInBulkPayload> {
    const job = await this.bulk.submit(
      requireAuth(ctx).user,
      { rows: input.rows, csv: input.csv },
      input.acknowledgeExistingAccounts === true,
      ctx.client,
    );
    return { job: jobOf(job, undefined) };
  }

  @Authorized()
  @Query(() => BulkRequestJobType, {
    description:
      "A bulk request's job, its progress and its rows' results: for the partner who sent it and for staff (NOT_FOUND for anyone else).",
  })
  async bulkRequestJob(
    @Arg("id", () => ID, { description: "The job's id." }) id: string,
    @Ctx() ctx: Context,
  ): Promise<BulkRequestJobType> {
    const job = await this.bulk.job(requireAuth(ctx).user, id);
    const counts = await this.bulk.counts([job.id]);
    return jobOf(job, counts.get(job.id));
  }

  @FieldResolver(() => [BulkRequestRowResult], {
    description: "Every row's result so far, in file order (at most 500).",
  })
  async rows(@Root() job: BulkRequestJobType): Promise<BulkRequestRowResult[]> {
    const rows = await this.bulk.rows(job.id);
    return rows.map((row) => {
      const data = JSON.parse(row.input) as BulkRowData;
      return {
        rowNumber: row.rowNumber,
        name: data.name,
        domainIdentifier: data.domainIdentifier,
        customerEmails: data.customerEmails,
        state: row.state,
        errorCode:
          row.errorKind === null
            ? null
            : isErrorKind(row.errorKind)
              ? publicCode(row.errorKind)
              : "INTERNAL_SERVER_ERROR",
        field: row.errorField,
        message: row.message,
        smartAccountId: row.smartAccountId,
      };
    });
  }
}
