import { gzipSync } from "node:zlib";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { loadConfig } from "../src/config";
import { startServer, type RunningServer } from "../src/server";
import { print } from "graphql";
import { graphql } from "./gql";
import { testDatabaseUrl } from "./harness";

// The HTTP edge: security headers, and answers of /graphql that never leave the GraphQL error
// contract (JSON with extensions.code, no HTML, no stack), whatever the NODE_ENV.
//
// Bodies are written by hand here on purpose: wrong content types, malformed JSON, a broken
// document, variables of the wrong shape. Where the document itself is meant to be valid it is a
// generated one, printed, so that only the part under test is malformed.

const SIGN_UP = print(
  graphql(`
    mutation EdgeSignUp($input: SignUpInput!) {
      signUp(input: $input) {
        __typename
      }
    }
  `),
);

const WEB_INDEX = path.resolve(__dirname, "..", "..", "web", "index.html");

/**
 * A server whose console is the web's index.html as written (the build keeps its scripts as
 * files), so the served page and its headers are tested without building the web first.
 */
async function startWithConsole(env: Record<string, string>): Promise<RunningServer> {
  const webDistDir = fs.mkdtempSync(path.join(os.tmpdir(), "sam-web-"));
  fs.copyFileSync(WEB_INDEX, path.join(webDistDir, "index.html"));
  const config = loadConfig({
    PORT: "0",
    DATABASE_URL: await testDatabaseUrl(),
    LOG_LEVEL: "silent",
    TRUST_PROXY: "true",
    ...env,
  });
  return startServer({ ...config, webDistDir }, { mailTransport: null, startJobs: false });
}

const PRODUCTION = {
  NODE_ENV: "production",
  SMTP_URL: "smtp://127.0.0.1:2525",
  APP_URL: "https://accounts.example.com",
};
const DEVELOPMENT = { NODE_ENV: "development", APP_URL: "http://localhost:4000" };

function directives(header: string | null): Record<string, string> {
  const map: Record<string, string> = {};
  for (const part of (header ?? "").split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map[name] = values.join(" ");
  }
  return map;
}

/** The scripts of an HTML page: those with a src, and the text of inline ones. */
function scripts(html: string): { src: string[]; inline: string[] } {
  const src: string[] = [];
  const inline: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const srcAttr = match[1].match(/\bsrc\s*=\s*["']?([^"'\s>]+)/i)?.[1];
    if (srcAttr) src.push(srcAttr);
    else inline.push(match[2]);
  }
  return { src, inline };
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

type ErrorBody = {
  data?: unknown;
  errors: { message: string; extensions: { code: string; fields?: unknown } }[];
};

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
}

/** Every answer of /graphql: JSON in the GraphQL error shape, without a stack or HTML. */
async function expectGraphqlError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/(graphql-response\+)?json/);
  const text = await res.text();
  expect(text).not.toMatch(/<html|<!doctype|<pre|stacktrace|"stack"|\s+at\s+\S+\s+\(/i);
  const body = JSON.parse(text) as ErrorBody;
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0].extensions.code).toBe(code);
  expect(body.errors[0].message).toEqual(expect.any(String));
  return body.errors[0];
}

