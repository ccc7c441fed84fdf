import "reflect-metadata";
import { parseArgs } from "node:util";
import { embeddedEnv, mysqlEnv } from "./environments";
import { runModel } from "./model";

/**
 * The model-based test, as long as you like:
 *   pnpm model --seed 7 --steps 2000            embedded database, in this process
 *   TEST_DATABASE_URL=mysql://root@127.0.0.1:3306/mdl pnpm model --seed 7 --steps 500
 *                                                MariaDB, two server processes (DATABASE_URL works too)
 * A failure prints the seed and the shortest failing sequence found, and exits with 1.
 */
const { values } = parseArgs({
  options: {
    seed: { type: "string", default: String(Date.now() % 100_000) },
    steps: { type: "string", default: "500" },
    seeds: { type: "string", default: "1" },
  },
});

async function main(): Promise<number> {
  if (!process.env.TEST_DATABASE_URL && process.env.DATABASE_URL?.startsWith("mysql"))
    process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
  const env = process.env.TEST_DATABASE_URL ? await mysqlEnv("model_run") : await embeddedEnv();
  const first = Number(values.seed);
  let failed = false;
  try {
    for (let seed = first; seed < first + Number(values.seeds); seed++) {
      const started = Date.now();
      await env.reset();
      try {
        await runModel(env, {
          seed,
          steps: Number(values.steps),
          shrinkMs: 600_000,
          log: console.log,
        });
        console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      } catch (error) {
        failed = true;
        console.error(error instanceof Error ? error.message : error);
      }
    }
  } finally {
    await env.close();
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
