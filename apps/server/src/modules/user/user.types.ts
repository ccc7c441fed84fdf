import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

export const OrganisationTypeEnum = { CUSTOMER: "CUSTOMER", PARTNER: "PARTNER" } as const;

registerEnumType(OrganisationTypeEnum, {
  name: "OrganisationType",
  description: "Whether a user works for a customer or for a partner.",
  valuesConfig: {
    CUSTOMER: { description: "A company that buys and uses the software." },
    PARTNER: { description: "A company that sells to customers and requests accounts for them." },
  },
});

@ObjectType("User", { description: "A person who uses the system." })
export class UserType {
  @Field(() => ID, { description: "The user's id." })
  id: string;

  @Field({ description: "The user's email, in lower case." })
  email: string;

  @Field({ description: "The user's full name." })
  name: string;

  @Field({ description: "The company the user works for." })
  company: string;

  @Field(() => OrganisationTypeEnum, {
    description: "Whether the user works for a customer or a partner.",
  })
  organisationType: keyof typeof OrganisationTypeEnum;

  @Field({ description: "Whether the user is operator staff (a domain approver)." })
  isStaff: boolean;

  @Field({ description: "Whether the user has verified their email." })
  emailVerified: boolean;

  @Field({ description: "When the user registered." })
  createdAt: Date;
}

@ObjectType({
  description:
    "The answer to a registration: check your email. It no longer returns the user (a deliberate change): a taken address gets the same answer as a new one, so registration does not reveal who is registered.",
})
export class SignUpPayload {
  @Field({ description: "The address registered, in lower case: where to look for the email." })
  email: string;

  @Field({
    description:
      "What to do next, to show the person: the same whether or not the address was already registered.",
  })
  message: string;
}

@ObjectType({ description: "The user whose email was verified." })
export class VerifyEmailPayload {
  @Field(() => UserType, { description: "The user, now verified." })
  user: UserType;
}

@ObjectType({ description: "The signed-in user." })
export class SignInPayload {
  @Field(() => UserType, { description: "The user now signed in." })
  user: UserType;
}

@ObjectType({ description: "The answer to signing out." })
export class SignOutPayload {
  @Field({ description: "Whether a session was ended." })
  signedOut: boolean;
}

@ObjectType({ description: "The answer to a password reset request." })
export class RequestPasswordResetPayload {
  @Field({ description: "Always true: a link was sent if the email has an account." })
  accepted: boolean;
}

@ObjectType({ description: "The answer to a verification resend." })
export class ResendVerificationEmailPayload {
  @Field({ description: "Always true: a link was sent if the email has an unverified account." })
  accepted: boolean;
}

@ObjectType({ description: "The user whose password was reset." })
export class ResetPasswordPayload {
  @Field(() => UserType, { description: "The user." })
  user: UserType;
}
