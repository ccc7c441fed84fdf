import { graphql } from "@sam/graphql-types";

export const signUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      email
      message
    }
  }
`);
