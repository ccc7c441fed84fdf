import { embeddedEnv } from "./environments";
import { runModel, type Env } from "./model";

/** The model-based test on the embedded database, bounded for CI: `pnpm model` runs it longer. */
let env: Env & { close(): Promise<void> };

beforeAll(async () => {
  env = await embeddedEnv();
});

afterAll(() => env?.close());

describe("the workflow under random sequences of operations (embedded database)", () => {
  it.each([1, 2, 3])(
    "keeps every invariant for seed %i",
    async (seed) => {
      await env.reset();
      await runModel(env, { seed, steps: 60, shrinkMs: 60_000 });
    },
    120_000,
  );
});
