import { mysqlEnv } from "./environments";
import { runModel, type Env } from "./model";

/**
 * The model-based test on MariaDB with two server processes: bursts of conflicting calls are
 * split over both. Bounded for CI; `TEST_DATABASE_URL=… pnpm model` runs it longer.
 */
let env: Env & { close(): Promise<void> };

beforeAll(async () => {
  env = await mysqlEnv("model");
}, 90_000);

afterAll(() => env?.close());

describe("the workflow under random sequences of operations (MariaDB, two processes)", () => {
  it.each([11, 12, 13])(
    "keeps every invariant for seed %i",
    async (seed) => {
      await env.reset();
      await runModel(env, { seed, steps: 60, shrinkMs: 90_000 });
    },
    180_000,
  );
});
