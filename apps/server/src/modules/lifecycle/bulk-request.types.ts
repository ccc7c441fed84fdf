import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { enumOf } from "../../common/enum-of";
import { ExistingAccount } from "../smart-account/smart-account.types";

export const BulkRequestJobStatusEnum = enumOf(["QUEUED", "RUNNING", "DONE"] as const);
registerEnumType(BulkRequestJobStatusEnum, {
  name: "BulkRequestJobStatus",
  description: "Where a bulk request's background job stands.",
  valuesConfig: {
    QUEUED: { description: "Kept, waiting for a server process to start on it." },
    RUNNING: {
      description:
        "Rows are being requested one by one (or the job waits for your request limit: see waitingReason).",
    },
    DONE: { description: "Every row has its result." },
  },
});

export const BulkRequestRowStateEnum = enumOf([
  "PENDING",
  "CREATED",
  "ALREADY_REQUESTED",
  "FAILED",
] as const);
registerEnumType(BulkRequestRowStateEnum, {
  name: "BulkRequestRowState",
  description: "What became of one row of a bulk request.",
  valuesConfig: {
    PENDING: { description: "Not requested yet." },
    CREATED: {
      description: "Requested: a new account, as `requestSmartAccountForCustomer` makes.",
    },
    ALREADY_REQUESTED: {
      description:
        "You had already requested an account with this identifier (the same file sent again): no new account.",
    },
    FAILED: { description: "Refused: errorCode, field and message say why. Nothing was created." },
  },
});

export const BulkPreviewRowStateEnum = enumOf([
  "READY",
  "MEETS_EXISTING_ACCOUNTS",
  "ALREADY_REQUESTED",
  "REPEATS_ROW",
  "ERROR",
] as const);
registerEnumType(BulkPreviewRowStateEnum, {
  name: "BulkPreviewRowState",
  description: "What submitting a row would do, as its single request would be checked now.",
  valuesConfig: {
    READY: { description: "It would be requested." },
    MEETS_EXISTING_ACCOUNTS: {
      description:
        "Accounts exist on its top-level domain (listed): requested only with acknowledgeExistingAccounts, else a CONFLICT.",
    },
    ALREADY_REQUESTED: {
      description: "You already requested an account with this identifier: no new account.",
    },
    REPEATS_ROW: {
      description: "An earlier row (repeatsRow) asks for the same identifier: this one would fail.",
    },
    ERROR: { description: "It would be refused: errors name the field and why." },
  },
});

@ObjectType({ description: "Why one field of a bulk row is refused." })
export class BulkRowFieldError {
  @Field({
    description:
      "The row's field (name, domainIdentifier, customerEmails, userEmails, contactPhone, notes), or row for the row as a whole.",
  })
  field: string;
  @Field({ description: "What is wrong, in words for the person who fixes the file." })
  message: string;
}

@ObjectType({ description: "One row of a bulk request, checked before anything is created." })
export class BulkRequestPreviewRow {
  @Field(() => Int, { description: "Its place in the file, from 1 (the header line not counted)." })
  rowNumber: number;
  @Field({ description: "The account name, as given." })
  name: string;
  @Field(() => String, {
    nullable: true,
    description:
      "The identifier the request would use: as given, or the first customer email's host; null when none can be made out.",
  })
  identifier: string | null;
  @Field(() => [String], { description: "The customer emails, as given." })
  customerEmails: string[];
  @Field(() => [String], { description: "The user emails, as given." })
  userEmails: string[];
  @Field(() => String, { nullable: true, description: "The contact phone, as given." })
  contactPhone: string | null;
  @Field(() => String, { nullable: true, description: "The notes to the customers, as given." })
  notes: string | null;
  @Field(() => BulkPreviewRowStateEnum, { description: "What submitting it would do." })
  state: string;
  @Field(() => [BulkRowFieldError], {
    description: "Why it would be refused (empty unless ERROR or REPEATS_ROW).",
  })
  errors: BulkRowFieldError[];
  @Field(() => Int, {
    nullable: true,
    description: "The earlier row asking for the same identifier (REPEATS_ROW).",
  })
  repeatsRow: number | null;
  @Field(() => [ExistingAccount], {
    description:
      "The accounts already on its top-level domain, as you may see them (MEETS_EXISTING_ACCOUNTS), with what may be done with each.",
  })
  existingAccounts: ExistingAccount[];
  @Field(() => ID, {
    nullable: true,
    description: "Your account that already holds the identifier (ALREADY_REQUESTED).",
  })
  smartAccountId: string | null;
}

