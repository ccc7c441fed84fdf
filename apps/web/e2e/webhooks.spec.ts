import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "./fixtures";
import { expectAccessible } from "./axe";
import {
  apiSession,
  registerVerified,
  requestActiveAccount,
  signIn,
  uniqueDomain,
} from "./support";

// An account's administrator adds a webhook endpoint on the account page, keeps its signing
// secret (shown once), sends a test event to a receiver on this machine, and reads the delivery
// in the endpoint's log. The receiver checks the Standard Webhooks signature with the secret the
// page showed. (The server under test may call this machine: WEBHOOKS_ALLOW_PRIVATE_ADDRESSES in
// playwright.config.ts; production never does.)

type Received = { headers: http.IncomingHttpHeaders; body: string };

/** A receiver on 127.0.0.1 that answers 204 and keeps what it was sent. */
async function startReceiver() {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/smart-accounts-hook`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The Standard Webhooks check: HMAC-SHA256 of "id.timestamp.body" with the secret's key. */
function signedWith(secret: string, { headers, body }: Received): boolean {
  const id = String(headers["webhook-id"]);
  const timestamp = String(headers["webhook-timestamp"]);
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const expected = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest();
  return String(headers["webhook-signature"])
    .split(" ")
    .some((signature) => {
      const [version, value] = signature.split(",");
      const given = Buffer.from(value ?? "", "base64");
      return (
        version === "v1" && given.length === expected.length && timingSafeEqual(given, expected)
      );
    });
}

test("an administrator adds a webhook endpoint, keeps its secret and reads a signed delivery", async ({
  page,
  request,
  baseURL,
}) => {
  const receiver = await startReceiver();
  try {
    const domain = uniqueDomain("hooked");
    const admin = `hana@${domain}`;
    await registerVerified(request, { email: admin, name: "Hana Admin", company: "Hooked" });
    const api = await apiSession(baseURL!, admin);
    const account = await requestActiveAccount(api, {
      name: `Hooked ${domain.split(".")[0]}`,
      company: "Hooked",
    });
    await api.dispose();

    await page.goto(`/smart-accounts/${account.id}`);
    await signIn(page, admin);
    // The section loads as the person scrolls down to it.
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Hooked");
    await page.mouse.wheel(0, 20_000);
    const section = page.getByRole("region", { name: "Webhooks" });
    await expect(section).toBeVisible();

    // A bad address is refused at the field, nothing is added.
    const form = section.getByRole("form", { name: "Add an endpoint" });
    await form.getByRole("textbox", { name: "Endpoint URL" }).fill("not a url");
    await form.getByRole("button", { name: "Add endpoint" }).click();
    await expect(form.getByRole("textbox", { name: "Endpoint URL" })).toHaveAttribute(
      "aria-invalid",
      "true",
    );

    await form.getByRole("textbox", { name: "Endpoint URL" }).fill(receiver.url);
    await form.getByRole("combobox", { name: "Event types" }).click();
    // The event types' list, not the options of the page's native selects.
    await page.getByRole("listbox").getByRole("option").first().click();
    await page.keyboard.press("Escape");
    await form.getByRole("button", { name: "Add endpoint" }).click();

    // The secret, once.
    const secretField = section.getByRole("textbox", { name: "Signing secret" });
    await expect(secretField).toHaveValue(/^whsec_[A-Za-z0-9+/=]{20,}$/);
    const secret = await secretField.inputValue();
    await expectAccessible(page, "the Webhooks section with a new secret");
    await section.getByRole("button", { name: "Done" }).click();
    await expect(secretField).toHaveCount(0);
    const endpoint = section.getByRole("article", { name: receiver.url });
    await expect(endpoint).toBeVisible();
    await expect(endpoint.getByText("Enabled")).toBeVisible();

    // A test event reaches the receiver, signed with that secret.
    await endpoint.getByRole("button", { name: "Send test event" }).click();
    await expect.poll(() => receiver.received.length, { timeout: 20_000 }).toBeGreaterThan(0);
    const delivery = receiver.received[0]!;
    expect(delivery.headers["webhook-id"]).toBeTruthy();
    expect(signedWith(secret, delivery)).toBe(true);
    expect(signedWith(`whsec_${Buffer.from("another key").toString("base64")}`, delivery)).toBe(
      false,
    );

    // The log shows it delivered, after a reload too (what the server kept).
    await expect(async () => {
      await page.reload();
      const log = page.getByRole("table", { name: `Deliveries to ${receiver.url}, newest first` });
      await expect(log.getByText("delivered")).toBeVisible({ timeout: 2_000 });
      await expect(log.getByText(/answered 204/)).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
  } finally {
    await receiver.close();
  }
});
