import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { ApolloServer, HeaderMap } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { parse as parseCookies } from "cookie";
import express, {
  type ErrorRequestHandler,
  type RequestHandler,
  type Request,
  type Response,
} from "express";
import { GraphQLError, type GraphQLSchema } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import expressStaticGzip from "express-static-gzip";
import helmet from "helmet";
import type { Logger } from "pino";
import type { Config } from "./config";
import type { Auth, Context } from "./graphql/context";
import { createLoaders } from "./graphql/loaders";
import { createErrorFormatter, httpErrorResponse, unexpectedErrorLogger } from "./graphql/errors";
import { idempotencyPlugin } from "./graphql/idempotency";
import { readRoutingPlugin } from "./graphql/read-routing";
import type { ReadRoute } from "./db/replicas";
import { MAX_BODY_SIZE, MAX_TOKENS, queryLimits } from "./graphql/limits";
import { printSortedSchema } from "./graphql/schema";
import { OVER_WEBSOCKET } from "./graphql/live";
import { liveSockets } from "./http/live-socket";
import {
  resolveAuth as resolveCredentials,
  SESSION_COOKIE,
  sessionSecret as sessionSecretOf,
} from "./http/authenticate";
import { consolePage } from "./http/console-page";
import { csvExportRoutes } from "./http/csv-exports";
import { jsonBody } from "./http/json-body";
import { sequence } from "./http/sequence";
import type { Metrics } from "./http/metrics";
import type { StatementCapture } from "./db/statement-capture";
import { OutboxEmailEntity } from "./modules/mail/outbox-email.entity";
import { DEVICE_COOKIE, DEVICE_COOKIE_LIFETIME_MS } from "./modules/user/device-cookie";
import type { Services } from "./services";

export { SESSION_COOKIE };

function sessionSecret(req: Request): string | undefined {
  return sessionSecretOf(req.headers.cookie);
}

const resolveAuth = (services: Services, req: Request): Promise<Auth | null> =>
  resolveCredentials(services, {
    authorization: req.headers.authorization,
    cookie: req.headers.cookie,
  });

function sessionCookie(res: Response, secure: boolean) {
  const base = { httpOnly: true, sameSite: "lax" as const, secure, path: "/" };
  return {
    // The browser cookie lives as long as the idle window; each request that refreshes the
    // session on the server does not need to refresh the cookie because the absolute limit wins.
    set(secret: string, expiresAt: Date) {
      res.cookie(SESSION_COOKIE, secret, { ...base, expires: expiresAt });
    },
    clear() {
      res.clearCookie(SESSION_COOKIE, base);
    },
  };
}

/** OWASP's device cookie: outlives sessions and sign-out, and is read only by signIn. */
function deviceCookie(req: Request, res: Response, secure: boolean) {
  return {
    value: req.headers.cookie ? (parseCookies(req.headers.cookie)[DEVICE_COOKIE] ?? null) : null,
    set(value: string) {
      res.cookie(DEVICE_COOKIE, value, {
        httpOnly: true,
        sameSite: "strict" as const,
        secure,
        path: "/graphql",
        maxAge: DEVICE_COOKIE_LIFETIME_MS,
      });
    },
  };
}

/**
 * helmet's headers with a Content-Security-Policy for the console: its scripts are files of its
 * own (index.html has no inline script; zod runs jitless, so no eval), and it talks only to this
 * origin. `style-src` allows 'unsafe-inline' because Mantine writes <style> elements (its CSS
 * variables) at run time: without it Chromium reports style-src-elem violations on every page
 * (style props are set through the CSSOM, which the policy does not restrict). Scripts stay
 * strict. The explorer (GraphiQL from npm, development only) works under the same policy: its
 * fonts and icons are data: URLs.
 * HSTS in production; upgrade-insecure-requests only when the app is served over HTTPS, since a
 * production server may also answer on plain http://localhost (docker compose).
 */
/** The WebSocket origin of the app (ws: for http:, wss: for https:), where subscriptions run. */
function webSocketOrigin(appUrl: string): string {
  const url = new URL(appUrl);
  return `${url.protocol === "https:" ? "wss:" : "ws:"}//${url.host}`;
}

/**
 * Apollo would execute a subscription sent over HTTP as a query (and answer nothing useful):
 * say where subscriptions are served instead.
 */
const subscriptionsOverWebSocket: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === "subscription") {
          throw new GraphQLError(OVER_WEBSOCKET, {
            extensions: { code: "BAD_REQUEST", http: { status: 400 } },
          });
        }
      },
    };
  },
};

