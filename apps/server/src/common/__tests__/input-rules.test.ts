import { getMetadataStorage as classValidatorMetadata } from "class-validator";
import { getMetadataStorage } from "type-graphql";
import { resolverClasses } from "../../graphql/schema";
import { isDeliverableEmail } from "../email-address";
import { SECRET_FIELDS } from "../input-hygiene";
import { containsLink, trimText } from "../text";
import { HAS_NO_LINK, IS_DELIVERABLE_EMAIL } from "../validators";
import { validateBulkRow } from "../../modules/lifecycle/dto/bulk-request.inputs";

describe("deliverable email addresses", () => {
  it.each([
    "ada@example.com",
    "o'brien+tag@example.co.uk",
    "first.last@sub.example.com",
    "a!#$%&'*+/=?^_`{|}~-z@example.com",
    "ada@bücher.de",
    "ada@xn--bcher-kva.de",
    `${"a".repeat(64)}@example.com`,
  ])("takes %j", (email) => {
    expect(isDeliverableEmail(email)).toBe(true);
  });

  it.each([
    '"a b"@x.com',
    "a b@x.com",
    "a..b@x.com",
    ".a@x.com",
    "a.@x.com",
    "@x.com",
    "a@",
    "a@x",
    "a@x.",
    "a@.x.com",
    "a@x..com",
    "a@-x.com",
    "a@x-.com",
    "a@x_y.com",
    "a@1.2.3.4",
    "a@[1.2.3.4]",
    "a@b@x.com",
    "ädä@x.com",
    `${"a".repeat(65)}@example.com`,
    `a@${"b".repeat(64)}.com`,
    `${"a".repeat(60)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(63)}.com`,
  ])("refuses %j", (email) => {
    expect(isDeliverableEmail(email)).toBe(false);
  });
});

describe("links in names", () => {
  it.each([
    "WIN A PRIZE at https://evil.example/claim",
    "HTTP://EVIL.EXAMPLE",
    "see hxxp-custom://x",
    "visit www.evil.example",
    "mailto:boss@evil.example",
    "javascript:alert(1)",
    "data:text/html,hi",
    "//evil.example/path",
    "ｗｗｗ.evil.example",
  ])("finds one in %j", (text) => {
    expect(containsLink(text)).toBe(true);
  });

  it.each([
    "Booking.com B.V.",
    "Ann from Booking.com",
    "AT&T Inc.",
    "Data: The Company",
    "Smith & Wesson",
    "J. R. R. Tolkien",
  ])("finds none in %j", (text) => {
    expect(containsLink(text)).toBe(false);
  });

  it("trims invisible blanks too", () => {
    expect(trimText("\u200B\u00A0 Ann \t\n\u2060")).toBe("Ann");
  });
});

// Every input class of the schema, with its fields, as type-graphql registered them.
function inputFields() {
  expect(resolverClasses.length).toBeGreaterThan(0);
  const storage = getMetadataStorage();
  const targets = new Map(storage.inputTypes.map((t) => [t.target, t.name]));
  return storage.fields
    .filter((f) => targets.has(f.target))
    .map((f) => {
      // A list's getType is its item's type: [String] counts as text too.
      const isText = (f.getType() as unknown) === String;
      const validators = classValidatorMetadata()
        .getTargetValidationMetadatas(f.target, "", true, false)
        .filter((m) => m.propertyName === f.name)
        .map((m) => m.name);
      return { where: `${targets.get(f.target)}.${f.name}`, name: f.name, isText, validators };
    });
}

describe("every input follows the rules, including those added later", () => {
  it("keeps every secret-bearing field untrimmed", () => {
    const secrets = inputFields().filter((f) => f.isText && /password|token|secret/i.test(f.name));
    expect(secrets.length).toBeGreaterThan(0);
    for (const f of secrets)
      expect({ field: f.where, secret: SECRET_FIELDS.has(f.name) }).toEqual({
        field: f.where,
        secret: true,
      });
  });

  it("checks every email field for an address a mail server takes", () => {
    // Signing in sends nothing: an address that was accepted before the rule still signs in. A
    // bulk row's addresses are checked row by row, by the single request's own validators (below),
    // so that one bad row is that row's error and not a refusal of the whole file.
    const exempt = new Set([
      "SignInInput.email",
      "BulkRequestRowInput.customerEmails",
      "BulkRequestRowInput.userEmails",
    ]);
    const emails = inputFields().filter((f) => /emails?$/i.test(f.name) && !exempt.has(f.where));
    expect(emails.length).toBeGreaterThanOrEqual(10);
    for (const f of emails) {
      expect({ field: f.where, validators: f.validators }).toEqual({
        field: f.where,
        validators: expect.arrayContaining([IS_DELIVERABLE_EMAIL]),
      });
    }
  });

  it("keeps links out of every person, company, account and virtual account name", () => {
    // A token's name is seen only by its owner and is never emailed; a bulk row's name is checked
    // row by row (below).
    const exempt = new Set(["CreateApiTokenInput.name", "BulkRequestRowInput.name"]);
    const names = inputFields().filter(
      (f) => (f.name === "name" || f.name === "company") && f.isText && !exempt.has(f.where),
    );
    expect(names.length).toBeGreaterThanOrEqual(9);
    for (const f of names) {
      expect({ field: f.where, validators: f.validators }).toEqual({
        field: f.where,
        validators: expect.arrayContaining([HAS_NO_LINK]),
      });
    }
  });

  it("checks a bulk row's names and addresses by the single request's validators, row by row", async () => {
    const row = {
      name: "Visit www.evil.example",
      domainIdentifier: null,
      customerEmails: ["ok@example.com", "a..b@x.com"],
      userEmails: ["ädä@x.com"],
      contactPhone: null,
      notes: null,
    };
    expect((await validateBulkRow(row)).map((f) => f.field).sort()).toEqual([
      "customerEmails",
      "name",
      "userEmails",
    ]);
  });
});
