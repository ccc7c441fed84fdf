import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "./axe";
import { registerVerified, signIn, uniqueDomain } from "./support";

// A partner uploads a file of customers from the customer request page, reads the preview, creates
// the good rows and follows the job until it is done, against the real server and its job.

const partnerDomain = uniqueDomain("bulk-partner");
const partner = `pia@${partnerDomain}`;
const customers = [uniqueDomain("bulk-one"), uniqueDomain("bulk-two")];

test.beforeAll(async ({ request }) => {
  await registerVerified(request, {
    email: partner,
    name: "Pia Partner",
    company: "Bulk Partners",
    organisationType: "PARTNER",
  });
});

test("a partner uploads a CSV, previews its rows, creates them and follows the job to the end", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/directory/request/customer");
  await signIn(page, partner);
  await page.getByRole("link", { name: "Request for many customers from a CSV file" }).click();
  await expect(
    page.getByRole("heading", { name: "Request for many customers", level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Download the template CSV" })).toHaveAttribute(
    "href",
    "/bulk-request-template.csv",
  );

  const csv = [
    "account name,identifier,customer emails,user emails,contact phone,notes",
    `First Customer,${customers[0]},buyer@${customers[0]},,,Welcome aboard`,
    `Second Customer,,buyer@${customers[1]},user@${customers[1]},,`,
    `Broken Customer,,not-an-email,,,`,
  ].join("\n");
  await page.getByLabel("CSV file").setInputFiles({
    name: "customers.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });

  const preview = page.getByRole("table", { name: "Rows of the file, as they would be requested" });
  await expect(preview.getByRole("row")).toHaveCount(4);
  await expect(preview.getByRole("row", { name: /First Customer/ })).toContainText("Ready");
  await expect(preview.getByRole("row", { name: /Broken Customer/ })).toContainText(
    "customerEmails:",
  );
  await expect(
    page.getByText("2 ready, 0 meeting existing accounts, 0 already requested, 1 in error."),
  ).toBeVisible();
  await expectNoAxeViolations(page, "the bulk request's preview");
  // The preview table scrolls in its own box: the page stays within the phone's width.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.getByRole("button", { name: "Create 2 accounts" }).click();
  await expect(page).toHaveURL(/\/directory\/request\/bulk\/[\w-]+$/);
  await expect(page.getByRole("heading", { name: "Done", level: 2 })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Rows requested" })).toHaveAttribute(
    "aria-valuenow",
    "100",
  );
  await expect(
    page.getByText("3 of 3 rows: 2 requested, 0 already requested, 1 failed."),
  ).toBeVisible();
  const results = page.getByRole("table", { name: "Result of each row" });
  await expect(results.getByRole("row", { name: /First Customer/ })).toContainText("Requested");
  await expect(results.getByRole("row", { name: /Broken Customer/ })).toContainText("Failed");
  await expectNoAxeViolations(page, "the bulk request's job");

  // Reloaded, the job is still there: its address is the job's.
  await page.reload();
  await expect(
    page.getByText("3 of 3 rows: 2 requested, 0 already requested, 1 failed."),
  ).toBeVisible();
});
