import "reflect-metadata";
import type { Server } from "node:http";
import express from "express";
import type { AddressInfo } from "node:net";
import type { Logger as TypeOrmLogger } from "typeorm";
import type { Config } from "./config";
import { claimDatabaseFile, createDataSource, migrate } from "./db/data-source";
import { tuneSessions } from "./db/session-tuning";
import { createApp } from "./app";
import { Replicas } from "./db/replicas";
import { StatementCapture } from "./db/statement-capture";
import { countingQueryLogger, Metrics, readKnownOperations } from "./http/metrics";
import { createSchema } from "./graphql/schema";
import { createLogger } from "./logger";
import { createServices, type ServiceOverrides, type Services } from "./services";

export type RunningServer = {
  url: string;
  /** The internal metrics port's base URL, when METRICS_PORT is set. */
  metricsUrl: string | null;
  services: Services;
  /** The subscription sockets (WebSocket on /graphql). */
  sockets: { readonly size: number };
  close(): Promise<void>;
};

/** Everything main.ts does, callable from tests: data source, migrations, schema, HTTP. */
export async function startServer(
  config: Config,
  overrides: ServiceOverrides & {
    dispatchIntervalMs?: number;
    startJobs?: boolean;
    queryLogger?: TypeOrmLogger;
    /** Runs before the port opens (the demo seed), so no request sees a half-seeded database. */
    beforeListen?: (services: Services) => Promise<void>;
  } = {},
): Promise<RunningServer> {
  const log = createLogger(config);
  const releaseFile = claimDatabaseFile(config.database);
  let dataSource;
  try {
    // Every statement is counted against the request that runs it (/metrics).
    dataSource = await createDataSource(
      config.database,
      countingQueryLogger(overrides.queryLogger),
    );
    await dataSource.initialize();
    tuneSessions(dataSource);
    await migrate(dataSource);
  } catch (error) {
    releaseFile();
    throw error;
  }
  const capture = StatementCapture.install(config.sqlCapture, dataSource);
  // Opened on first use: a replica that is down does not keep the server from starting.
  const replicas =
    config.replicas && dataSource.options.type !== "sqljs"
      ? new Replicas(
          config.replicas.urls,
          dataSource.options.type === "mariadb" ? "mariadb" : "mysql",
          {
            queryLogger: countingQueryLogger(overrides.queryLogger),
            log: log.child({ component: "replicas" }),
          },
        )
      : null;
  const services = createServices(config, dataSource, log, overrides, replicas);
  const schema = await createSchema(services.resolvers);
  const metrics = new Metrics({
    db: services.db,
    dataSource,
    clock: services.clock,
    knownOperations: readKnownOperations(config.webDistDir),
    statementSample: config.metrics.statementSample,
  });
  const { app, stop, sockets } = await createApp(services, schema, metrics, capture);
  await overrides.beforeListen?.(services);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(config.port, () => resolve(s));
  });
  server.on("upgrade", sockets.upgrade);
  if (overrides.startJobs !== false) {
    services.dispatcher?.start(overrides.dispatchIntervalMs);
    services.lapseJob.start();
    services.sequencer.start();
    services.webhookFanout.start();
    services.webhookDispatcher.start(overrides.dispatchIntervalMs);
    services.bulkRequestJob.start(overrides.dispatchIntervalMs);
  }
  const { port } = server.address() as AddressInfo;
  log.info(
    { port, database: config.database.kind, readReplicas: config.replicas?.urls.length ?? 0 },
    "server listening",
  );
  // The internal port: /metrics alone, for a scraper on the private network.
  let metricsServer: Server | null = null;
  if (config.metrics.port !== null) {
    const internal = express();
    internal.disable("x-powered-by");
    internal.get("/metrics", metrics.handler(config.metrics.token));
    internal.use((_req, res) => {
      res.status(404).json({ error: "Not found" });
    });
    metricsServer = await new Promise<Server>((resolve) => {
      const s = internal.listen(config.metrics.port!, () => resolve(s));
    });
  }
  const metricsPort = metricsServer ? (metricsServer.address() as AddressInfo).port : null;

  return {
    url: `http://127.0.0.1:${port}`,
    metricsUrl: metricsPort === null ? null : `http://127.0.0.1:${metricsPort}`,
    services,
    sockets,
    async close() {
      // Upgraded sockets are the server's connections too: closed first, or close() waits.
      await sockets.close();
      services.live.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      if (metricsServer) {
        const internalClosed = new Promise<void>((resolve) =>
          metricsServer!.close(() => resolve()),
        );
        metricsServer.closeAllConnections();
        await internalClosed;
      }
      await services.dispatcher?.stop();
      await services.lapseJob.stop();
      await services.sequencer.stop();
      await services.webhookFanout.stop();
      await services.webhookDispatcher.stop();
      await services.bulkRequestJob.stop();
      await stop();
      await replicas?.destroy();
      await dataSource.destroy();
      releaseFile();
    },
  };
}
