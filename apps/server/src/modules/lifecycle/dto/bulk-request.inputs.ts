import {
  ArrayMaxSize,
  IsBoolean,
  IsOptional,
  MaxLength,
  validate,
  ValidateNested,
} from "class-validator";
import { Field, InputType } from "type-graphql";
import type { FieldError } from "../../../common/errors";
import { validationFields } from "../../../graphql/errors";
import { RequestSmartAccountForCustomerInput } from "../../smart-account/dto/smart-account.inputs";
import type { BulkRowData } from "../bulk-request-row.entity";
import { MAX_BULK_ROWS } from "../bulk-request.service";

// A bulk row's own fields are bounded only so that the request stays small: each row is then
// checked by the single request's validators (rowValidator), so a bad row is that row's error
// and not a refusal of the whole file.

@InputType({
  description:
    "One customer's account request in a bulk request: the columns of the CSV template. Each row is checked as `requestSmartAccountForCustomer` checks its input.",
})
export class BulkRequestRowInput {
  @Field(() => String, {
    nullable: true,
    description: "The account name (1 to 200 characters; a row without one is in error).",
  })
  @IsOptional()
  @MaxLength(1000, { message: "The account name is far too long." })
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The account domain identifier; by default the host of the first customer email. Never the partner's own domain.",
  })
  @IsOptional()
  @MaxLength(1000, { message: "The identifier is far too long." })
  domainIdentifier?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: "The customer emails that may approve (1 to 10).",
  })
  @IsOptional()
  @ArrayMaxSize(100, { message: "Give at most 10 customer emails." })
  @MaxLength(1000, { each: true, message: "An email is far too long." })
  customerEmails?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Emails of users to add once the account is active (USER nominations).",
  })
  @IsOptional()
  @ArrayMaxSize(100, { message: "Give at most 50 user emails." })
  @MaxLength(1000, { each: true, message: "An email is far too long." })
  userEmails?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Contact phone for the domain review (international form): needed when the identifier needs review.",
  })
  @IsOptional()
  @MaxLength(100, { message: "The phone number is far too long." })
  contactPhone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A note to the customers, sent with the approval request (up to 2000 characters).",
  })
  @IsOptional()
  @MaxLength(5000, { message: "The notes are far too long." })
  notes?: string | null;
}

@InputType({
  description:
    "A partner's account requests for up to 500 customers: the rows, or the text of a CSV file with the template's header line (exactly one of them).",
})
export class BulkRequestInput {
  @Field(() => [BulkRequestRowInput], {
    nullable: true,
    description: `The rows (1 to ${MAX_BULK_ROWS}).`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_BULK_ROWS, {
    message: `Send at most ${MAX_BULK_ROWS} rows at once; split the file.`,
  })
  @ValidateNested()
  rows?: BulkRequestRowInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: `The text of a CSV file: a header line naming the columns (account name, identifier, customer emails, user emails, contact phone, notes; emails within a cell separated by spaces, commas or semicolons), then 1 to ${MAX_BULK_ROWS} rows.`,
  })
  @IsOptional()
  @MaxLength(100_000, { message: "The file is too large; split it." })
  csv?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Request the rows that meet accounts already on their domain too (without it, those rows end in CONFLICT, as a single request does).",
  })
  @IsOptional()
  @IsBoolean()
  acknowledgeExistingAccounts?: boolean | null;
}

/** What the single request's input calls a bulk row's field. */
const ROW_FIELD: Record<string, string> = { noteToCustomers: "notes" };

/**
 * A bulk row through `requestSmartAccountForCustomer`'s own input class and validators, with the
 * fields named as the row names them.
 */
export async function validateBulkRow(row: BulkRowData): Promise<FieldError[]> {
  const input = Object.assign(new RequestSmartAccountForCustomerInput(), {
    name: row.name,
    customerEmails: row.customerEmails,
    domainIdentifier: row.domainIdentifier,
    contactPhone: row.contactPhone,
    noteToCustomers: row.notes,
    userEmails: row.userEmails,
  });
  const errors = await validate(input, {
    forbidUnknownValues: true,
    skipMissingProperties: true,
    stopAtFirstError: false,
  });
  return validationFields(errors).map((f) => ({
    field: ROW_FIELD[f.field] ?? f.field,
    message: f.message,
  }));
}
