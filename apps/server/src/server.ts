import "reflect-metadata";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger as TypeOrmLogger } from "typeorm";
import type { Config } from "./config";
import { claimDatabaseFile, createDataSource, migrate } from "./db/data-source";
import { createApp } from "./app";
import { createSchema } from "./graphql/schema";
import { createLogger } from "./logger";
import { createServices, type ServiceOverrides, type Services } from "./services";

export type RunningServer = {
  url: string;
  services: Services;
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
    dataSource = await createDataSource(config.database, overrides.queryLogger);
    await dataSource.initialize();
    await migrate(dataSource);
  } catch (error) {
    releaseFile();
    throw error;
  }
  const services = createServices(config, dataSource, log, overrides);
  const schema = await createSchema(services.resolvers);
  const { app, stop } = await createApp(services, schema);
  await overrides.beforeListen?.(services);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(config.port, () => resolve(s));
  });
  if (overrides.startJobs !== false) {
    services.dispatcher?.start(overrides.dispatchIntervalMs);
    services.lapseJob.start();
    services.sequencer.start();
  }
  const { port } = server.address() as AddressInfo;
  log.info({ port, database: config.database.kind }, "server listening");

  return {
    url: `http://127.0.0.1:${port}`,
    services,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await services.dispatcher?.stop();
      await services.lapseJob.stop();
      await services.sequencer.stop();
      await stop();
      await dataSource.destroy();
      releaseFile();
    },
  };
}
