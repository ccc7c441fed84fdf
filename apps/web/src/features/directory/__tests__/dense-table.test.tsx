import { screen, waitFor, within } from "@testing-library/react";
import type { DirectoryQueryVariables } from "@sam/graphql-types";
import { buildDirectoryAccount, buildUser } from "@/testing/factories";
import { directoryHandler, meHandler } from "@/testing/handlers";
import { renderRoute } from "@/testing/render-route";
import { server } from "@/testing/server";

const LONG_NAME = "CCO Esup, Inc. International Holdings and Worldwide Subsidiaries Division";
const ID = "5e6cd2b6-b9f8-485b-bd44-1cf7cd8a3128";

// jsdom lays nothing out: give every element a width of 8 px a character and cells room for
// 20, so a long text is cut as it would be in a browser.
const scrollWidth = Object.getOwnPropertyDescriptor(Element.prototype, "scrollWidth");
const clientWidth = Object.getOwnPropertyDescriptor(Element.prototype, "clientWidth");
beforeAll(() => {
  Object.defineProperty(Element.prototype, "scrollWidth", {
    configurable: true,
    get(this: Element) {
      return (this.textContent ?? "").length * 8;
    },
  });
  Object.defineProperty(Element.prototype, "clientWidth", {
    configurable: true,
    get: () => 160,
  });
});
afterAll(() => {
  if (scrollWidth) Object.defineProperty(Element.prototype, "scrollWidth", scrollWidth);
  if (clientWidth) Object.defineProperty(Element.prototype, "clientWidth", clientWidth);
});

function rows() {
  return [
    {
      reason: "HAS_ROLE" as const,
      smartAccount: buildDirectoryAccount({
        id: ID,
        name: LONG_NAME,
        domainIdentifier: "a-very-long-subdomain.of-a-long-company-domain.example.com",
      }),
    },
    { reason: "ON_YOUR_DOMAIN" as const, smartAccount: buildDirectoryAccount({ name: "Acme" }) },
  ];
}

describe("the directory's dense table", () => {
  beforeEach(() => {
    server.use(meHandler(buildUser()));
  });

  it("cuts a long name to one line and gives its full text on focus, as the link's name", async () => {
    server.use(directoryHandler(rows()));
    renderRoute("/directory");
    const table = await screen.findByRole("table", { name: /Smart Accounts you can reach/ });
    const link = within(table).getByRole("link", { name: LONG_NAME });
    expect(link).toHaveAttribute("href", `/smart-accounts/${ID}`);
    // Its cell carries the whole name as the tip CSS shows on hover and focus.
    // (once the browser has reported the cell's width)
    await waitFor(() => expect(link.parentElement).toHaveAttribute("data-tip", LONG_NAME));
    // A short name is not cut and has no tip.
    const short = within(table).getByRole("link", { name: "Acme" });
    expect(short.parentElement).not.toHaveAttribute("data-tip");

    // A cut plain text becomes focusable, so the keyboard reaches its full text too.
    const identifier = within(table).getByText(
      "a-very-long-subdomain.of-a-long-company-domain.example.com",
    );
    expect(identifier).toHaveAttribute("tabindex", "0");
    expect(identifier.parentElement).toHaveAttribute(
      "data-tip",
      "a-very-long-subdomain.of-a-long-company-domain.example.com",
    );
    identifier.focus();
    expect(identifier).toHaveFocus();
  });

  it("shortens ids with a Copy ID button that copies the whole id", async () => {
    server.use(directoryHandler(rows()));
    const { user } = renderRoute("/directory");
    const table = await screen.findByRole("table", { name: /Smart Accounts you can reach/ });
    const row = within(table).getByRole("link", { name: LONG_NAME }).closest("tr")!;
    const copy = within(row).getByRole("button", { name: "Copy ID" });
    const writeText = jest.spyOn(navigator.clipboard, "writeText").mockResolvedValue(undefined);
    await user.click(copy);
    expect(writeText).toHaveBeenCalledWith(ID);
    expect(within(row).getByRole("status")).toHaveTextContent("Copied");
    // The id is in the cell whole (cut by CSS), with a tip on hover and focus.
    expect(within(row).getByText(ID).parentElement).toHaveAttribute("data-tip", ID);
  });

  it("sorts by name and status from the headers, with aria-sort, in the URL and the query", async () => {
    const calls: DirectoryQueryVariables[] = [];
    server.use(directoryHandler(rows(), calls));
    const { user, currentLocation } = renderRoute("/directory?sort=status-desc");
    const table = await screen.findByRole("table", { name: /Smart Accounts you can reach/ });
    expect(calls[0].order).toBe("STATUS_DESC");
    const status = within(table).getByRole("columnheader", { name: /^Status/ });
    const name = within(table).getByRole("columnheader", { name: /^Name/ });
    expect(status).toHaveAttribute("aria-sort", "descending");
    expect(name).toHaveAttribute("aria-sort", "none");

    await user.click(within(name).getByRole("button", { name: /Name/ }));
    await waitFor(() => expect(calls.at(-1)?.order).toBe("NAME_ASC"));
    expect(currentLocation().search).toBe("?sort=name-asc");
    expect(name).toHaveAttribute("aria-sort", "ascending");
    expect(status).toHaveAttribute("aria-sort", "none");
    expect(calls.at(-1)?.after ?? null).toBeNull();

    await user.click(within(name).getByRole("button", { name: /Name/ }));
    await waitFor(() => expect(calls.at(-1)?.order).toBe("NAME_DESC"));
    expect(currentLocation().search).toBe("?sort=name-desc");
    expect(name).toHaveAttribute("aria-sort", "descending");
  });

  it("downloads the directory as CSV with the filters and order on screen", async () => {
    server.use(directoryHandler(rows()));
    const { user } = renderRoute("/directory?sort=name-desc");
    const download = await screen.findByRole("link", { name: "Download CSV of your directory" });
    expect(download).toHaveAttribute("href", "/export/directory.csv?order=NAME_DESC");
    expect(download).toHaveAttribute("download");
    await user.selectOptions(screen.getByRole("combobox", { name: "Status" }), "ACTIVE");
    await waitFor(() =>
      expect(download).toHaveAttribute(
        "href",
        "/export/directory.csv?status=ACTIVE&order=NAME_DESC",
      ),
    );
  });
});
