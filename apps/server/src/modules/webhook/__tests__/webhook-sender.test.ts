import {
  WebhookSender,
  refusalOf,
  type ConnectRequest,
  type ConnectResponse,
  type HostResolver,
} from "../webhook-sender";

/** A connector that records what it was asked to connect to and never opens a socket. */
function fakeConnector(response: ConnectResponse = { status: 204, body: "" }) {
  return jest.fn(async (_request: ConnectRequest) => response);
}

/** A resolver that answers from a table; every name it was asked is kept. */
function fakeResolver(table: Record<string, string[]>) {
  return jest.fn<ReturnType<HostResolver>, Parameters<HostResolver>>(async (hostname) =>
    (table[hostname] ?? []).map((address) => ({
      address,
      family: address.includes(":") ? 6 : 4,
    })),
  );
}

const FORBIDDEN = ["127.0.0.1", "::ffff:127.0.0.1", "169.254.169.254", "10.20.30.40"];

describe("the webhook sender's address check (SSRF)", () => {
  it.each(FORBIDDEN)("refuses %s as a literal address before any connection", async (address) => {
    const connect = fakeConnector();
    const resolve = fakeResolver({});
    const sender = new WebhookSender({ resolve, connect, allowPrivateAddresses: false });
    const host = address.includes(":") ? `[${address}]` : address;
    const result = await sender.send(`https://${host}/hook`, {}, "{}");
    expect(result).toMatchObject({ ok: false, status: null });
    expect(result.error).toMatch(/^refused: .* is a (loopback|linkLocal|private) address$/);
    expect(connect).not.toHaveBeenCalled();
  });

  it.each(FORBIDDEN)(
    "refuses a host name that resolves to %s, after resolving it, before any connection",
    async (address) => {
      const connect = fakeConnector();
      const resolve = fakeResolver({ "hooks.example.com": [address] });
      const sender = new WebhookSender({ resolve, connect, allowPrivateAddresses: false });
      const result = await sender.send("https://hooks.example.com/hook", {}, "{}");
      expect(resolve).toHaveBeenCalledWith("hooks.example.com");
      expect(result.ok).toBe(false);
      expect(result.error).toMatch(/^refused: /);
      expect(connect).not.toHaveBeenCalled();
    },
  );

  it("refuses a name with one public and one private address (every answer is checked)", async () => {
    const connect = fakeConnector();
    const resolve = fakeResolver({ "mixed.example.com": ["93.184.216.34", "10.0.0.7"] });
    const sender = new WebhookSender({ resolve, connect, allowPrivateAddresses: false });
    const result = await sender.send("https://mixed.example.com/", {}, "{}");
    expect(result.error).toBe("refused: 10.0.0.7 is a private address");
    expect(connect).not.toHaveBeenCalled();
  });

  it("refuses the other special ranges and the hex form of a mapped loopback address", () => {
    for (const address of [
      "::1",
      "fe80::1",
      "fd00::5",
      "100.64.0.1",
      "0.0.0.0",
      "192.168.1.1",
      "172.16.0.1",
      "::ffff:7f00:1",
      "::ffff:a9fe:a9fe",
      "224.0.0.1",
    ]) {
      expect(refusalOf(address)).not.toBeNull();
    }
    expect(refusalOf("93.184.216.34")).toBeNull();
    expect(refusalOf("2606:4700::1111")).toBeNull();
  });

  it("connects to the public address it checked, and only to that one", async () => {
    const connect = fakeConnector({ status: 200, body: "thanks" });
    const resolve = fakeResolver({ "hooks.example.com": ["93.184.216.34"] });
    const sender = new WebhookSender({ resolve, connect, allowPrivateAddresses: false });
    const result = await sender.send("https://hooks.example.com/in", { a: "b" }, '{"x":1}');
    expect(result).toMatchObject({ ok: true, status: 200, responseBody: "thanks", error: null });
    expect(connect).toHaveBeenCalledTimes(1);
    const [request] = connect.mock.calls[0];
    expect(request.address).toEqual({ address: "93.184.216.34", family: 4 });
    expect(request.url.href).toBe("https://hooks.example.com/in");
    expect(request.body).toBe('{"x":1}');
  });

  it("lets private addresses through only when allowed (development and tests)", async () => {
    const connect = fakeConnector();
    const resolve = fakeResolver({ "receiver.test": ["127.0.0.1"] });
    const sender = new WebhookSender({ resolve, connect, allowPrivateAddresses: true });
    expect((await sender.send("http://receiver.test:8080/", {}, "{}")).ok).toBe(true);
    expect(connect.mock.calls[0][0].address.address).toBe("127.0.0.1");
  });

  it("reports a redirect as a failure, bounds the captured answer, and names a name with no address", async () => {
    const resolve = fakeResolver({ "hooks.example.com": ["93.184.216.34"] });
    const redirect = new WebhookSender({
      resolve,
      connect: fakeConnector({ status: 302, body: "" }),
      allowPrivateAddresses: false,
    });
    expect((await redirect.send("https://hooks.example.com/", {}, "{}")).error).toBe(
      "answered 302: redirects are not followed",
    );
    const long = new WebhookSender({
      resolve,
      connect: fakeConnector({ status: 500, body: "x".repeat(5000) }),
      allowPrivateAddresses: false,
      captureLimit: 100,
    });
    expect((await long.send("https://hooks.example.com/", {}, "{}")).responseBody).toHaveLength(
      100,
    );
    const connect = fakeConnector();
    const none = new WebhookSender({ resolve, connect, allowPrivateAddresses: false });
    expect((await none.send("https://nowhere.example.com/", {}, "{}")).error).toBe(
      "refused: nowhere.example.com has no address",
    );
    expect(connect).not.toHaveBeenCalled();
  });
});
