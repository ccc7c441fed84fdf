import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsISO31661Alpha2,
  IsOptional,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from "class-validator";
import { HasNoLink, IsDeliverableEmail } from "../../../common/validators";
import { Field, ID, InputType } from "type-graphql";
import {
  AccountAuthorizationEnum,
  AccountVisibilityEnum,
  IdentifierChoiceEnum,
} from "../smart-account.types";

@InputType({ description: "A company's name and headquarters address: all of it." })
export class CompanyInput {
  @Field({ description: "Company or organisation name (1 to 200 characters)." })
  @Length(1, 200, { message: "Enter the company name (1 to 200 characters)." })
  @HasNoLink()
  name: string;
  @Field({ description: "ISO 3166-1 alpha-2 country code, such as US." })
  @IsISO31661Alpha2({ message: "Choose a country (ISO code such as US)." })
  country: string;
  @Field({ description: "Street address (1 to 300 characters)." })
  @Length(1, 300, { message: "Enter the address." })
  addressLine: string;
  @Field({ description: "City (1 to 100 characters)." })
  @Length(1, 100, { message: "Enter the city." })
  city: string;
  @Field({ description: "State, province or region; NA where none applies." })
  @Length(1, 100, { message: "Enter the state, province or region, or NA." })
  region: string;
  @Field({ description: "Postal code; NA where none applies." })
  @Length(1, 20, { message: "Enter the postal code, or NA." })
  postalCode: string;
}

@InputType({ description: "Request a Smart Account for your own company (CSC)." })
export class RequestSmartAccountInput {
  @Field(() => AccountAuthorizationEnum, { description: "Who authorizes the account." })
  @IsIn(Object.values(AccountAuthorizationEnum))
  authorization: keyof typeof AccountAuthorizationEnum;

  @Field({ description: "The account name (1 to 200 characters)." })
  @Length(1, 200, { message: "Enter an account name of 1 to 200 characters." })
  @HasNoLink()
  name: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The account domain identifier; by default the full host of the (first) approver's email.",
  })
  @IsOptional()
  @MaxLength(253, { message: "The identifier is too long." })
  domainIdentifier?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Contact phone for the domain review (international form).",
  })
  @IsOptional()
  @MaxLength(32, { message: "The phone number is too long." })
  contactPhone?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: "Someone else will authorize: the approvers' emails (1 to 10).",
  })
  @IsOptional()
  @ArrayMaxSize(10, { message: "Give at most 10 approver emails." })
  @IsDeliverableEmail()
  approverEmails?: string[] | null;

  @Field(() => String, { nullable: true, description: "A message to the approvers." })
  @IsOptional()
  @MaxLength(2000, { message: "The message is at most 2000 characters." })
  message?: string | null;

  @Field(() => CompanyInput, {
    nullable: true,
    description: "Company name and address: required with your own authority, optional otherwise.",
  })
  @IsOptional()
  @ValidateNested()
  company?: CompanyInput | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "You accept the approver's terms (required with your own authority).",
  })
  @IsOptional()
  @IsBoolean()
  acceptTerms?: boolean | null;

  @Field(() => [String], {
    nullable: true,
    description: "Emails to nominate for administrative access.",
  })
  @IsOptional()
  @ArrayMaxSize(20, { message: "Give at most 20 administrator emails." })
  @IsDeliverableEmail()
  administratorEmails?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: '"I request access for myself": nominates you as administrator.',
  })
  @IsOptional()
  @IsBoolean()
  requestAccessForMyself?: boolean | null;

  @Field(() => AccountVisibilityEnum, {
    nullable: true,
    description: "Who finds it in search; UNRESTRICTED by default.",
  })
  @IsOptional()
  @IsIn(Object.values(AccountVisibilityEnum))
  visibility?: keyof typeof AccountVisibilityEnum | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Go on although accounts exist on the identifier's top-level domain (without it, that is a CONFLICT listing them).",
  })
  @IsOptional()
  @IsBoolean()
  acknowledgeExistingAccounts?: boolean | null;
}

@InputType({ description: "A partner requests a Smart Account for a customer (CLC)." })
export class RequestSmartAccountForCustomerInput {
  @Field({ description: "The account name (1 to 200 characters)." })
  @Length(1, 200, { message: "Enter an account name of 1 to 200 characters." })
  @HasNoLink()
  name: string;

  @Field(() => [String], { description: "The customer emails that may approve (1 to 10)." })
  @ArrayMaxSize(10, { message: "Give at most 10 customer emails." })
  @IsDeliverableEmail()
  customerEmails: string[];

