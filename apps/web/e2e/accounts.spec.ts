import { expect, test, type Page } from "./fixtures";

const SHOTS = "e2e/artifacts/screenshots";

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test("a newcomer registers, verifies from the mailbox, signs in, stays signed in and signs out", async ({
  page,
  request,
}) => {
  const email = `grace.${Date.now()}@ccoesup.com`;
  const password = "a long enough password";

  await page.goto("/register");
  await expect(page.getByRole("heading", { name: "Register Now" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Full name").fill("Grace Hopper");
  await page.getByLabel("Company").fill("CCO Esup, Inc.");
  await page.getByRole("radio", { name: "Customer" }).check();
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(password);
  await page.getByRole("textbox", { name: "Confirm password" }).fill(password);
  await shot(page, "01-register");
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await shot(page, "02-check-your-email");

  await page.goto("/mailbox");
  await page
    .getByRole("navigation", { name: "Emails" })
    .getByRole("button", { name: /Verify your email address/ })
    .first()
    .click();
  const email_ = page.getByRole("article", { name: "Verify your email address" });
  await expect(email_).toContainText(`To: ${email}`);
  await shot(page, "03-mailbox");
  await email_.getByRole("link", { name: /verify-email\?token=/ }).click();
  await expect(page.getByRole("heading", { name: "Email verified" })).toBeVisible();
  await shot(page, "04-email-verified");

  await page.getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("textbox", { name: "Password" }).fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Email or password is incorrect")).toBeVisible();
  await page.getByRole("textbox", { name: "Password" }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/directory$/);
  const userMenu = page.getByRole("button", { name: "Grace Hopper" });
  await expect(userMenu).toBeVisible();
  await shot(page, "05-signed-in");

  await page.reload();
  await expect(page.getByRole("button", { name: "Grace Hopper" })).toBeVisible();
  await expect(page).toHaveURL(/\/directory$/);

  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name === "sam_session");
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");

  await page.getByRole("button", { name: "Grace Hopper" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await shot(page, "06-signed-out");

  // The cookie the browser held before signing out no longer opens a session.
  const replay = await request.post("/graphql", {
    headers: { "content-type": "application/json", cookie: `sam_session=${session!.value}` },
    data: { query: "{ me { email } }" },
  });
  const body = (await replay.json()) as {
    data: unknown;
    errors: { extensions: { code: string } }[];
  };
  expect(body.data).toBeNull();
  expect(body.errors[0].extensions.code).toBe("UNAUTHENTICATED");

  await page.goto("/api-tokens");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fapi-tokens/);
});
