// What `import … from "zod"` gets in the build (vite.config.ts aliases it here): zod, set to
// run without `new Function` before any schema runs. The server's Content-Security-Policy
// allows no eval; without this zod probes it on the first object schema and the browser reports
// a violation before zod falls back. Set here rather than in main.tsx, zod stays off the first
// page: only the forms, which load later, use it.
import { config } from "zod/v4/core";

config({ jitless: true });

export * from "zod/v4";
export { default } from "zod/v4";
