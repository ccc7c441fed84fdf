import type { DataSource } from "typeorm";
import type { Logger } from "pino";
import type { Config } from "./config";
import { Clock } from "./common/clock";
import { Db } from "./db/data-source";
import { ApiTokenResolver } from "./modules/api-token/api-token.resolver";
import { ApiTokenService } from "./modules/api-token/api-token.service";
import { OutboxDispatcher, type MailTransport } from "./modules/mail/dispatcher";
import { MailService } from "./modules/mail/mail.service";
import { smtpTransport } from "./modules/mail/smtp-transport";
import { RateLimiter } from "./modules/user/rate-limiter";
import { SessionService } from "./modules/user/session.service";
import { UserResolver } from "./modules/user/user.resolver";
import { UserService } from "./modules/user/user.service";

export type ServiceOverrides = { clock?: Clock; mailTransport?: MailTransport | null };

/** The composition root: every service and resolver, built once, with its dependencies passed in. */
export function createServices(
  config: Config,
  dataSource: DataSource,
  log: Logger,
  overrides: ServiceOverrides = {},
) {
  const clock = overrides.clock ?? new Clock();
  const db = new Db(dataSource);
  const mail = new MailService(clock, config.appUrl);
  const sessions = new SessionService(db, clock);
  const limiter = new RateLimiter(clock);
  const users = new UserService(db, clock, mail, sessions, limiter);
  const apiTokens = new ApiTokenService(db, clock);
  const transport =
    overrides.mailTransport !== undefined
      ? overrides.mailTransport
      : config.smtpUrl
        ? smtpTransport(config.smtpUrl, config.mailFrom)
        : null;
  const dispatcher = transport
    ? new OutboxDispatcher(db, clock, transport, log.child({ component: "outbox" }))
    : null;

  const resolvers = [new UserResolver(users), new ApiTokenResolver(apiTokens)];

  return { config, clock, db, mail, sessions, users, apiTokens, dispatcher, resolvers, log };
}

export type Services = ReturnType<typeof createServices>;
