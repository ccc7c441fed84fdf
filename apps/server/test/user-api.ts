import { graphql } from "./gql";
import type { SignUpInput } from "./gql/graphql";
import type { Client, TestApp } from "./harness";

export const SIGN_UP = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      email
      message
    }
  }
`);
export const VERIFY = graphql(`
  mutation Verify($token: String!) {
    verifyEmail(input: { token: $token }) {
      user {
        id
        emailVerified
      }
    }
  }
`);
export const SIGN_IN = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(input: { email: $email, password: $password }) {
      user {
        id
        email
        name
      }
    }
  }
`);
export const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut {
      signedOut
    }
  }
`);
export const ME = graphql(`
  query Me {
    me {
      id
      email
      name
      company
      organisationType
      emailVerified
      isStaff
    }
  }
`);

export const REQUEST_RESET = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(input: { email: $email }) {
      accepted
    }
  }
`);
export const RESET = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(input: { token: $token, password: $password }) {
      user {
        email
        emailVerified
      }
    }
  }
`);
export const RESEND_VERIFICATION = graphql(`
  mutation ResendVerificationEmail($email: String!) {
    resendVerificationEmail(input: { email: $email }) {
      accepted
    }
  }
`);

export const PASSWORD = "correct horse battery";

export function signUpInput(overrides: Partial<SignUpInput> = {}): SignUpInput {
  return {
    email: "ada@ccoesup.com",
    name: "Ada Lovelace",
    company: "CCO Esup, Inc.",
    organisationType: "CUSTOMER",
    password: PASSWORD,
    ...overrides,
  };
}

/** Registers, verifies from the emailed link and signs in; returns the signed-in client. */
export async function registeredUser(
  app: TestApp,
  overrides: Partial<SignUpInput> = {},
): Promise<Client> {
  const input = signUpInput(overrides);
  const client = app.client();
  const signUp = await client.gql(SIGN_UP, { input });
  if (signUp.errors) throw new Error(JSON.stringify(signUp.errors));
  const email = input.email.toLowerCase();
  const token = await app.linkFrom(email, "/verify-email");
  const verified = await client.gql(VERIFY, { token });
  if (verified.errors) throw new Error(JSON.stringify(verified.errors));
  const signIn = await client.gql(SIGN_IN, { email, password: input.password });
  if (signIn.errors) throw new Error(JSON.stringify(signIn.errors));
  return client;
}
