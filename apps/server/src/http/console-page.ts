import zlib from "node:zlib";
import type { Request, Response } from "express";
import {
  execute,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import type { Logger } from "pino";
import type { Context } from "../graphql/context";

/**
 * The console asks for the signed-in person (`me`) before it can draw anything that depends on
 * them. That question is answered in the page itself: the web build writes its own session
 * query into index.html (`<script type="application/graphql" id="sam-session-query">`), and for
 * a request that carries a session the server runs that query as /graphql would for the same
 * cookie and writes the answer beside it (`<script type="application/json" id="sam-session">`).
 * The console puts the answer in its cache and draws the signed-in page at once, a round trip
 * sooner (on a phone on a slow network, a quarter of a second or more).
 *
 * Only the build's own query runs (checked against the schema at start: a page whose query the
 * schema no longer answers is sent without answers, never with an error), only for a session
 * cookie (never a bearer token), and only a complete answer is written. The answer holds what
 * `me` returns to that session and nothing else, escaped so that no text in it can close the
 * script element. A page carrying an answer is `private` (no shared cache keeps it) and varies
 * by cookie; a page without one is the same for everyone.
 */
const QUERY_ELEMENT =
  /<script type="application\/graphql" id="sam-session-query">([\s\S]*?)<\/script>/;
const ANSWER_MARK = "</head>";

type SessionQuery = { document: DocumentNode; operationName: string | undefined };

/** The session query the build wrote into the page, if it is one the schema answers. */
export function sessionQueryOf(
  html: string,
  schema: GraphQLSchema,
  log: Logger,
): SessionQuery | null {
  const text = QUERY_ELEMENT.exec(html)?.[1];
  if (!text) return null;
  try {
    const document = parse(text);
    const operations = document.definitions.filter(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION,
    );
    const errors = validate(schema, document);
    if (errors.length > 0 || operations.length !== 1 || operations[0].operation !== "query") {
      log.warn(
        { errors: errors.map((error) => error.message) },
        "the console's session query is not a single valid query: pages are sent without it",
      );
      return null;
    }
    return { document, operationName: operations[0].name?.value };
  } catch (error) {
    log.warn({ err: error }, "the console's session query does not parse");
    return null;
  }
}

/** JSON that can sit inside a <script> element: no `<`, `>`, `&` or line separators as such. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => {
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

const FIRST_PAINT_ELEMENT =
  /<template\s+id="sam-first-paint"\s+data-pages='([^']*)'\s*>([\s\S]*?)<\/template>/;
const ROOT_ELEMENT = '<div id="root"></div>';
const TITLE_ELEMENT = '<h1 class="sam-fp-title"></h1>';
const DESCRIPTION_ELEMENT = '<p class="sam-fp-description"></p>';

type FramedPage = {
  prefix: string;
  title: string;
  description: string;
  /** The page's own code and styles when it loads lazily (addresses the build wrote). */
  assets: string[];
};

/** An address the build writes for its own hashed files: nothing else is ever put in a link. */
const ASSET_ADDRESS = /^\/assets\/[\w.-]+\.(js|css)$/;

export type FirstPaint = {
  /** The frame's markup, with an empty title and description. */
  markup: string;
  /** The signed-in console's pages by path prefix, longest prefix first. */
  pages: FramedPage[];
};

/**
 * The console's frame that the build writes into index.html (a `<template id="sam-first-paint">`
 * with the titles and descriptions of its pages by path prefix): the browser draws it before
 * any JavaScript has run, and React replaces it on its first render. Null when the page has
 * none or it cannot be read.
 */
export function firstPaintOf(html: string, log: Logger): FirstPaint | null {
  const found = FIRST_PAINT_ELEMENT.exec(html);
  if (!found) return null;
  const [, pagesText, markup] = found;
  try {
    const entries: unknown = JSON.parse(pagesText);
    const pages = (Array.isArray(entries) ? entries : [])
      .filter(
        (entry): entry is [string, string, string] | [string, string, string, string[]] =>
          Array.isArray(entry) &&
          (entry.length === 3 ||
            (entry.length === 4 &&
              Array.isArray(entry[3]) &&
              entry[3].every(
                (address: unknown) => typeof address === "string" && ASSET_ADDRESS.test(address),
              ))) &&
          entry.slice(0, 3).every((part) => typeof part === "string") &&
          entry[0].startsWith("/") &&
          entry[1].length > 0,
      )
      .map(([prefix, title, description, assets]) => ({
        prefix,
        title,
        description,
        assets: assets ?? [],
      }))
      .sort((a, b) => b.prefix.length - a.prefix.length);
    if (
      pages.length === 0 ||
      !html.includes(ROOT_ELEMENT) ||
      !markup.includes(TITLE_ELEMENT) ||
      !markup.includes(DESCRIPTION_ELEMENT)
    ) {
      throw new Error("no pages, or no place for the frame, its title or its description");
    }
    return { markup: markup.trim(), pages };
  } catch (error) {
    log.warn(
      { err: error },
      "the console's first-paint frame is not readable: pages are sent without it",
    );
    return null;
  }
}