describe("security headers in production", () => {
  let prod: RunningServer;
  beforeAll(async () => {
    prod = await startWithConsole(PRODUCTION);
  });
  afterAll(async () => {
    await prod.close();
  });

  const strictPolicy = {
    "default-src": "'self'",
    "base-uri": "'self'",
    "script-src": "'self'",
    "script-src-attr": "'none'",
    // Mantine writes <style> elements (its CSS variables) at run time.
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data:",
    "font-src": "'self' data:",
    // The subscriptions' WebSocket, to this app only.
    "connect-src": "'self' wss://accounts.example.com",
    "object-src": "'none'",
    "frame-ancestors": "'none'",
    "form-action": "'self'",
    "upgrade-insecure-requests": "",
  };

  it.each([
    ["the console", "GET", "/"],
    ["a console route", "GET", "/directory"],
    ["GET /graphql", "GET", "/graphql"],
    ["POST /graphql", "POST", "/graphql"],
    ["an unknown path", "GET", "/dev/nothing-here"],
  ])("sends a strict CSP, HSTS and helmet's set on %s", async (_name, method, url) => {
    const res = await fetch(`${prod.url}${url}`, {
      method,
      headers: { "content-type": "application/json", accept: "text/html" },
      body: method === "POST" ? JSON.stringify({ query: "{ __typename }" }) : undefined,
    });
    expect(directives(res.headers.get("content-security-policy"))).toEqual(strictPolicy);
    expect(res.headers.get("strict-transport-security")).toBe(
      "max-age=31536000; includeSubDomains",
    );
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(res.headers.get("cross-origin-resource-policy")).toBe("same-origin");
    expect(res.headers.get("x-dns-prefetch-control")).toBe("off");
    expect(res.headers.get("x-permitted-cross-domain-policies")).toBe("none");
    expect(res.headers.get("x-powered-by")).toBeNull();
  });

  it("serves a console whose scripts the policy allows: files of its own, no inline script", async () => {
    const res = await fetch(`${prod.url}/`);
    expect(res.status).toBe(200);
    const page = await res.text();
    const { src, inline } = scripts(page);
    expect(src.length).toBeGreaterThan(0);
    for (const url of src) expect(url).toMatch(/^\/(?!\/)/);
    const policy = directives(res.headers.get("content-security-policy"))["script-src"];
    // An inline script would have to be allowed by its hash; the console has none.
    for (const text of inline) expect(policy).toContain(sha256(text));
    expect(inline).toEqual([]);
    // No event-handler attributes either (script-src-attr 'none').
    expect(page).not.toMatch(/\son[a-z]+\s*=/i);
  });

  it("serves no landing page and no third-party script on GET /graphql", async () => {
    for (const accept of ["text/html", "*/*", "application/json"]) {
      const res = await fetch(`${prod.url}/graphql`, { headers: { accept } });
      const text = await res.text();
      expect(res.headers.get("content-type")).not.toMatch(/html/);
      expect(text).not.toMatch(/<script|<html|apollographql\.com|https?:\/\//i);
      expect((JSON.parse(text) as ErrorBody).errors[0].extensions.code).toBe("BAD_REQUEST");
    }
  });

  it("keeps the policy without upgrade-insecure-requests when served over plain HTTP", async () => {
    const plain = await startWithConsole({ ...PRODUCTION, APP_URL: "http://localhost:4000" });
    try {
      const res = await fetch(`${plain.url}/`);
      const policy = directives(res.headers.get("content-security-policy"));
      const rest = Object.fromEntries(
        Object.entries(strictPolicy).filter(([name]) => name !== "upgrade-insecure-requests"),
      );
      // The socket follows the app's scheme: ws: for an app served over http.
      expect(policy).toEqual({ ...rest, "connect-src": "'self' ws://localhost:4000" });
      expect(res.headers.get("strict-transport-security")).toMatch(/^max-age=31536000/);
    } finally {
      await plain.close();
    }
  });
});

describe("security headers in development", () => {
  let dev: RunningServer;
  beforeAll(async () => {
    dev = await startWithConsole(DEVELOPMENT);
  });
  afterAll(async () => {
    await dev.close();
  });

  it("keeps the script policy and drops HSTS", async () => {
    const res = await fetch(`${dev.url}/explorer`);
    const policy = directives(res.headers.get("content-security-policy"));
    expect(policy["script-src"]).toBe("'self'");
    expect(policy["connect-src"]).toBe("'self' ws://localhost:4000");
    expect(policy["frame-ancestors"]).toBe("'none'");
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });

  it("serves no landing page with third-party scripts on GET /graphql", async () => {
    const res = await fetch(`${dev.url}/graphql`, { headers: { accept: "text/html" } });
    const text = await res.text();
    expect(res.headers.get("content-type")).not.toMatch(/html/);
    expect(text).not.toMatch(/<script|apollographql\.com/i);
  });
});

describe.each([
  ["production", PRODUCTION],
  ["development", DEVELOPMENT],
  ["test", { NODE_ENV: "test" }],
])("errors of /graphql in %s", (_mode, env) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startWithConsole(env);
  });
  afterAll(async () => {
    await server.close();
  });

  it("answers a body over the size limit with 413 PAYLOAD_TOO_LARGE as JSON", async () => {
    const query = `{ __typename }${" ".repeat(200 * 1024)}`;
    await expectGraphqlError(
      await post(server.url, JSON.stringify({ query })),
      413,
      "PAYLOAD_TOO_LARGE",
    );
  });

  it("reads the body however it is framed: with its length, chunked, compressed, with a BOM", async () => {
    const body = JSON.stringify({ query: "{ __typename }" });
    const answers = (res: Response) => res.json() as Promise<unknown>;
    const expected = { data: { __typename: "Query" } };
    expect(await answers(await post(server.url, body))).toEqual(expected);
    expect(
      await answers(
        await post(server.url, body, { "content-type": "Application/JSON; Charset=UTF-8" }),
      ),
    ).toEqual(expected);
    expect(await answers(await post(server.url, `\uFEFF${body}`))).toEqual(expected);
    const chunked = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: new Blob([body]).stream(),
      duplex: "half",
    } as RequestInit);
    expect(await answers(chunked)).toEqual(expected);
    const compressed = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "content-encoding": "gzip" },
      body: gzipSync(body),
    });
    expect(await answers(compressed)).toEqual(expected);
  });

  it("answers a body whose top level is not an object with 400 BAD_REQUEST", async () => {
    for (const body of ['"{ __typename }"', "42", "null", "   "]) {
      await expectGraphqlError(await post(server.url, body), 400, "BAD_REQUEST");
    }
  });

  it("answers malformed JSON with 400 BAD_REQUEST as JSON", async () => {
    await expectGraphqlError(
      await post(server.url, '{"query": "{ me { id } }"'),
      400,
      "BAD_REQUEST",
    );
  });

  it("answers an unsupported charset with 415 BAD_REQUEST as JSON", async () => {
    await expectGraphqlError(
      await post(server.url, JSON.stringify({ query: "{ __typename }" }), {
        "content-type": "application/json; charset=klingon",
      }),
      415,
      "BAD_REQUEST",
    );
  });

  it("answers a body in an unknown content encoding with 415 BAD_REQUEST as JSON", async () => {
    await expectGraphqlError(
      await post(server.url, JSON.stringify({ query: "{ __typename }" }), {
        "content-encoding": "klingon",
      }),
      415,
      "BAD_REQUEST",
    );
  });

  it.each([
    ["text/plain", {}],
    ["text/plain", { "apollo-require-preflight": "true" }],
    ["application/x-www-form-urlencoded", { "apollo-require-preflight": "true" }],
  ])("answers a %s body (%j) in JSON, not plain text", async (type, headers) => {
    await expectGraphqlError(
      await post(server.url, "query={ __typename }", { "content-type": type, ...headers }),
      400,
      "BAD_REQUEST",
    );
  });

  it.each(["PUT", "DELETE", "PATCH"])("answers %s /graphql in JSON", async (method) => {
    const res = await fetch(`${server.url}/graphql`, {
      method,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    await expectGraphqlError(res, 405, "BAD_REQUEST");
  });

  it.each([
    ["STAFF", /"STAFF"/],
    // The value is echoed in graphql-js's message: a "; " or ` at "…"` inside it misleads no one.
    ['STAFF" at "input.name"; x', /does not exist/],
    [{ nested: 'a at "input.email"; b' }, /non-string/],
  ])("answers organisationType %j with BAD_USER_INPUT naming its path", async (value, message) => {
    const res = await post(
      server.url,
      JSON.stringify({
        query: SIGN_UP,
        variables: {
          input: {
            email: "ada@ccoesup.com",
            name: "Ada",
            company: "CCO Esup",
            organisationType: value,
            password: "correct horse battery",
          },
        },
      }),
    );
    const error = await expectGraphqlError(res, 400, "BAD_USER_INPUT");
    expect(error.extensions.fields).toEqual([
      { field: "input.organisationType", message: expect.stringMatching(message) },
    ]);
  });

  const SEARCH = print(
    graphql(`
      query EdgeSearch($query: String!, $first: Int!) {
        searchSmartAccounts(query: $query, first: $first) {
          __typename
        }
      }
    `),
  );

  it.each([
    [{ query: "alpha", first: 1.5 }, "first", /non-integer/i],
    [{ query: "alpha", first: "ten" }, "first", /non-integer/i],
    [{ query: "alpha", first: 2 ** 31 }, "first", /32-bit/i],
    [{ first: 5 }, "query", /was not provided/i],
    [{ query: null, first: 5 }, "query", /must not be null/i],
  ])(
    "answers the variables %j with BAD_USER_INPUT naming %s",
    async (variables, field, message) => {
      const res = await post(server.url, JSON.stringify({ query: SEARCH, variables }));
      const error = await expectGraphqlError(res, 400, "BAD_USER_INPUT");
      expect(error.extensions.fields).toEqual([{ field, message: expect.stringMatching(message) }]);
    },
  );

  it("names a missing or unknown field inside an input variable", async () => {
    const res = await post(
      server.url,
      JSON.stringify({
        query: SIGN_UP,
        variables: {
          input: { email: "ada@ccoesup.com", name: "Ada", company: "CCO Esup", shoeSize: 9 },
        },
      }),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    const fields = body.errors.flatMap(
      (e) => (e.extensions.fields as { field: string }[] | undefined) ?? [],
    );
    for (const error of body.errors) expect(error.extensions.code).toBe("BAD_USER_INPUT");
    expect(fields.map((f) => f.field).sort()).toEqual(
      ["input.organisationType", "input.password", "input.shoeSize"].sort(),
    );
  });

  it("sends no stack with a GraphQL syntax error", async () => {
    await expectGraphqlError(
      await post(server.url, JSON.stringify({ query: "{ me { id " })),
      400,
      "GRAPHQL_PARSE_FAILED",
    );
  });
});
