import { screen } from "@testing-library/react";
import {
  ResendVerificationEmailDocument,
  VerifyEmailDocument,
  type ResendVerificationEmailMutationVariables,
} from "@sam/graphql-types";
import { graphql, HttpResponse } from "msw";
import { graphQLError } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

describe("Verify email", () => {
  it("verifies the address from the link's token, once", async () => {
    const tokens: string[] = [];
    server.use(
      graphql.mutation(VerifyEmailDocument, ({ variables }) => {
        tokens.push(variables.input.token);
        return HttpResponse.json({
          data: {
            verifyEmail: {
              __typename: "VerifyEmailPayload",
              user: {
                __typename: "User",
                id: "user-1",
                email: "ada@example.com",
                emailVerified: true,
              },
            },
          },
        });
      }),
    );

    renderRoute("/verify-email?token=abc123");

    expect(await screen.findByRole("heading", { name: "Email verified" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("ada@example.com is verified.");
    expect(screen.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/sign-in");
    expect(tokens).toEqual(["abc123"]);
  });

  it("says an invalid or expired link is so, and sends a new one on request", async () => {
    let resent: ResendVerificationEmailMutationVariables | undefined;
    server.use(
      graphql.mutation(VerifyEmailDocument, () =>
        graphQLError("BAD_USER_INPUT", "Invalid token", [
          { field: "token", message: "The link is invalid or has expired" },
        ]),
      ),
      graphql.mutation(ResendVerificationEmailDocument, ({ variables }) => {
        resent = variables;
        return HttpResponse.json({
          data: {
            resendVerificationEmail: {
              __typename: "ResendVerificationEmailPayload",
              accepted: true,
            },
          },
        });
      }),
    );
    const { user } = renderRoute("/verify-email?token=expired");

    expect(await screen.findByText("This link is invalid or has expired")).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Email verified" })).not.toBeInTheDocument();

    await user.type(screen.getByRole("textbox", { name: "Email" }), "ada@example.com");
    await user.click(screen.getByRole("button", { name: "Send a new link" }));

    expect(await screen.findByRole("status")).toHaveTextContent(
      "If ada@example.com has an account that is not verified yet",
    );
    expect(resent).toEqual({ input: { email: "ada@example.com" } });
  });

  it("treats a link without a token as invalid without asking the server", async () => {
    renderRoute("/verify-email");

    expect(await screen.findByText("This link is invalid or has expired")).toBeInTheDocument();
  });
});
