import { screen, waitFor, within } from "@testing-library/react";
import { CheckDomainDocument, RequestedSmartAccountDocument } from "@sam/graphql-types";
import { graphql, HttpResponse } from "msw";
import { buildDomainCheck, buildSmartAccount, buildUser } from "@/testing/factories";
import { graphQLError, meHandler } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

const WIZARD = "/directory/request/company";
const AUTHORITY = /Yes, I have the authority to create the account on behalf of my company/;
const viewer = buildUser({ email: "ada@ccoesup.com" });

/** The wizards' drafts kept in this tab's session storage. */
function drafts() {
  return Object.keys(window.sessionStorage).filter((key) => key.startsWith("sam.request-draft."));
}

function stepHeading(name: string) {
  return screen.findByRole("heading", { level: 2, name });
}

/** Fills and leaves step 1 on the authority path; the wizard is then on Company Information. */
async function completeFirstStep(user: ReturnType<typeof renderRoute>["user"]) {
  await user.click(await screen.findByRole("radio", { name: AUTHORITY }));
  await user.type(screen.getByRole("textbox", { name: /Account Name/ }), "CCO Esup, Inc.");
  await user.click(screen.getByRole("button", { name: "Continue" }));
  await stepHeading("Company Information");
}

describe("The request wizard's steps, draft and leaving", () => {
  beforeEach(() => {
    window.sessionStorage.clear();
    server.use(
      meHandler(viewer),
      graphql.query(CheckDomainDocument, ({ variables }) =>
        HttpResponse.json({ data: { checkDomain: buildDomainCheck(variables.domainIdentifier) } }),
      ),
    );
  });

  it("gives each step a path, moves Back through history, and keeps the draft for the next visit", async () => {
    const first = renderRoute(WIZARD);
    await waitFor(() =>
      expect(first.currentLocation().pathname).toBe(`${WIZARD}/account-information`),
    );
    await completeFirstStep(first.user);
    expect(first.currentLocation().pathname).toBe(`${WIZARD}/company-information`);
    // Focus moved to the new step's heading.
    expect(screen.getByRole("heading", { level: 2, name: "Company Information" })).toHaveFocus();
    await first.user.type(
      screen.getByRole("textbox", { name: /Company\/Organization Name/ }),
      "CCO Esup",
    );

    await first.user.click(screen.getByRole("button", { name: "Back" }));
    expect(await stepHeading("Account Information")).toHaveFocus();
    expect(first.currentLocation().pathname).toBe(`${WIZARD}/account-information`);
    expect(screen.getByRole("textbox", { name: /Account Name/ })).toHaveValue("CCO Esup, Inc.");
    first.unmount();

    // A reload: the same tab's session storage brings the draft back, on the step asked for.
    renderRoute(`${WIZARD}/company-information`);
    expect(await stepHeading("Company Information")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Company\/Organization Name/ })).toHaveValue(
      "CCO Esup",
    );
  });

  it("has kept the checked step by the time the address shows the next one", async () => {
    // The console's address changes as the wizard navigates, before the next step renders and
    // its effects run: a reload at that moment must find the first step done.
    const view = renderRoute(WIZARD, { browser: true });
    const pushState = window.history.pushState.bind(window.history);
    const pushed: { url: string; checked: unknown }[] = [];
    const spy = jest.spyOn(window.history, "pushState").mockImplementation((data, unused, url) => {
      const key = drafts()[0];
      const draft = key ? (JSON.parse(window.sessionStorage.getItem(key)!) as object) : {};
      pushed.push({ url: String(url), checked: "checked" in draft ? draft.checked : null });
      pushState(data, unused, url);
    });
    try {
      await completeFirstStep(view.user);
    } finally {
      spy.mockRestore();
    }
    expect(pushed.find((p) => p.url.endsWith("/company-information"))?.checked).toEqual(
      expect.stringMatching(/^ccoesup\.com\|/),
    );
    view.unmount();

    // The reload: the first step counts as done, so a later step's link lands on the company
    // step (required on this path, and still empty), not back on the first.
    const reloaded = renderRoute(`${WIZARD}/administrative-access`);
    expect(await stepHeading("Company Information")).toBeInTheDocument();
    expect(reloaded.currentLocation().pathname).toBe(`${WIZARD}/company-information`);
  });

  it("sends a link to a later step to the first step not complete", async () => {
    const { currentLocation } = renderRoute(`${WIZARD}/review`);
    expect(await stepHeading("Account Information")).toBeInTheDocument();
    expect(currentLocation().pathname).toBe(`${WIZARD}/account-information`);
  });

  it("asks before leaving a started request: Stay keeps it, Discard and leave drops it", async () => {
    const { user, currentLocation } = renderRoute(WIZARD);
    await user.click(await screen.findByRole("radio", { name: AUTHORITY }));
    await user.type(screen.getByRole("textbox", { name: /Account Name/ }), "Leaving Co");

    const nav = screen.getByRole("navigation", { name: "Main navigation" });
    await user.click(within(nav).getByRole("link", { name: "Requests" }));
    const ask = await screen.findByRole("dialog", { name: "Leave this request?" });
    await user.click(within(ask).getByRole("button", { name: "Stay on the request" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(currentLocation().pathname).toBe(`${WIZARD}/account-information`);
    expect(screen.getByRole("textbox", { name: /Account Name/ })).toHaveValue("Leaving Co");
    expect(drafts()).toHaveLength(1);

    await user.click(within(nav).getByRole("link", { name: "Requests" }));
    const again = await screen.findByRole("dialog", { name: "Leave this request?" });
    await user.click(within(again).getByRole("button", { name: "Discard and leave" }));
    await waitFor(() => expect(currentLocation().pathname).toBe("/requests"));
    expect(drafts()).toEqual([]);
  });

  it("leaves an untouched request without asking", async () => {
    const { user, currentLocation } = renderRoute(WIZARD);
    await screen.findByRole("radio", { name: AUTHORITY });
    const nav = screen.getByRole("navigation", { name: "Main navigation" });
    await user.click(within(nav).getByRole("link", { name: "Requests" }));
    await waitFor(() => expect(currentLocation().pathname).toBe("/requests"));
    expect(screen.queryByRole("dialog", { name: "Leave this request?" })).not.toBeInTheDocument();
  });

  it("shows the completed request at its own address, and says so when there is none", async () => {
    const account = buildSmartAccount({ name: "Addressed Co", status: "ACTIVE" });
    server.use(
      graphql.query(RequestedSmartAccountDocument, ({ variables }) =>
        variables.id === account.id
          ? HttpResponse.json({ data: { smartAccount: account } })
          : graphQLError("NOT_FOUND", "No such Smart Account"),
      ),
    );
    const view = renderRoute(`${WIZARD}/complete/${account.id}`);
    expect(
      await screen.findByRole("heading", { name: "Smart Account Request Complete" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/The Smart Account “Addressed Co” is active/)).toBeInTheDocument();
    view.unmount();

    renderRoute(`${WIZARD}/complete/00000000-0000-4000-8000-00000000dead`);
    expect(await screen.findByText("No such request")).toBeInTheDocument();
  });
});
