import { screen, waitFor } from "@testing-library/react";
import { SignUpDocument, VerifyEmailDocument } from "@sam/graphql-types";
import { graphql, HttpResponse } from "msw";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

describe("registering from an emailed link", () => {
  afterEach(() => window.localStorage.clear());

  it("prefills the email and, after verification, signs in towards the page the link meant", async () => {
    server.use(
      graphql.mutation(SignUpDocument, ({ variables: { input } }) =>
        HttpResponse.json({
          data: {
            signUp: {
              __typename: "SignUpPayload",
              email: input.email,
              message: `Check your email: we sent a message to ${input.email} with what to do next.`,
            },
          },
        }),
      ),
      graphql.mutation(VerifyEmailDocument, () =>
        HttpResponse.json({
          data: {
            verifyEmail: {
              __typename: "VerifyEmailPayload",
              user: { __typename: "User", id: "u1", email: "cfo@ccoesup.com", emailVerified: true },
            },
          },
        }),
      ),
    );
    const { user, unmount } = renderRoute(
      `/register?email=${encodeURIComponent("cfo@ccoesup.com")}&next=%2Fnominations`,
    );

    expect(await screen.findByRole("textbox", { name: "Email" })).toHaveValue("cfo@ccoesup.com");
    await user.type(screen.getByRole("textbox", { name: "Full name" }), "Cy Fo");
    await user.type(screen.getByRole("textbox", { name: "Company" }), "CCO Esup");
    await user.click(screen.getByRole("radio", { name: "Customer" }));
    await user.type(screen.getByLabelText(/^Password/), "a long enough password");
    await user.type(screen.getByLabelText(/^Confirm password/), "a long enough password");
    await user.click(screen.getByRole("button", { name: "Register" }));

    expect(await screen.findByRole("heading", { name: "Check your email" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Go to sign in" })).toHaveAttribute(
      "href",
      "/sign-in?next=%2Fnominations",
    );
    unmount();

    // The verification link opens on its own, without the destination: it was remembered.
    renderRoute("/verify-email?token=t0ken");
    expect(await screen.findByRole("heading", { name: "Email verified" })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole("link", { name: "Sign in" })).toHaveAttribute(
        "href",
        "/sign-in?next=%2Fnominations",
      ),
    );
  });

  it("ignores a destination on another site", async () => {
    renderRoute("/register?next=https%3A%2F%2Fevil.example");
    expect(await screen.findByRole("heading", { name: "Register Now" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Sign in" })).toHaveAttribute(
      "href",
      "/sign-in?next=%2Fdirectory",
    );
  });
});
