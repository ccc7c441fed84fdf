import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { print } from "graphql";
import { graphql } from "./gql";
import { startTestApp, type Client, type TestApp } from "./harness";
import { ME, registeredUser, SIGN_OUT } from "./user-api";

// The console's page answers the console's own session query for a signed-in browser, so the
// console draws the signed-in page without a round trip first. The page here is a made-up build
// holding the query as the web build writes it.

// The console's own session query asks for these fields through a fragment; any query of the
// schema's will do here.
const SESSION_QUERY = print(ME);

// The frame the web build writes (index.html's template), with its pages by path prefix.
const FRAME_PAGES = [
  ["/directory", "Directory", "Your Smart and Virtual Account access"],
  ["/directory/request/company", "Request for my company", "Authorize <it> & more"],
  [
    "/smart-accounts/",
    "Smart Account",
    "",
    ["/assets/SmartAccountPage-Ab1_x.js", "/assets/Page-Cd2.css"],
  ],
];
const FRAME = `<template id="sam-first-paint" data-pages='${JSON.stringify(FRAME_PAGES)}'><div class="sam-first-paint"><div class="sam-fp-header">Smart Account Manager</div><h1 class="sam-fp-title"></h1><p class="sam-fp-description"></p></div></template>`;

function pageWith(query: string | null, frame = ""): string {
  const element = query
    ? `<script type="application/graphql" id="sam-session-query">${query}</script>`
    : "";
  return `<!doctype html><html lang="en"><head><title>Console</title>${element}<script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div>${frame}</body></html>\n`;
}

function writeBuild(html: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sam-web-dist-"));
  fs.writeFileSync(path.join(dir, "index.html"), html);
  return dir;
}

const CREATE_TOKEN = graphql(`
  mutation ConsolePageCreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
    }
  }
`);

/** The page at `url` as this browser gets it (fetch decodes brotli and gzip). */
async function page(app: TestApp, url: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${app.url}${url}`, {
    headers: { "accept-encoding": "br, gzip", ...headers },
  });
  return { status: res.status, headers: res.headers, html: await res.text() };
}

function cookieOf(client: Client): Record<string, string> {
  return client.cookie ? { cookie: client.cookie } : {};
}

const ANSWER = /<script type="application\/json" id="sam-session">([^<]*)<\/script>/;

function answerIn(html: string): unknown {
  const match = ANSWER.exec(html);
  return match ? JSON.parse(match[1]) : null;
}

describe("the console page with the build's session query", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ webDistDir: writeBuild(pageWith(SESSION_QUERY)) });
  });
  afterAll(async () => {
    await app.close();
  });
  beforeEach(async () => {
    await app.reset();
  });

  it("carries the answer /graphql gives the same session, on every console route", async () => {
    const ada = await registeredUser(app);
    const asked = await ada.gql(ME);
    expect(asked.errors).toBeUndefined();
    for (const url of ["/", "/directory", "/smart-accounts/4b7c2d4e?tab=history", "/index.html"]) {
      const res = await page(app, url, cookieOf(ada));
      expect(res.status).toBe(200);
      expect(answerIn(res.html)).toEqual({ data: asked.data });
      // Personal: no shared cache keeps it, and it differs by cookie.
      expect(res.headers.get("cache-control")).toBe("private, no-cache");
      expect(res.headers.get("vary")).toMatch(/Cookie/);
      expect(res.headers.get("content-encoding")).toBe("br");
    }
  });

  it("carries nothing for a browser without a session, or whose session is not valid", async () => {
    const ada = await registeredUser(app);
    const oldCookie = ada.cookie!;
    const stranger = await page(app, "/directory");
    expect(stranger.status).toBe(200);
    expect(answerIn(stranger.html)).toBeNull();
    expect(stranger.html).toContain('id="sam-session-query"');
    expect(stranger.headers.get("cache-control")).toBe("no-cache");

    const forged = await page(app, "/directory", { cookie: "sam_session=not-a-session" });
    expect(answerIn(forged.html)).toBeNull();

    expect((await ada.gql(SIGN_OUT)).errors).toBeUndefined();
    const signedOut = await page(app, "/directory", { cookie: oldCookie });
    expect(answerIn(signedOut.html)).toBeNull();
    expect(signedOut.headers.get("cache-control")).toBe("no-cache");
  });

  it("never answers for an API token: the page is for browsers and their sessions", async () => {
    const ada = await registeredUser(app);
    const created = await ada.gql(CREATE_TOKEN, { input: { name: "reader", scope: "READ_ONLY" } });
    expect(created.errors).toBeUndefined();
    const res = await page(app, "/directory", {
      authorization: `Bearer ${created.data!.createApiToken.secret}`,
    });
    expect(res.status).toBe(200);
    expect(answerIn(res.html)).toBeNull();
  });

  it("writes a name that looks like markup as data: it cannot close the script element", async () => {
    const name = `</script><script>alert(1)</script><!-- $' $& \u2028 & "quoted"`;
    const mallory = await registeredUser(app, { email: "mallory@ccoesup.com", name });
    const res = await page(app, "/directory", cookieOf(mallory));
    const match = ANSWER.exec(res.html);
    expect(match).not.toBeNull();
    // The element's text holds no markup at all, and reads back as the exact name.
    expect(match![1]).not.toMatch(/[<>]/);
    expect(res.html.match(/<script/g)).toHaveLength(3);
    expect(answerIn(res.html)).toMatchObject({ data: { me: { name } } });
  });
});