  @Field(() => String, {
    nullable: true,
    description:
      "The identifier; by default the host of the first customer email. Never the partner's own domain.",
  })
  @IsOptional()
  @MaxLength(253, { message: "The identifier is too long." })
  domainIdentifier?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Contact phone for the domain review (international form).",
  })
  @IsOptional()
  @MaxLength(32, { message: "The phone number is too long." })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: "A note to the domain approver." })
  @IsOptional()
  @MaxLength(2000)
  noteToDomainApprover?: string | null;

  @Field(() => String, { nullable: true, description: "A note to the customers." })
  @IsOptional()
  @MaxLength(2000)
  noteToCustomers?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: "Emails of users to add (USER nominations).",
  })
  @IsOptional()
  @ArrayMaxSize(50, { message: "Give at most 50 user emails." })
  @IsDeliverableEmail()
  userEmails?: string[] | null;

  @Field(() => String, { nullable: true, description: "A note to the users added." })
  @IsOptional()
  @MaxLength(2000)
  noteToUsers?: string | null;

  @Field(() => AccountVisibilityEnum, {
    nullable: true,
    description: "Who finds it in search; UNRESTRICTED by default.",
  })
  @IsOptional()
  @IsIn(Object.values(AccountVisibilityEnum))
  visibility?: keyof typeof AccountVisibilityEnum | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Go on although accounts exist on the top-level domain.",
  })
  @IsOptional()
  @IsBoolean()
  acknowledgeExistingAccounts?: boolean | null;
}

@InputType({ description: "Act on one Smart Account." })
export class SmartAccountRefInput {
  @Field(() => ID, { description: "The account." })
  @IsUUID("all", { message: "Not a Smart Account id." })
  smartAccountId: string;
}

@InputType({ description: "Approve and create the account." })
export class ApproveSmartAccountInput {
  @Field(() => ID, { description: "The account." })
  @IsUUID("all", { message: "Not a Smart Account id." })
  smartAccountId: string;

  @Field({ description: "You accept the approver's terms (required)." })
  @IsBoolean()
  acceptTerms: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The confirmed account name; the requested one if none.",
  })
  @IsOptional()
  @Length(1, 200, { message: "Enter an account name of 1 to 200 characters." })
  @HasNoLink()
  name?: string | null;

  @Field(() => IdentifierChoiceEnum, {
    nullable: true,
    description: "Which identifier to keep; REQUESTED if none.",
  })
  @IsOptional()
  @IsIn(Object.values(IdentifierChoiceEnum))
  identifierChoice?: keyof typeof IdentifierChoiceEnum | null;

  @Field(() => CompanyInput, {
    nullable: true,
    description: "The company address, where it is missing or to correct.",
  })
  @IsOptional()
  @ValidateNested()
  company?: CompanyInput | null;
}

@InputType({ description: "Deny the request." })
export class DenySmartAccountInput {
  @Field(() => ID, { description: "The account." })
  @IsUUID("all", { message: "Not a Smart Account id." })
  smartAccountId: string;

  @Field({ description: "Why (required, up to 2000 characters)." })
  @Length(1, 2000, { message: "Give the reason for denying." })
  reason: string;
}

@InputType({ description: "Forward the request to another approver." })
export class ForwardSmartAccountInput {
  @Field(() => ID, { description: "The account." })
  @IsUUID("all", { message: "Not a Smart Account id." })
  smartAccountId: string;

  @Field({ description: "Who should approve instead of you." })
  @IsDeliverableEmail()
  email: string;

  @Field(() => String, { nullable: true, description: "A message to them." })
  @IsOptional()
  @MaxLength(2000)
  message?: string | null;
}

@InputType({ description: "Give the company address of an approved account." })
export class ProvideCompanyAddressInput {
  @Field(() => ID, { description: "The account." })
  @IsUUID("all", { message: "Not a Smart Account id." })
  smartAccountId: string;

  @Field(() => CompanyInput, { description: "The company name and address." })
  @ValidateNested()
  company: CompanyInput;
}

@InputType({ description: "Submit another identifier after a rejection." })
export class ResubmitDomainInput {
  @Field(() => ID, { description: "The account." })
  @IsUUID("all", { message: "Not a Smart Account id." })
  smartAccountId: string;

  @Field({ description: "The new identifier." })
  @Length(1, 253, { message: "Enter a domain." })
  domainIdentifier: string;

  @Field({ description: "Contact phone for the review (international form)." })
  @Length(1, 32, { message: "Enter a contact phone number." })
  contactPhone: string;
}
