import http from "node:http";
import https from "node:https";
import dns from "node:dns/promises";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";

/** An address a host name resolved to. */
export type ResolvedAddress = { address: string; family: 4 | 6 };

/** Turns a host name into its addresses (the system resolver in production; a fake in tests). */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** One request to one address that has passed the check. */
export type ConnectRequest = {
  url: URL;
  /** The checked address: the connection goes here and nowhere else. */
  address: ResolvedAddress;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  /** How much of the response body to keep (characters). */
  captureLimit: number;
};

export type ConnectResponse = { status: number; body: string };

/** Opens the connection and sends (node:http/https in production; a fake in tests). */
export type Connector = (request: ConnectRequest) => Promise<ConnectResponse>;

export type SendResult = {
  /** A 2xx answer. */
  ok: boolean;
  status: number | null;
  durationMs: number;
  /** The start of the response body, at most `captureLimit` characters. */
  responseBody: string | null;
  /** Why nothing (or no 2xx) came back: refused, unreachable, timed out, a redirect … */
  error: string | null;
};

export type SenderOptions = {
  resolve?: HostResolver;
  connect?: Connector;
  /** Private, loopback, link-local … addresses too (never in production: see config). */
  allowPrivateAddresses: boolean;
  timeoutMs?: number;
  captureLimit?: number;
};

export const DEFAULT_TIMEOUT_MS = 10_000;
export const CAPTURE_LIMIT = 1_000;

/** Why an address may not be called, or null when it may (a public unicast address). */
export function refusalOf(address: string): string | null {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
  // An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is judged as the IPv4 address it maps.
  const range = ipaddr.process(address).range();
  return range === "unicast" ? null : `${address} is a ${range} address`;
}

/** The system resolver: every address, as the operating system sees the name (hosts file too). */
export const systemResolver: HostResolver = async (hostname) => {
  const found = await dns.lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/**
 * node:http/https, connected to the checked address only: the `lookup` hands the socket that
 * address whatever the name resolves to now (no second resolution for a DNS rebinding to win),
 * while the Host header, TLS SNI and certificate check still use the URL's host name. Redirects
 * are never followed (node:http does not); a 3xx is an answer like any other non-2xx. The body
 * read stops at the capture limit, and the whole exchange at the timeout.
 */
export const nodeConnector: Connector = (request) =>
  new Promise<ConnectResponse>((resolve, reject) => {
    const { url, address } = request;
    const lookup: LookupFunction = (_hostname, options, callback) => {
      if (options.all) callback(null, [{ address: address.address, family: address.family }]);
      else callback(null, address.address, address.family);
    };
    const client = url.protocol === "https:" ? https : http;
    const req = client.request(
      url,
      {
        method: "POST",
        headers: { ...request.headers, "content-length": Buffer.byteLength(request.body) },
        lookup,
        agent: false,
        timeout: request.timeoutMs,
        signal: AbortSignal.timeout(request.timeoutMs),
      },
      (res) => {
        res.setEncoding("utf8");
        let body = "";
        const done = () => {
          resolve({ status: res.statusCode ?? 0, body: body.slice(0, request.captureLimit) });
        };
        res.on("data", (chunk: string) => {
          body += chunk;
          if (body.length >= request.captureLimit) {
            // Enough kept: read no more of what may be an endless answer.
            res.destroy();
            done();
          }
        });
        res.on("end", done);
        res.on("error", (error) => (body.length > 0 ? done() : reject(error)));
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer within ${request.timeoutMs} ms`)));
    req.on("error", reject);
    req.end(request.body);
  });

/**
 * Sends a webhook with the SSRF guard: the URL's host is resolved first, every address it
 * resolves to is checked (private, loopback, link-local, unique-local, carrier-grade NAT,
 * multicast, reserved and IPv4-mapped forms of them are refused unless allowed), and only then is
 * the connector called, with the checked address. A refusal opens no connection.
 */
export class WebhookSender {
  private readonly resolve: HostResolver;
  private readonly connect: Connector;
  private readonly timeoutMs: number;
  private readonly captureLimit: number;

  constructor(private readonly options: SenderOptions) {
    this.resolve = options.resolve ?? systemResolver;
    this.connect = options.connect ?? nodeConnector;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.captureLimit = options.captureLimit ?? CAPTURE_LIMIT;
  }

  async send(rawUrl: string, headers: Record<string, string>, body: string): Promise<SendResult> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const failed = (error: string): SendResult => ({
      ok: false,
      status: null,
      durationMs: elapsed(),
      responseBody: null,
      error: error.slice(0, 500),
    });
    let address: ResolvedAddress;
    let url: URL;
    try {
      url = new URL(rawUrl);
      if (url.protocol !== "https:" && url.protocol !== "http:") {
        return failed(`refused: ${url.protocol} is not http(s)`);
      }
      const checked = await this.checkedAddress(url.hostname);
      if ("refused" in checked) return failed(`refused: ${checked.refused}`);
      address = checked.address;
    } catch (error) {
      return failed(`unresolved: ${messageOf(error)}`);
    }
    try {
      const response = await this.connect({
        url,
        address,
        headers,
        body,
        timeoutMs: this.timeoutMs,
        captureLimit: this.captureLimit,
      });
      const ok = response.status >= 200 && response.status < 300;
      return {
        ok,
        status: response.status,
        durationMs: elapsed(),
        responseBody: response.body.slice(0, this.captureLimit),
        error: ok
          ? null
          : response.status >= 300 && response.status < 400
            ? `answered ${response.status}: redirects are not followed`
            : `answered ${response.status}`,
      };
    } catch (error) {
      return failed(messageOf(error));
    }
  }

  /** The address to connect to, or why there is none. */
  async checkedAddress(
    hostname: string,
  ): Promise<{ address: ResolvedAddress } | { refused: string }> {
    const literal = hostname.replace(/^\[(.*)\]$/, "$1");
    const addresses: ResolvedAddress[] = ipaddr.isValid(literal)
      ? [{ address: literal, family: ipaddr.parse(literal).kind() === "ipv6" ? 6 : 4 }]
      : await this.resolve(hostname);
    if (addresses.length === 0) return { refused: `${hostname} has no address` };
    if (!this.options.allowPrivateAddresses) {
      // Every answer is checked: one public address among private ones is no pass.
      for (const { address } of addresses) {
        const refusal = refusalOf(address);
        if (refusal) return { refused: refusal };
      }
    }
    return { address: addresses[0] };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
