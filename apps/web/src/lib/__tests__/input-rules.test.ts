import { requestAccessSchema } from "@/components/access/request-access.schema";
import { registerSchema } from "@/features/auth/schemas/register.schema";
import { virtualAccountSchema } from "@/features/smart-account/schemas/account-editing.schema";
import { containsLink, isDeliverableEmail } from "../input-rules";
import { accountNameField, companySchema, emailField } from "../validation";

// The console says what the server says: the same addresses and names are refused at the field.

const messages = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((issue) => `${issue.path.join(".")}: ${issue.message}`);

describe("addresses a mail server takes", () => {
  it.each(["ada@example.com", "o'brien+tag@example.co.uk", "ada@bücher.de"])(
    "takes %j",
    (email) => {
      expect(isDeliverableEmail(email)).toBe(true);
      expect(emailField.safeParse(email).success).toBe(true);
    },
  );

  it.each([
    '"a b"@x.com',
    "a..b@x.com",
    ".a@x.com",
    "a@x",
    "a@-x.com",
    "a@1.2.3.4",
    `${"a".repeat(65)}@x.com`,
  ])("refuses %j", (email) => {
    expect(isDeliverableEmail(email)).toBe(false);
    expect(emailField.safeParse(email).success).toBe(false);
  });

  it("names the refused address of a list", () => {
    const result = requestAccessSchema.safeParse({
      emails: "ok@acme.example, a..b@acme.example",
      forMyself: false,
      role: "USER",
      reason: "Work",
    });
    expect(messages(result)).toEqual(["emails: Not a valid email address: a..b@acme.example"]);
  });
});

describe("names without links", () => {
  it.each([
    "WIN A PRIZE at https://evil.example/claim",
    "visit www.evil.example",
    "mailto:x@evil.example",
  ])("refuses %j as a person's, company's, account's and virtual account's name", (text) => {
    expect(containsLink(text)).toBe(true);
    const register = registerSchema.safeParse({
      email: "ada@example.com",
      name: text,
      company: text,
      organisationType: "CUSTOMER",
      password: "correct horse battery",
      confirmPassword: "correct horse battery",
    });
    expect(messages(register)).toEqual([
      "name: A name cannot contain a web address or link (http:, www. and the like)",
      "company: A name cannot contain a web address or link (http:, www. and the like)",
    ]);
    expect(accountNameField.safeParse(text).success).toBe(false);
    expect(
      virtualAccountSchema.safeParse({ name: text, description: "", parentId: "" }).success,
    ).toBe(false);
  });

  it("accepts a dot in a name: Booking.com B.V.", () => {
    expect(accountNameField.safeParse("Booking.com B.V.").success).toBe(true);
    expect(
      companySchema.safeParse({
        name: "Booking.com B.V.",
        country: "NL",
        addressLine: "Oosterdokskade 163",
        city: "Amsterdam",
        region: "NA",
        postalCode: "1011 DL",
      }).success,
    ).toBe(true);
  });
});
