import { screen, waitFor } from "@testing-library/react";
import {
  RequestPasswordResetDocument,
  ResetPasswordDocument,
  type RequestPasswordResetMutationVariables,
  type ResetPasswordMutationVariables,
} from "@sam/graphql-types";
import { graphql, HttpResponse } from "msw";
import { graphQLError } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

describe("Forgot password", () => {
  it("always answers that a link was sent if the email has an account", async () => {
    let sent: RequestPasswordResetMutationVariables | undefined;
    server.use(
      graphql.mutation(RequestPasswordResetDocument, ({ variables }) => {
        sent = variables;
        return HttpResponse.json({
          data: {
            requestPasswordReset: { __typename: "RequestPasswordResetPayload", accepted: true },
          },
        });
      }),
    );
    const { user } = renderRoute("/forgot-password");

    await user.type(await screen.findByRole("textbox", { name: "Email" }), "who@example.com");
    await user.click(screen.getByRole("button", { name: "Send reset link" }));

    expect(await screen.findByRole("status")).toHaveTextContent(
      "If who@example.com has an account, a link to reset its password was sent to it.",
    );
    expect(sent).toEqual({ input: { email: "who@example.com" } });
  });
});

describe("Reset password", () => {
  it("sets the new password and sends the person to sign in", async () => {
    let sent: ResetPasswordMutationVariables | undefined;
    server.use(
      graphql.mutation(ResetPasswordDocument, ({ variables }) => {
        sent = variables;
        return HttpResponse.json({
          data: {
            resetPassword: {
              __typename: "ResetPasswordPayload",
              user: { __typename: "User", id: "user-1", email: "ada@example.com" },
            },
          },
        });
      }),
    );
    const { user, currentLocation } = renderRoute("/reset-password?token=reset-token");

    await user.type(await screen.findByLabelText(/^New password/), "a brand new password");
    await user.type(screen.getByLabelText(/^Confirm new password/), "a brand new password");
    await user.click(screen.getByRole("button", { name: "Change password" }));

    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeInTheDocument();
    expect(currentLocation().pathname).toBe("/sign-in");
    expect(screen.getByText("Sign in with your new password.")).toBeInTheDocument();
    expect(sent).toEqual({ input: { token: "reset-token", password: "a brand new password" } });
  });

  it("refuses a confirmation that does not match, without asking the server", async () => {
    let calls = 0;
    server.use(
      graphql.mutation(ResetPasswordDocument, () => {
        calls += 1;
        return graphQLError("BAD_USER_INPUT", "Invalid input");
      }),
    );
    const { user } = renderRoute("/reset-password?token=reset-token");

    await user.type(await screen.findByLabelText(/^New password/), "a brand new password");
    await user.type(screen.getByLabelText(/^Confirm new password/), "a different password");
    await user.click(screen.getByRole("button", { name: "Change password" }));

    await waitFor(() =>
      expect(screen.getByLabelText(/^Confirm new password/)).toHaveAccessibleDescription(
        "The passwords do not match",
      ),
    );
    // Said to screen readers too, not only drawn in red.
    expect(screen.getByLabelText(/^Confirm new password/)).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText(/^New password/)).not.toHaveAttribute("aria-invalid");
    expect(calls).toBe(0);
  });

  it("says a spent or expired link is invalid and offers a new one", async () => {
    server.use(
      graphql.mutation(ResetPasswordDocument, () =>
        graphQLError("BAD_USER_INPUT", "Invalid input", [
          { field: "token", message: "The reset link is invalid or has expired" },
        ]),
      ),
    );
    const { user } = renderRoute("/reset-password?token=spent");

    await user.type(await screen.findByLabelText(/^New password/), "a brand new password");
    await user.type(screen.getByLabelText(/^Confirm new password/), "a brand new password");
    await user.click(screen.getByRole("button", { name: "Change password" }));

    expect(await screen.findByText("This link is invalid or has expired")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Request a new link" })).toHaveAttribute(
      "href",
      "/forgot-password",
    );
  });
});
