import pino, { type Logger } from "pino";
import type { Config } from "./config";

export function createLogger(config: Pick<Config, "logLevel">): Logger {
  return pino({
    level: config.logLevel,
    base: { service: "smart-account-manager" },
    redact: ["req.headers.cookie", "req.headers.authorization", "password", "token", "secret"],
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
