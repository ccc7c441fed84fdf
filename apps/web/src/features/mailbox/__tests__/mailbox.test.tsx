import { screen, within } from "@testing-library/react";
import { VerifyEmailDocument } from "@sam/graphql-types";
import { graphql, http, HttpResponse } from "msw";
import { buildEmail, buildUser } from "@/testing/factories";
import { mailboxHandler, meHandler } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

const verification = buildEmail({
  to: "ada@example.com",
  subject: "Verify your email",
  text: "Welcome!\n\nVerify your address: http://localhost/verify-email?token=tok-123.\n\nQuestions? See https://docs.example.com/help",
  html: '<p>Welcome! <a href="http://localhost/verify-email?token=tok-123">Verify</a></p>',
  createdAt: "2026-02-01T09:30:00.000Z",
});
const reset = buildEmail({
  to: "grace@example.com",
  subject: "Reset your password",
  createdAt: "2026-02-01T08:00:00.000Z",
});

describe("Mailbox (development)", () => {
  it("lists the emails, newest first, and opens one with working links", async () => {
    server.use(
      mailboxHandler([verification, reset]),
      graphql.mutation(VerifyEmailDocument, ({ variables }) =>
        HttpResponse.json({
          data: {
            verifyEmail: {
              __typename: "VerifyEmailPayload",
              user: {
                __typename: "User",
                id: "user-1",
                email: `token ${variables.input.token}`,
                emailVerified: true,
              },
            },
          },
        }),
      ),
    );
    const { user, currentLocation } = renderRoute("/mailbox");

    const list = await screen.findByRole("navigation", { name: "Emails" });
    const items = within(list).getAllByRole("button");
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent("Verify your email");
    expect(items[0]).toHaveTextContent("To: ada@example.com");
    expect(items[1]).toHaveTextContent("Reset your password");
    expect(items[1]).toHaveTextContent("To: grace@example.com");

    await user.click(items[0]!);

    const email = screen.getByRole("article", { name: "Verify your email" });
    const appLink = within(email).getByRole("link", {
      name: "http://localhost/verify-email?token=tok-123",
    });
    // Sentence punctuation after a URL is not part of it.
    expect(appLink).toHaveAttribute("href", "/verify-email?token=tok-123");
    expect(
      within(email).getByRole("link", { name: "https://docs.example.com/help" }),
    ).toHaveAttribute("target", "_blank");

    await user.click(appLink);
    expect(await screen.findByRole("heading", { name: "Email verified" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("token tok-123 is verified.");
    expect(currentLocation().pathname).toBe("/verify-email");
  });

  it("shows the HTML body in a sandboxed frame on request", async () => {
    server.use(mailboxHandler([verification]));
    const { user } = renderRoute("/mailbox");

    await user.click(await screen.findByRole("button", { name: /Verify your email/ }));
    await user.click(screen.getByRole("radio", { name: "HTML" }));

    const frame = screen.getByTitle("HTML body of “Verify your email”");
    expect(frame.tagName).toBe("IFRAME");
    expect(frame).toHaveAttribute("sandbox", "");
    expect(frame).toHaveAttribute("srcdoc", verification.html);
  });

  it("fetches the mailbox again on Refresh", async () => {
    server.use(mailboxHandler([]));
    const { user } = renderRoute("/mailbox");
    expect(await screen.findByText("No emails yet")).toBeInTheDocument();

    server.use(mailboxHandler([reset]));
    await user.click(screen.getByRole("button", { name: "Refresh" }));

    expect(await screen.findByRole("button", { name: /Reset your password/ })).toBeInTheDocument();
  });

  it("says when the server has no mailbox", async () => {
    server.use(http.get("*/dev/mailbox", () => new HttpResponse(null, { status: 404 })));
    renderRoute("/mailbox");

    expect(await screen.findByRole("alert")).toHaveTextContent(
      "only there when the server runs in development mode",
    );
  });

  it("sits inside the console for someone signed in", async () => {
    server.use(meHandler(buildUser({ name: "Grace Hopper" })), mailboxHandler([]));
    renderRoute("/mailbox");

    expect(await screen.findByRole("heading", { name: "Mailbox" })).toBeInTheDocument();
    expect(
      within(screen.getByRole("banner")).getByRole("button", { name: "Grace Hopper" }),
    ).toBeInTheDocument();
  });
});