/** What the page's #root holds before any script has run. */
function rootOf(html: string): string {
  return /<div id="root">([\s\S]*?)<\/div>(?:<template|<\/body>)/.exec(html)?.[1] ?? "";
}

describe("the console page's frame, drawn before the JavaScript", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ webDistDir: writeBuild(pageWith(SESSION_QUERY, FRAME)) });
  });
  afterAll(async () => {
    await app.close();
  });
  beforeEach(async () => {
    await app.reset();
  });

  it("stands in #root for a signed-in page, with that page's title and description", async () => {
    const ada = await registeredUser(app);
    const directory = rootOf((await page(app, "/directory?search=x", cookieOf(ada))).html);
    expect(directory).toContain('<h1 class="sam-fp-title">Directory</h1>');
    expect(directory).toContain(
      '<p class="sam-fp-description">Your Smart and Virtual Account access</p>',
    );

    // The longest prefix wins, and the build's words are written as text.
    const wizard = rootOf(
      (await page(app, "/directory/request/company/review", cookieOf(ada))).html,
    );
    expect(wizard).toContain('<h1 class="sam-fp-title">Request for my company</h1>');
    expect(wizard).toContain("Authorize &#60;it&#62; &#38; more");

    // No description: no empty paragraph.
    const account = rootOf((await page(app, "/smart-accounts/4b7c2d4e", cookieOf(ada))).html);
    expect(account).toContain('<h1 class="sam-fp-title">Smart Account</h1>');
    expect(account).not.toContain("sam-fp-description");
  });

  it("is not drawn without a valid session, nor on pages it does not name", async () => {
    const ada = await registeredUser(app);
    // Signed out, the sign-in page comes next: a console frame would flash before it.
    expect(rootOf((await page(app, "/directory")).html)).toBe("");
    const forged = await page(app, "/directory", { cookie: "sam_session=not-a-session" });
    expect(rootOf(forged.html)).toBe("");
    for (const url of ["/mailbox", "/sign-in", "/", "/requests"]) {
      expect(rootOf((await page(app, url, cookieOf(ada))).html)).toBe("");
    }
    // Words from the request never reach the page.
    const res = await page(
      app,
      "/smart-accounts/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
      cookieOf(ada),
    );
    expect(rootOf(res.html)).toContain("Smart Account</h1>");
    expect(res.html).not.toContain("alert(1)");
  });

  it("asks in the head for a lazy page's code and styles, for that page only", async () => {
    const ada = await registeredUser(app);
    const { html } = await page(app, "/smart-accounts/4b7c2d4e", cookieOf(ada));
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head).toContain(
      '<link rel="modulepreload" crossorigin fetchpriority="low" href="/assets/SmartAccountPage-Ab1_x.js">',
    );
    expect(head).toContain(
      '<link rel="preload" as="style" crossorigin fetchpriority="low" href="/assets/Page-Cd2.css">',
    );
    // The directory is in the first page's own code; signed out, no page is framed.
    expect((await page(app, "/directory", cookieOf(ada))).html).not.toContain("modulepreload");
    expect((await page(app, "/smart-accounts/4b7c2d4e")).html).not.toContain("modulepreload");
  });

  it("names no address the build did not: a page listing one is drawn without its frame", async () => {
    const pages = [
      ["/smart-accounts/", "Smart Account", "", ["https://elsewhere.example/x.js"]],
      ["/requests", "Requests", "", ['/assets/a.js"><script>alert(1)</script>']],
    ];
    const other = await startTestApp({
      webDistDir: writeBuild(
        pageWith(
          SESSION_QUERY,
          FRAME.replace(
            JSON.stringify(FRAME_PAGES),
            JSON.stringify([...FRAME_PAGES.slice(0, 2), ...pages]),
          ),
        ),
      ),
    });
    try {
      const ada = await registeredUser(other);
      for (const url of ["/smart-accounts/4b7c2d4e", "/requests"]) {
        const { html } = await page(other, url, cookieOf(ada));
        expect(rootOf(html)).toBe("");
        // The build's template still carries its text; nothing is made of it.
        const head = html.slice(0, html.indexOf("</head>"));
        expect(head).not.toContain("elsewhere.example");
        expect(head).not.toContain("<link");
      }
      // The pages it lists properly keep their frame.
      expect(rootOf((await page(other, "/directory", cookieOf(ada))).html)).toContain("Directory");
    } finally {
      await other.close();
    }
  });
});

describe("the console page when the build's session query is not one the schema answers", () => {
  it.each([
    ["a field the schema does not have", SESSION_QUERY.replace("isStaff", "isRoot")],
    ["a mutation", print(SIGN_OUT)],
    ["text that does not parse", SESSION_QUERY.slice(0, 20)],
  ])("is sent without an answer, for %s", async (_name, query) => {
    const app = await startTestApp({ webDistDir: writeBuild(pageWith(query)) });
    try {
      // (On MySQL each case's server shares the suite's database: start from empty tables.)
      await app.reset();
      const ada = await registeredUser(app);
      const res = await page(app, "/directory", cookieOf(ada));
      expect(res.status).toBe(200);
      expect(answerIn(res.html)).toBeNull();
      expect(res.headers.get("cache-control")).toBe("no-cache");
      // The session is still whole: the page did not run the mutation.
      expect((await ada.gql(ME)).data?.me?.email).toBe("ada@ccoesup.com");
    } finally {
      await app.close();
    }
  });
});