export function securityHeaders(config: Pick<Config, "isProduction" | "appUrl">) {
  const directives: Record<string, string[]> = {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", "data:"],
    fontSrc: ["'self'", "data:"],
    // 'self' covers ws(s): to this host in CSP Level 3; named too for browsers before it.
    connectSrc: ["'self'", webSocketOrigin(config.appUrl)],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
  };
  if (config.appUrl.startsWith("https:")) directives.upgradeInsecureRequests = [];
  const headers = helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    strictTransportSecurity: config.isProduction
      ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true }
      : false,
    xFrameOptions: { action: "deny" },
  });
  // None of these headers depends on the request (no nonces), so helmet writes them once, here,
  // and each response gets the same: helmet building them per request was 4 % of a busy server.
  const set: [string, string][] = [];
  const removed: string[] = [];
  const recorder = {
    setHeader: (name: string, value: string) => void set.push([name, value]),
    removeHeader: (name: string) => void removed.push(name),
  };
  let called = false;
  headers({} as never, recorder as never, () => {
    called = true;
  });
  if (!called) throw new Error("helmet did not answer synchronously");
  const middleware: RequestHandler = (_req, res, next) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of set) res.setHeader(name, value);
    next();
  };
  return middleware;
}

/**
 * Errors that reach Express (a body too large or not JSON, anything thrown outside GraphQL)
 * answer in the GraphQL error shape as JSON, never Express's HTML page or a stack.
 */
function jsonErrors(log: Logger): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const { status, expected, body } = httpErrorResponse(error);
    const requestLog = (res.locals.log as Logger | undefined) ?? log;
    if (expected) requestLog.info({ status, reason: (error as Error)?.message }, "bad request");
    else requestLog.error({ err: error }, "unexpected error outside GraphQL");
    res.status(status).json(body);
  };
}

/**
 * The built console's files, precompressed at build (.br, .gz beside each) and chosen by the
 * request's Accept-Encoding, with Vary: Accept-Encoding. Hashed assets are cached for a year
 * and never revalidated; other public files (favicon) for an hour.
 */
function staticFiles(webDistDir: string) {
  // Vite names every file under assets/ by its content's hash: a release gets new names.
  const assets = path.join(webDistDir, "assets") + path.sep;
  return expressStaticGzip(webDistDir, {
    index: false,
    enableBrotli: true,
    orderPreference: ["br", "gzip"],
    serveStatic: {
      index: false,
      cacheControl: false,
      setHeaders(res, filePath) {
        res.setHeader(
          "Cache-Control",
          filePath.startsWith(assets)
            ? "public, max-age=31536000, immutable"
            : "public, max-age=3600",
        );
      },
    },
  });
}

/**
 * Apollo behind Express, as `@as-integrations/express5` does it, less what a GraphQL answer does
 * not need on every request: the body goes out with `res.end` and its length, not `res.send`,
 * which hashed each body for an ETag (a POST answer is never revalidated) and converted it again;
 * the query string is cut from the URL rather than parsed with the legacy URL parser.
 */
function graphqlHandler(
  apollo: ApolloServer<Context>,
  context: (req: Request, res: Response) => Promise<Context>,
): RequestHandler {
  return (req, res, next) => {
    void (async () => {
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
      }
      const at = req.url.indexOf("?");
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: req.method.toUpperCase(),
          headers,
          search: at < 0 ? "" : req.url.slice(at),
          body: req.body as unknown,
        },
        context: () => context(req, res),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === "complete") {
        res.setHeader("Content-Length", Buffer.byteLength(response.body.string));
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    })().catch(next);
  };
}

