import { screen, waitFor, within } from "@testing-library/react";
import { SignInDocument, type SignInMutationVariables } from "@sam/graphql-types";
import { graphql, HttpResponse } from "msw";
import { buildUser } from "@/testing/factories";
import { graphQLError, requestsHandlers } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

async function signIn(path = "/sign-in") {
  const view = renderRoute(path);
  const { user } = view;
  await user.type(await screen.findByRole("textbox", { name: "Email" }), "ada@example.com");
  await user.type(screen.getByLabelText(/^Password/), "correct horse battery");
  await user.click(screen.getByRole("button", { name: "Sign in" }));
  return view;
}

describe("Sign in", () => {
  it("lands on the directory with the user's name in the header", async () => {
    let sent: SignInMutationVariables | undefined;
    server.use(
      graphql.mutation(SignInDocument, ({ variables }) => {
        sent = variables;
        return HttpResponse.json({
          data: {
            signIn: {
              __typename: "SignInPayload",
              user: buildUser({ name: "Ada Lovelace", email: "ada@example.com" }),
            },
          },
        });
      }),
    );

    const { currentLocation } = await signIn();

    expect(await screen.findByRole("heading", { name: "Directory" })).toBeInTheDocument();
    expect(currentLocation().pathname).toBe("/directory");
    expect(
      within(screen.getByRole("banner")).getByRole("button", { name: "Ada Lovelace" }),
    ).toBeInTheDocument();
    expect(sent).toEqual({
      input: { email: "ada@example.com", password: "correct horse battery" },
    });
  });

  it("returns to the page the person was sent away from", async () => {
    server.use(
      graphql.mutation(SignInDocument, () =>
        HttpResponse.json({
          data: { signIn: { __typename: "SignInPayload", user: buildUser() } },
        }),
      ),
      // The page the person lands on lists their requests.
      ...requestsHandlers([]),
    );

    const { currentLocation } = await signIn(
      `/sign-in?next=${encodeURIComponent("/requests?page=2")}`,
    );

    expect(await screen.findByRole("heading", { name: "Requests" })).toBeInTheDocument();
    expect(currentLocation().pathname).toBe("/requests");
    expect(currentLocation().search).toBe("?page=2");
  });

  it("never follows a next link to another site", async () => {
    server.use(
      graphql.mutation(SignInDocument, () =>
        HttpResponse.json({
          data: { signIn: { __typename: "SignInPayload", user: buildUser() } },
        }),
      ),
    );

    const { currentLocation } = await signIn(
      `/sign-in?next=${encodeURIComponent("//evil.example/x")}`,
    );

    expect(await screen.findByRole("heading", { name: "Directory" })).toBeInTheDocument();
    expect(currentLocation().pathname).toBe("/directory");
  });

  it("says the email or password is incorrect, without saying which", async () => {
    server.use(
      graphql.mutation(SignInDocument, () =>
        graphQLError("UNAUTHENTICATED", "Invalid email or password"),
      ),
    );

    const { currentLocation } = await signIn();

    expect(await screen.findByRole("alert")).toHaveTextContent("Email or password is incorrect");
    expect(currentLocation().pathname).toBe("/sign-in");
  });

  it("asks the person to wait when there were too many attempts", async () => {
    server.use(graphql.mutation(SignInDocument, () => graphQLError("RATE_LIMITED", "Slow down")));

    await signIn();

    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Too many attempts, try again later",
    );
  });

  it("checks the fields before sending", async () => {
    const { user } = renderRoute("/sign-in");

    await user.type(await screen.findByRole("textbox", { name: "Email" }), "not-an-email");
    await user.click(screen.getByRole("button", { name: "Sign in" }));

    await waitFor(() =>
      expect(screen.getByRole("textbox", { name: "Email" })).toHaveAccessibleDescription(
        "Enter a valid email address",
      ),
    );
    expect(screen.getByLabelText(/^Password/)).toHaveAccessibleDescription("Enter your password");
  });
});
