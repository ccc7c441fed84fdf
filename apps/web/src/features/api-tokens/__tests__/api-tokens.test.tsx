import { screen, waitFor, within } from "@testing-library/react";
import { ApiTokensDocument, MeDocument, RevokeApiTokenDocument } from "@sam/graphql-types";
import { graphql, HttpResponse } from "msw";
import { buildApiToken, buildUser } from "@/testing/factories";
import { apiTokenHandlers, graphQLError, meHandler } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

function rowFor(name: string) {
  const header = screen.getByRole("rowheader", { name });
  const row = header.closest("tr");
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe("API tokens", () => {
  beforeEach(() => {
    server.use(meHandler(buildUser()));
  });

  it("lists the user's tokens with what each may do and when it was used", async () => {
    const { handlers } = apiTokenHandlers([
      buildApiToken({
        name: "CI pipeline",
        scope: "FULL",
        prefix: "sam_ci01",
        lastUsedAt: "2026-02-01T12:00:00.000Z",
      }),
      buildApiToken({
        name: "Old script",
        prefix: "sam_old1",
        revokedAt: "2026-01-20T12:00:00.000Z",
        revokedReason: "REVOKED_BY_USER",
      }),
      buildApiToken({
        name: "Deploy robot",
        scope: "FULL",
        revokedAt: "2026-01-25T12:00:00.000Z",
        revokedReason: "PASSWORD_RESET",
      }),
    ]);
    server.use(...handlers);
    renderRoute("/api-tokens");

    expect(await screen.findByRole("rowheader", { name: "CI pipeline" })).toBeInTheDocument();
    const ci = within(rowFor("CI pipeline"));
    expect(ci.getByText("Full access")).toBeInTheDocument();
    expect(ci.getByText("sam_ci01…")).toBeInTheDocument();
    expect(ci.getByText("Active")).toBeInTheDocument();
    expect(ci.getByRole("button", { name: "Revoke CI pipeline" })).toBeInTheDocument();

    const old = within(rowFor("Old script"));
    expect(old.getByText("Read only")).toBeInTheDocument();
    expect(old.getByText("Revoked")).toBeInTheDocument();
    expect(old.getByText("Revoked by you")).toBeInTheDocument();
    const robot = within(rowFor("Deploy robot"));
    expect(robot.getByText("Revoked")).toBeInTheDocument();
    expect(robot.getByText("Revoked by a password reset")).toBeInTheDocument();
    expect(robot.queryByRole("button", { name: /Revoke/ })).not.toBeInTheDocument();
    expect(old.getAllByText("Never")).toHaveLength(2);
    expect(old.queryByRole("button", { name: /Revoke/ })).not.toBeInTheDocument();
  });

  it("creates a token and shows its secret once", async () => {
    const { handlers, tokens, secrets } = apiTokenHandlers([]);
    server.use(...handlers);
    const { user } = renderRoute("/api-tokens");

    expect(await screen.findByText("No API tokens yet")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Create token" }));

    const dialog = await screen.findByRole("dialog", { name: "Create API token" });
    await user.type(within(dialog).getByRole("textbox", { name: "Name" }), "Nightly export");
    await user.click(within(dialog).getByRole("radio", { name: /Full access/ }));
    await user.click(within(dialog).getByRole("button", { name: "Create token" }));

    const secretDialog = await screen.findByRole("dialog", { name: "Your new API token" });
    const [created] = tokens;
    const secret = secrets.get(created!.id)!;
    expect(created).toMatchObject({ name: "Nightly export", scope: "FULL", expiresAt: null });
    expect(within(secretDialog).getByRole("textbox", { name: "Token" })).toHaveValue(secret);
    expect(within(secretDialog).getByText(/It will not be shown again/)).toBeInTheDocument();
    expect(within(secretDialog).getByRole("button", { name: "Copy token" })).toBeInTheDocument();

    await user.click(within(secretDialog).getByRole("button", { name: "Done" }));

    expect(await screen.findByRole("rowheader", { name: "Nightly export" })).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue(secret)).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(secret);

    // Opening the dialog again starts a new token; the old secret is gone for good.
    await user.click(screen.getByRole("button", { name: "Create token" }));
    expect(await screen.findByRole("dialog", { name: "Create API token" })).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(secret);
  });

  it("refuses an expiry date that is not in the future", async () => {
    const { handlers, tokens } = apiTokenHandlers([]);
    server.use(...handlers);
    const { user } = renderRoute("/api-tokens");

    await user.click(await screen.findByRole("button", { name: "Create token" }));
    const dialog = await screen.findByRole("dialog", { name: "Create API token" });
    await user.type(within(dialog).getByRole("textbox", { name: "Name" }), "Yesterday's token");
    await user.type(within(dialog).getByLabelText("Expires on"), "2020-01-01");
    await user.click(within(dialog).getByRole("button", { name: "Create token" }));

    await waitFor(() =>
      expect(within(dialog).getByLabelText("Expires on")).toHaveAccessibleDescription(
        /Choose a date after today/,
      ),
    );
    expect(tokens).toHaveLength(0);
  });

  it("revokes a token after confirmation", async () => {
    const { handlers, tokens } = apiTokenHandlers([buildApiToken({ name: "Laptop" })]);
    server.use(...handlers);
    const { user } = renderRoute("/api-tokens");

    await user.click(await screen.findByRole("button", { name: "Revoke Laptop" }));
    const dialog = await screen.findByRole("dialog", { name: "Revoke API token" });
    expect(dialog).toHaveTextContent("will stop working at once");
    expect(tokens[0]!.revokedAt).toBeNull();

    await user.click(within(dialog).getByRole("button", { name: "Revoke token" }));

    expect(await within(rowFor("Laptop")).findByText("Revoked")).toBeInTheDocument();
    expect(within(rowFor("Laptop")).getByText("Revoked by you")).toBeInTheDocument();
    expect(tokens[0]!.revokedAt).not.toBeNull();
    expect(screen.getByText("“Laptop” no longer works.")).toBeInTheDocument();
  });

  it("keeps the token when the person cancels", async () => {
    const { handlers, tokens } = apiTokenHandlers([buildApiToken({ name: "Laptop" })]);
    server.use(...handlers);
    const { user } = renderRoute("/api-tokens");

    await user.click(await screen.findByRole("button", { name: "Revoke Laptop" }));
    const dialog = await screen.findByRole("dialog", { name: "Revoke API token" });
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));

    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(within(rowFor("Laptop")).getByText("Active")).toBeInTheDocument();
    expect(tokens[0]!.revokedAt).toBeNull();
  });

  it("reports a failed revoke in a toast and keeps the row as it was", async () => {
    const { handlers } = apiTokenHandlers([buildApiToken({ name: "Laptop" })]);
    server.use(...handlers);
    // A later server.use() takes precedence over the store's own revoke.
    server.use(
      graphql.mutation(RevokeApiTokenDocument, () => graphQLError("FORBIDDEN", "Not your token")),
    );
    const { user } = renderRoute("/api-tokens");

    await user.click(await screen.findByRole("button", { name: "Revoke Laptop" }));
    const dialog = await screen.findByRole("dialog", { name: "Revoke API token" });
    await user.click(within(dialog).getByRole("button", { name: "Revoke token" }));

    expect(await screen.findByText("Could not revoke the token")).toBeInTheDocument();
    expect(screen.getByText("You are not allowed to do this.")).toBeInTheDocument();
    expect(within(rowFor("Laptop")).getByText("Active")).toBeInTheDocument();
  });
});

describe("API tokens when the session has ended", () => {
  it("sends the person to sign in, to come back here afterwards", async () => {
    let signedIn = true;
    server.use(
      graphql.query(MeDocument, () =>
        signedIn
          ? HttpResponse.json({ data: { me: buildUser() } })
          : graphQLError("UNAUTHENTICATED", "You must be signed in."),
      ),
      graphql.query(ApiTokensDocument, () => {
        signedIn = false;
        return graphQLError("UNAUTHENTICATED", "You must be signed in.");
      }),
    );
    const { currentLocation } = renderRoute("/api-tokens");

    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeInTheDocument();
    expect(currentLocation().search).toBe(`?next=${encodeURIComponent("/api-tokens")}`);
  });
});
