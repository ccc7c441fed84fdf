import "reflect-metadata";
import { loadConfig, type Config } from "../config";
import { createDataSource, migrate } from "../db/data-source";
import { createLogger } from "../logger";
import { createServices, type Services } from "../services";

/** Opens the configured database, migrated, with the services on it, for one-shot commands. */
export async function withServices<T>(
  fn: (services: Services, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const dataSource = await createDataSource(config.database);
  await dataSource.initialize();
  try {
    await migrate(dataSource);
    const services = createServices(config, dataSource, createLogger(config), {
      mailTransport: null,
    });
    return await fn(services, config);
  } finally {
    await dataSource.destroy();
  }
}

export function fail(error: unknown): never {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
