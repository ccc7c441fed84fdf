import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { parse as parseCookies } from "cookie";
import express, { type Request, type Response } from "express";
import type { GraphQLSchema } from "graphql";
import type { Auth, Context } from "./graphql/context";
import { createLoaders } from "./graphql/loaders";
import { createErrorFormatter, unexpectedErrorLogger } from "./graphql/errors";
import { MAX_TOKENS, queryLimits } from "./graphql/limits";
import { printSortedSchema } from "./graphql/schema";
import { OutboxEmailEntity } from "./modules/mail/outbox-email.entity";
import type { Services } from "./services";

export const SESSION_COOKIE = "sam_session";

async function resolveAuth(services: Services, req: Request): Promise<Auth | null> {
  const bearer = req.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) {
    const found = await services.apiTokens.authenticate(bearer);
    return found
      ? { via: "token", user: found.user, tokenId: found.token.id, scope: found.token.scope }
      : null;
  }
  const secret = req.headers.cookie ? parseCookies(req.headers.cookie)[SESSION_COOKIE] : undefined;
  if (!secret) return null;
  const session = await services.sessions.resolve(secret);
  return session ? { via: "session", user: session.user, sessionIdHash: session.idHash } : null;
}

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

/** The HTTP surface: /graphql, health, the published schema, the dev mailbox and the SPA. */
export async function createApp(services: Services, schema: GraphQLSchema) {
  const { config, log } = services;
  const limits = queryLimits();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !config.isProduction,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: config.nodeEnv === "development",
    parseOptions: { maxTokens: MAX_TOKENS },
    formatError: createErrorFormatter(config.nodeEnv === "development"),
    plugins: [ApolloServerPluginCacheControlDisabled(), unexpectedErrorLogger, ...limits.plugins],
    validationRules: limits.validationRules,
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config.trustProxy);

  app.use((req, res, next) => {
    const incoming = req.headers["x-request-id"];
    const requestId =
      typeof incoming === "string" && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.locals.log = log.child({ requestId });
    res.setHeader("X-Request-Id", requestId);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("X-Frame-Options", "DENY");
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
  });

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

  const sdl = printSortedSchema(schema);
  app.get("/schema.graphql", (_req, res) => {
    res.type("text/plain; charset=utf-8").send(sdl);
  });

  app.use(
    "/graphql",
    express.json({ limit: "100kb" }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const auth = await resolveAuth(services, req);
        const verifiedEmail = auth?.user.emailVerifiedAt ? auth.user.email : null;
        return {
          requestId: res.locals.requestId as string,
          log: res.locals.log,
          client: { ip: req.ip ?? null, userAgent: req.headers["user-agent"] ?? null },
          auth,
          sessionCookie: sessionCookie(res, config.isProduction),
          loaders: createLoaders(services.db, verifiedEmail),
        };
      },
    }),
  );

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
    const page = fs
      .readFileSync(indexHtml, "utf8")
      .replace(
        "</head>",
        `<meta name="sam-mode" content="${config.isProduction ? "production" : "development"}" /></head>`,
      );
    app.use(express.static(config.webDistDir, { index: false, maxAge: "1h" }));
    app.get(/.*/, (req, res, next) => {
      if (req.path.startsWith("/dev/") || (config.isProduction && req.path === "/explorer")) {
        next();
        return;
      }
      res.setHeader("Cache-Control", "no-cache");
      res.type("html").send(page);
    });
  }

  app.use((_req, res) => {
    res.status(404).json({ error: "Not found" });
  });

  return {
    app,
    async stop() {
      await apollo.stop();
    },
  };
}
