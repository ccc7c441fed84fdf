import "reflect-metadata";
import { loadConfig } from "../config";
import { seedDemoData } from "../db/seed";
import { startServer } from "../server";

/** The quick start: the embedded database, migrated and seeded, with the console on APP_URL. */
async function main() {
  const config = loadConfig();
  if (config.isProduction) throw new Error("The demo is refused when NODE_ENV=production.");
  const server = await startServer(config, {
    beforeListen: async (services) => {
      await seedDemoData(services);
    },
  });
  console.log(
    `\n  Smart Account Manager is running on ${config.appUrl}\n` +
      `  Demo users (password "smart-accounts-demo"): ccoesup@ccoesup.com, approver@ccoesup.com,\n` +
      `  pat@partner.example (partner), staff@smartaccounts.example (staff).\n` +
      `  Emails land in the Mailbox: ${config.appUrl}/mailbox\n`,
  );
  const shutdown = () => void server.close().then(() => process.exit(0));
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
