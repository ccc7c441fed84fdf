import { parseArgs } from "node:util";
import { seedLarge } from "../db/large-seed";
import { seedDemoData } from "../db/seed";
import { fail, withServices } from "./bootstrap";

/** `pnpm db:seed` loads the demo users; `--size N` adds N deterministic accounts for benchmarks. */
const { values } = parseArgs({ options: { size: { type: "string" } } });

withServices(async (services, config) => {
  if (config.isProduction) throw new Error("The demo seed is refused when NODE_ENV=production.");
  const { created, accounts } = await seedDemoData(services);
  console.log(
    created.length || accounts.length
      ? `demo users created: ${created.join(", ") || "none"}; demo accounts: ${accounts.join(", ") || "none"}`
      : "demo data already present",
  );
  if (values.size) {
    const size = Number(values.size);
    if (!Number.isInteger(size) || size < 1 || size > 5_000_000)
      throw new Error("--size: give a whole number of accounts");
    const started = Date.now();
    const large = await seedLarge(services, size);
    console.log(
      `${large.created} accounts added in ${((Date.now() - started) / 1000).toFixed(1)} s (${size} in all)`,
    );
  }
}).catch(fail);
