import unhomoglyph from "unhomoglyph";
import {
  hasNonLatinLabel,
  identifierSkeleton,
  parseIdentifier,
  parsePhone,
  reviewReasons,
} from "../domain-identifier";

function ok(raw: string) {
  const result = parseIdentifier(raw);
  if (!result.ok) throw new Error(`${raw}: ${result.message}`);
  return result.value;
}

describe("account domain identifiers", () => {
  it.each([
    ["ccoesup.com", "ccoesup.com", "ccoesup.com"],
    ["  PL.Cisco.COM. ", "pl.cisco.com", "cisco.com"],
    ["eu.example.co.uk", "eu.example.co.uk", "example.co.uk"],
    ["bücher.de", "xn--bcher-kva.de", "xn--bcher-kva.de"],
    ["sub.xn--bcher-kva.de", "sub.xn--bcher-kva.de", "xn--bcher-kva.de"],
    ["пример.рф", "xn--e1afmkfd.xn--p1ai", "xn--e1afmkfd.xn--p1ai"],
  ])("normalises %s to %s on the registrable domain %s", (raw, identifier, topLevelDomain) => {
    expect(ok(raw)).toEqual({ identifier, topLevelDomain });
  });

  it.each([
    ["", /Enter a domain/],
    ["ada@ccoesup.com", /domain only/],
    ["https://cisco.com", /domain only/],
    ["localhost", /not a valid domain/],
    ["-bad-.com", /not a valid domain/],
    ["co.uk", /public suffix/],
    ["10.0.0.1", /public suffix|not a valid/],
    // A Cyrillic "е" among Latin letters.
    ["ciscе.com", /mixes letters of different scripts/],
  ])("refuses %j", (raw, message) => {
    const result = parseIdentifier(raw);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.message).toMatch(message);
  });

  it("needs review when the identifier is not the approver's host, or is a consumer domain", () => {
    expect(reviewReasons(ok("ccoesup.com"), "ada@ccoesup.com")).toEqual([]);
    expect(reviewReasons(ok("pl.cisco.com"), "ada@cisco.com")).toEqual(["NOT_APPROVER_HOST"]);
    expect(reviewReasons(ok("cisco.com"), "ada@pl.cisco.com")).toEqual(["NOT_APPROVER_HOST"]);
    expect(reviewReasons(ok("gmail.com"), "ada@gmail.com")).toEqual(["CONSUMER_DOMAIN"]);
  });

  it("needs review for a label in another script, and for a look-alike of an existing one", () => {
    expect(reviewReasons(ok("пример.рф"), "ivan@xn--e1afmkfd.xn--p1ai")).toEqual([
      "NON_LATIN_SCRIPT",
    ]);
    expect(reviewReasons(ok("bücher.de"), "ada@xn--bcher-kva.de")).toEqual([]);
    expect(reviewReasons(ok("app1e.com"), "eve@app1e.com", true)).toEqual([
      "CONFUSABLE_WITH_EXISTING",
    ]);
    expect(hasNonLatinLabel("xn--80ak6aa92e.com")).toBe(true);
    expect(hasNonLatinLabel("xn--bcher-kva.de")).toBe(false);
  });

  it("uses the Unicode confusables data for skeletons", () => {
    // Straight from confusables.txt: Cyrillic р, а, у; "rn" for "m"; "l" for "1" and "I".
    expect(unhomoglyph("раураl")).toBe("paypal");
    expect(unhomoglyph("m")).toBe("rn");
    expect(unhomoglyph("1I")).toBe("ll");
    // The data maps the Cyrillic palochka to "i"; identifiers add that it is drawn as "l".
    expect(unhomoglyph("ӏ")).toBe("i");
  });

  it.each([
    ["xn--80ak6aa92e.com", "apple.com"], // аррӏе.com, all Cyrillic
    ["app1e.com", "apple.com"],
    ["g00gle.com", "google.com"],
    ["rnodern.com", "modern.com"],
    ["xn--pypal-4ve.com", "paypal.com"], // pаypal.com with a Cyrillic а
  ])("gives %s the skeleton of %s", (lookAlike, original) => {
    expect(identifierSkeleton(lookAlike)).toBe(identifierSkeleton(original));
  });

  it.each([
    ["apple.com", "apple.co"],
    ["mail.com", "mall.com"],
    ["eu.apple.com", "apple.com"],
  ])("tells %s from %s", (a, b) => {
    expect(identifierSkeleton(a)).not.toBe(identifierSkeleton(b));
  });

  it("accepts phone numbers in international form only", () => {
    expect(parsePhone("+1 949 555 0100")).toBe("+19495550100");
    expect(parsePhone("949 555 0100")).toBeNull();
    expect(parsePhone("call me")).toBeNull();
  });
});