@ObjectType({ description: "A bulk request checked row by row; nothing was created." })
export class BulkRequestPreview {
  @Field(() => [BulkRequestPreviewRow], { description: "Every row, in file order." })
  rows: BulkRequestPreviewRow[];
  @Field(() => Int, { description: "Rows that would be requested (READY)." })
  readyCount: number;
  @Field(() => Int, { description: "Rows meeting accounts on their domain." })
  meetsExistingCount: number;
  @Field(() => Int, { description: "Rows you already requested." })
  alreadyRequestedCount: number;
  @Field(() => Int, { description: "Rows that would be refused (ERROR or REPEATS_ROW)." })
  errorCount: number;
}

@ObjectType({ description: "The result of one row of a bulk request." })
export class BulkRequestRowResult {
  @Field(() => Int, { description: "Its place in the file, from 1." })
  rowNumber: number;
  @Field({ description: "The account name, as given." })
  name: string;
  @Field(() => String, {
    nullable: true,
    description: "The identifier, as given (null: the default).",
  })
  domainIdentifier: string | null;
  @Field(() => [String], { description: "The customer emails, as given." })
  customerEmails: string[];
  @Field(() => BulkRequestRowStateEnum, { description: "What became of it." })
  state: string;
  @Field(() => String, {
    nullable: true,
    description:
      "Why it FAILED, as the single request's extensions.code (BAD_USER_INPUT, CONFLICT, FORBIDDEN, …).",
  })
  errorCode: string | null;
  @Field(() => String, { nullable: true, description: "The field the failure names, if one." })
  field: string | null;
  @Field(() => String, { nullable: true, description: "Why it FAILED, in words." })
  message: string | null;
  @Field(() => ID, {
    nullable: true,
    description: "The account created (CREATED) or yours that already held it (ALREADY_REQUESTED).",
  })
  smartAccountId: string | null;
}

@ObjectType("BulkRequestJob", {
  description:
    "A submitted bulk request: a background job kept in the database that requests its rows one by one. Readable by the partner who sent it and by staff.",
})
export class BulkRequestJobType {
  @Field(() => ID, { description: "The job's id." })
  id: string;
  @Field(() => BulkRequestJobStatusEnum, { description: "Where it stands." })
  status: string;
  @Field(() => Int, { description: "Rows in the file." })
  totalRows: number;
  @Field(() => Int, {
    description: "Rows with a result so far (progress: processedRows of totalRows).",
  })
  processedRows: number;
  @Field(() => Int, { description: "Rows requested as new accounts." })
  createdCount: number;
  @Field(() => Int, { description: "Rows you had already requested (no new account)." })
  alreadyRequestedCount: number;
  @Field(() => Int, { description: "Rows refused." })
  failedCount: number;
  @Field({ description: "Whether rows meeting accounts on their domain are requested anyway." })
  acknowledgeExistingAccounts: boolean;
  @Field(() => String, {
    nullable: true,
    description:
      "Why the job is waiting, while it is (your request limit: it goes on by itself when the limit allows).",
  })
  waitingReason: string | null;
  @Field({ description: "When it was submitted." })
  createdAt: Date;
  @Field(() => Date, { nullable: true, description: "When every row had its result." })
  finishedAt: Date | null;
}

@ObjectType({ description: "The bulk request, kept and queued." })
export class RequestSmartAccountsInBulkPayload {
  @Field(() => BulkRequestJobType, {
    description: "The job: follow it with `bulkRequestJob(id)` until DONE.",
  })
  job: BulkRequestJobType;
}
