import { parseIdentifier, parsePhone, reviewReasons } from "../domain-identifier";

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

  it("accepts phone numbers in international form only", () => {
    expect(parsePhone("+1 949 555 0100")).toBe("+19495550100");
    expect(parsePhone("949 555 0100")).toBeNull();
    expect(parsePhone("call me")).toBeNull();
  });
});
