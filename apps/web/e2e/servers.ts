/**
 * The browser suite's demo servers: one per worker, on consecutive ports from E2E_PORT, each
 * with a database of its own (see fixtures.ts for why).
 */
export const E2E_WORKERS = Math.max(1, Number(process.env.E2E_WORKERS ?? 2));
const firstPort = Number(process.env.E2E_PORT ?? 4310);

export const e2eServerUrl = (worker: number) => `http://127.0.0.1:${firstPort + worker}`;