/** Text for HTML element content: no markup in it. */
function htmlText(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Asks for a lazy page's code and styles while the page is parsed (none is applied yet). */
function preloadLink(address: string): string {
  return address.endsWith(".css")
    ? `<link rel="preload" as="style" crossorigin fetchpriority="low" href="${address}">`
    : `<link rel="modulepreload" crossorigin fetchpriority="low" href="${address}">`;
}

/**
 * The page with the frame in #root, for a page of the signed-in console the frame names (only
 * those: the sign-in pages and the development tools look different), and the links that fetch
 * that page's code and styles if it loads lazily. Only the build's own words and addresses are
 * written, never anything from the request.
 */
export function withFirstPaint(page: string, firstPaint: FirstPaint | null, path: string): string {
  const framed = firstPaint?.pages.find(({ prefix }) => path.startsWith(prefix));
  if (!firstPaint || !framed) return page;
  const frame = firstPaint.markup
    .replace(TITLE_ELEMENT, () => `<h1 class="sam-fp-title">${htmlText(framed.title)}</h1>`)
    .replace(DESCRIPTION_ELEMENT, () =>
      framed.description ? `<p class="sam-fp-description">${htmlText(framed.description)}</p>` : "",
    );
  const links = framed.assets.map(preloadLink).join("");
  return page
    .replace(ROOT_ELEMENT, () => `<div id="root">${frame}</div>`)
    .replace(ANSWER_MARK, () => `${links}${ANSWER_MARK}`);
}

type Encoding = "br" | "gzip" | "identity";

function encodingFor(req: Request): Encoding {
  // Brotli when the browser takes it (every current one does over HTTPS and localhost).
  return (
    (["br", "gzip"] as const).find((name) => req.acceptsEncodings(name) === name) ?? "identity"
  );
}

function compress(html: string, encoding: Encoding, best: boolean): Buffer {
  switch (encoding) {
    case "br":
      return zlib.brotliCompressSync(html, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: best ? zlib.constants.BROTLI_MAX_QUALITY : 5,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(html),
        },
      });
    case "gzip":
      return zlib.gzipSync(html, { level: best ? 9 : 6 });
    case "identity":
      return Buffer.from(html, "utf8");
  }
}

type ConsolePageOptions = {
  html: string;
  schema: GraphQLSchema;
  log: Logger;
  /** Whether the request carries a session cookie (checked before any database work). */
  hasSession: (req: Request) => boolean;
  /** The context /graphql would give this request; null when its session is not valid. */
  sessionContext: (req: Request, res: Response) => Promise<Context | null>;
};

/**
 * The console's page (index.html and every client-side route): never taken from a cache
 * without asking (a release changes the assets it names). The page as built is compressed once
 * at start; a page with a session's answer is compressed per request (a few kilobytes).
 */
export function consolePage({ html, schema, log, hasSession, sessionContext }: ConsolePageOptions) {
  const sessionQuery = sessionQueryOf(html, schema, log);
  const firstPaint = firstPaintOf(html, log);
  const shared: Record<Encoding, Buffer> = {
    br: compress(html, "br", true),
    gzip: compress(html, "gzip", true),
    identity: compress(html, "identity", true),
  };

  async function answerFor(req: Request, res: Response): Promise<string | null> {
    if (!sessionQuery || !hasSession(req)) return null;
    try {
      const context = await sessionContext(req, res);
      if (!context) return null;
      const result = await execute({
        schema,
        document: sessionQuery.document,
        operationName: sessionQuery.operationName,
        contextValue: context,
      });
      if (result.errors?.length || !result.data) return null;
      return scriptSafeJson({ data: result.data });
    } catch (error) {
      // The console asks again over /graphql: the page is never refused for this.
      log.warn({ err: error }, "the session query failed while sending the console's page");
      return null;
    }
  }

  return {
    async send(req: Request, res: Response) {
      const encoding = encodingFor(req);
      const answer = await answerFor(req, res);
      res.setHeader("Vary", "Accept-Encoding, Cookie");
      if (encoding !== "identity") res.setHeader("Content-Encoding", encoding);
      if (answer === null) {
        res.setHeader("Cache-Control", "no-cache");
        res.type("html").send(shared[encoding]);
        return;
      }
      res.setHeader("Cache-Control", "private, no-cache");
      // A function, so that no `$` in the answer is read as a replacement pattern.
      // The frame only with an answer: signed in, the console (not the sign-in page) comes next.
      const page = withFirstPaint(html, firstPaint, req.path).replace(
        ANSWER_MARK,
        () => `<script type="application/json" id="sam-session">${answer}</script>${ANSWER_MARK}`,
      );
      res.type("html").send(compress(page, encoding, false));
    },
  };
}