/** The HTTP surface: /graphql, health, the published schema, the dev mailbox and the SPA. */
export async function createApp(
  services: Services,
  schema: GraphQLSchema,
  metrics: Metrics,
  capture: StatementCapture | null = null,
) {
  const { config, log } = services;
  const limits = queryLimits();
  /** What a resolver sees of the request: the same for /graphql and the console's page. */
  const contextFor = (req: Request, res: Response, auth: Auth | null): Context => {
    // The primary until the read-routing plugin has seen the operation.
    const reads: ReadRoute = { replica: false };
    return {
      requestId: res.locals.requestId as string,
      get log() {
        return res.locals.log as Logger;
      },
      client: { ip: req.ip ?? null, userAgent: req.headers["user-agent"] ?? null },
      auth,
      sessionCookie: sessionCookie(res, config.isProduction),
      deviceCookie: deviceCookie(req, res, config.isProduction),
      loaders: createLoaders(services.db, auth?.user ?? null, reads),
      reads,
    };
  };
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !config.isProduction,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    formatError: createErrorFormatter(),
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing pages (production and local) load scripts from Apollo's CDN; the
      // explorer is the console's own /explorer in development.
      ApolloServerPluginLandingPageDisabled(),
      unexpectedErrorLogger,
      subscriptionsOverWebSocket,
      metrics.apolloPlugin(),
      ...limits.plugins,
      idempotencyPlugin(services.idempotency, schema),
      ...(config.replicas
        ? [
            readRoutingPlugin({
              readYourWritesMs: config.replicas.readYourWritesMs,
              clock: services.clock,
              recordWrite: (userId) => services.users.recordWrite(userId),
            }),
          ]
        : []),
    ],
    validationRules: limits.validationRules,
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config.trustProxy);
  const requestLogged = log.isLevelEnabled("info");
  const requestLog: RequestHandler = (req, res, next) => {
    const incoming = req.headers["x-request-id"];
    const requestId =
      typeof incoming === "string" && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    // Made on first use: most requests log nothing below the warn level.
    let child: Logger | undefined;
    Object.defineProperty(res.locals, "log", {
      get: () => (child ??= log.child({ requestId })),
      enumerable: true,
    });
    res.setHeader("X-Request-Id", requestId);
    // A line per request at the info level; nothing to time below it.
    if (!requestLogged) {
      next();
      return;
    }
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      res.locals.log.info(
        {
          method: req.method,
          url: req.originalUrl,
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        "request",
      );
    });
    next();
  };
  // Every response's headers, timing and request id, as one middleware.
  app.use(sequence(securityHeaders(config), metrics.httpMiddleware(), requestLog));

  // First after the common middleware: the route almost every request takes.
  app.use(
    "/graphql",
    sequence(
      jsonBody(MAX_BODY_SIZE),
      metrics.statementCounter(),
      ...(capture ? [capture.middleware()] : []),
      graphqlHandler(apollo, async (req, res) =>
        contextFor(req, res, await resolveAuth(services, req)),
      ),
    ),
  );

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });

  app.get("/readyz", async (_req, res) => {
    try {
      await services.db.read((em) => em.query("SELECT 1"));
      res.json({ status: "ready" });
    } catch (error) {
      res.locals.log.warn({ err: error }, "database not reachable");
      res.status(503).json({ status: "database unreachable" });
    }
  });

  // On this port with the token when one is configured; else open outside production, unless
  // the metrics have an internal port of their own. In production without a token: only there.
  const { token: metricsToken, port: metricsPort } = config.metrics;
  if (metricsToken || (!config.isProduction && metricsPort === null)) {
    app.get("/metrics", metrics.handler(metricsToken));
  }

  const sdl = printSortedSchema(schema);
  app.get("/schema.graphql", (_req, res) => {
    res.type("text/plain; charset=utf-8").send(sdl);
  });

  app.use(csvExportRoutes(services, (req) => resolveAuth(services, req)));

  if (!config.isProduction && !config.smtpUrl) {
    // Development without SMTP only: the outbox is the mailbox, so links can be followed. With
    // SMTP the emails are really sent, and reset links must not be readable here too.
    app.get("/dev/mailbox", async (_req, res) => {
      const emails = await services.db.read((em) =>
        em.find(OutboxEmailEntity, { order: { createdAt: "DESC", id: "DESC" }, take: 200 }),
      );
      res.json({
        emails: emails.map((e) => ({
          id: e.id,
          to: e.toAddress,
          subject: e.subject,
          text: e.textBody,
          html: e.htmlBody,
          createdAt: e.createdAt.toISOString(),
          status: e.status,
        })),
      });
    });
  }

  const indexHtml = path.join(config.webDistDir, "index.html");
  if (fs.existsSync(indexHtml)) {
    // The console shows its development tools (mailbox, explorer) when the server says so.
    const page = consolePage({
      html: fs
        .readFileSync(indexHtml, "utf8")
        .replace(
          "</head>",
          `<meta name="sam-mode" content="${config.isProduction ? "production" : "development"}" /></head>`,
        ),
      schema,
      log,
      hasSession: (req) => Boolean(sessionSecret(req)),
      async sessionContext(req, res) {
        const auth = await resolveAuth(services, req);
        return auth?.via === "session" ? contextFor(req, res, auth) : null;
      },
    });
    // index.html is the page itself, never the file as built (it lacks the mode).
    app.get("/index.html", (req, res, next) => page.send(req, res).catch(next));
    app.use(staticFiles(config.webDistDir));
    app.get(/.*/, (req, res, next) => {
      // A missing asset (a page of an older release asking for its chunk) is a 404, not HTML.
      if (
        req.path.startsWith("/dev/") ||
        req.path.startsWith("/assets/") ||
        req.path === "/metrics" ||
        (config.isProduction && req.path === "/explorer")
      ) {
        next();
        return;
      }
      page.send(req, res).catch(next);
    });
  }

  app.use((_req, res) => {
    res.status(404).json({ error: "Not found" });
  });
  app.use(jsonErrors(log));

  // Subscriptions: WebSocket on the same path, attached to the HTTP server by startServer.
  const sockets = liveSockets({
    services,
    schema,
    validationRules: limits.validationRules,
    formatError: createErrorFormatter(),
    log,
  });

  return {
    app,
    sockets,
    async stop() {
      await apollo.stop();
    },
  };
}
