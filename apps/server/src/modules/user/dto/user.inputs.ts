import { IsEmail, IsIn, IsString, Length, MaxLength, MinLength } from "class-validator";
import { HasNoLink, IsDeliverableEmail } from "../../../common/validators";
import { Field, InputType } from "type-graphql";
import { OrganisationTypeEnum } from "../user.types";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
const EMAIL_MESSAGE = "Enter a valid email address.";
const PASSWORD_MESSAGE = `The password must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters long.`;

@InputType({ description: "Register a user." })
export class SignUpInput {
  @Field({
    description:
      "The user's email; it must be verified before it can be used for anything tied to the address.",
  })
  @IsDeliverableEmail()
  email: string;

  @Field({ description: "The user's full name (1 to 200 characters)." })
  @IsString()
  @Length(1, 200, { message: "Enter a name of 1 to 200 characters." })
  @HasNoLink()
  name: string;

  @Field({ description: "The company the user works for (1 to 200 characters)." })
  @IsString()
  @Length(1, 200, { message: "Enter a company of 1 to 200 characters." })
  @HasNoLink()
  company: string;

  @Field(() => OrganisationTypeEnum, {
    description: "Whether the user works for a customer or a partner.",
  })
  @IsIn(Object.values(OrganisationTypeEnum))
  organisationType: keyof typeof OrganisationTypeEnum;

  @Field({ description: `The password (${PASSWORD_MIN} to ${PASSWORD_MAX} characters).` })
  @MinLength(PASSWORD_MIN, { message: PASSWORD_MESSAGE })
  @MaxLength(PASSWORD_MAX, { message: PASSWORD_MESSAGE })
  password: string;
}

@InputType({ description: "Verify an email address." })
export class VerifyEmailInput {
  @Field({ description: "The token from the verification email." })
  @Length(1, 200, { message: "The link is incomplete." })
  token: string;
}

@InputType({ description: "Ask for the verification email again." })
export class ResendVerificationEmailInput {
  @Field({ description: "The email to verify." })
  @IsDeliverableEmail()
  email: string;
}

@InputType({ description: "Sign in." })
export class SignInInput {
  // Only the shape: nothing is sent to this address, and an account registered before addresses
  // had to be deliverable can still sign in.
  @Field({ description: "The account's email." })
  @IsEmail({}, { message: EMAIL_MESSAGE })
  @MaxLength(254)
  email: string;

  @Field({ description: "The account's password." })
  @Length(1, PASSWORD_MAX, { message: "Enter your password." })
  password: string;
}

@InputType({ description: "Ask for a password reset." })
export class RequestPasswordResetInput {
  @Field({ description: "The account's email." })
  @IsDeliverableEmail()
  email: string;
}

@InputType({ description: "Set a new password." })
export class ResetPasswordInput {
  @Field({ description: "The token from the reset email." })
  @Length(1, 200, { message: "The link is incomplete." })
  token: string;

  @Field({ description: `The new password (${PASSWORD_MIN} to ${PASSWORD_MAX} characters).` })
  @MinLength(PASSWORD_MIN, { message: PASSWORD_MESSAGE })
  @MaxLength(PASSWORD_MAX, { message: PASSWORD_MESSAGE })
  password: string;
}
