import { graphql } from "@sam/graphql-types";

export const verifyEmailMutation = graphql(`
  mutation VerifyEmail($input: VerifyEmailInput!) {
    verifyEmail(input: $input) {
      user {
        id
        email
        emailVerified
      }
    }
  }
`);

export const resendVerificationEmailMutation = graphql(`
  mutation ResendVerificationEmail($input: ResendVerificationEmailInput!) {
    resendVerificationEmail(input: $input) {
      accepted
    }
  }
`);
