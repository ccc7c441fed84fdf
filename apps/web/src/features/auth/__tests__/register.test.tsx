import { screen, waitFor } from "@testing-library/react";
import { SignUpDocument, type SignUpMutationVariables } from "@sam/graphql-types";
import { graphql, HttpResponse } from "msw";
import { graphQLError } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

function fields() {
  return {
    email: screen.getByRole("textbox", { name: "Email" }),
    name: screen.getByRole("textbox", { name: "Full name" }),
    company: screen.getByRole("textbox", { name: "Company" }),
    partner: screen.getByRole("radio", { name: "Partner" }),
    password: screen.getByLabelText(/^Password/),
    confirmPassword: screen.getByLabelText(/^Confirm password/),
  };
}

async function renderRegister() {
  const view = renderRoute("/register");
  expect(await screen.findByRole("heading", { name: "Register Now" })).toBeInTheDocument();
  return view;
}

describe("Register Now", () => {
  it("says what is wrong with a field as soon as the person leaves it", async () => {
    const { user } = await renderRegister();
    const { email, password, confirmPassword, name } = fields();

    await user.type(email, "ada@");
    await user.tab();
    await waitFor(() => expect(email).toHaveAccessibleDescription("Enter a valid email address"));

    await user.type(password, "short");
    await user.tab();
    await waitFor(() => expect(password).toHaveAccessibleDescription(/Use at least 10 characters/));

    // Validation runs asynchronously (zod via the resolver), hence the waiting.
    // Once touched, a field is re-checked on every keystroke.
    await user.type(password, "-but-now-long-enough");
    await waitFor(() =>
      expect(password).not.toHaveAccessibleDescription(/Use at least 10 characters/),
    );

    await user.type(confirmPassword, "something else");
    await user.tab();
    await waitFor(() =>
      expect(confirmPassword).toHaveAccessibleDescription("The passwords do not match"),
    );

    await user.click(name);
    await user.tab();
    await waitFor(() => expect(name).toHaveAccessibleDescription("Enter your full name"));
  });

  it("registers and tells the person to check their email", async () => {
    let sent: SignUpMutationVariables | undefined;
    server.use(
      graphql.mutation(SignUpDocument, ({ variables }) => {
        sent = variables;
        return HttpResponse.json({
          data: {
            signUp: {
              __typename: "SignUpPayload",
              email: "grace@example.com",
              message:
                "Check your email: we sent a message to grace@example.com with what to do next.",
            },
          },
        });
      }),
    );
    const { user } = await renderRegister();
    const { email, name, company, partner, password, confirmPassword } = fields();

    await user.type(email, "  grace@example.com ");
    await user.type(name, "Grace Hopper");
    await user.type(company, "Example Partners");
    await user.click(partner);
    await user.type(password, "correct horse battery");
    await user.type(confirmPassword, "correct horse battery");
    await user.click(screen.getByRole("button", { name: "Register" }));

    expect(await screen.findByRole("heading", { name: "Check your email" })).toBeInTheDocument();
    expect(screen.getByText("grace@example.com", { selector: "strong" })).toBeInTheDocument();
    expect(sent).toEqual({
      input: {
        email: "grace@example.com",
        name: "Grace Hopper",
        company: "Example Partners",
        organisationType: "PARTNER",
        password: "correct horse battery",
      },
    });
  });

  it("puts the server's objection to the email next to the email field", async () => {
    server.use(
      graphql.mutation(SignUpDocument, () =>
        graphQLError("BAD_USER_INPUT", "Invalid input", [
          { field: "email", message: "This email is already registered" },
        ]),
      ),
    );
    const { user } = await renderRegister();
    const { email, name, company, password, confirmPassword } = fields();

    await user.type(email, "taken@example.com");
    await user.type(name, "Ada Lovelace");
    await user.type(company, "Analytical Engines Ltd");
    await user.click(screen.getByRole("radio", { name: "Customer" }));
    await user.type(password, "correct horse battery");
    await user.type(confirmPassword, "correct horse battery");
    await user.click(screen.getByRole("button", { name: "Register" }));

    expect(await screen.findByText("This email is already registered")).toBeInTheDocument();
    expect(email).toHaveAccessibleDescription("This email is already registered");
    expect(email).toHaveAttribute("aria-invalid", "true");
    expect(screen.queryByRole("heading", { name: "Check your email" })).not.toBeInTheDocument();
  });

  it("does not send a form the person has not finished", async () => {
    let calls = 0;
    server.use(
      graphql.mutation(SignUpDocument, () => {
        calls += 1;
        return graphQLError("BAD_USER_INPUT", "Invalid input");
      }),
    );
    const { user } = await renderRegister();

    await user.click(screen.getByRole("button", { name: "Register" }));

    await waitFor(() =>
      expect(fields().email).toHaveAccessibleDescription("Enter your email address"),
    );
    expect(
      screen.getByText("Choose whether you work for a customer or a partner"),
    ).toBeInTheDocument();
    expect(calls).toBe(0);
  });
});
