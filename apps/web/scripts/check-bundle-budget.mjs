// The JavaScript a signed-in person downloads before /directory can render: the entry chunk and
// everything it imports statically (lazy chunks load later). Fails the build above the budget.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

// What keeps it under: every other page, dialog and form library loads lazily; documents are
// split per operation (scripts/graphql-document-imports.ts); declarative routing instead of
// the data router; no positioning or scrollbar library on the first page.
const BUDGET_KB = 200;
const dist = new URL("../dist/", import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8"));

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error("No entry chunk in the Vite manifest");

const seen = new Set();
const visit = (key) => {
  if (seen.has(key)) return;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) visit(imported);
};
visit(entryKey);

let total = 0;
const lines = [];
for (const key of seen) {
  const file = manifest[key].file;
  if (!file.endsWith(".js")) continue;
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += size;
  lines.push(`  ${(size / 1024).toFixed(1).padStart(7)} KB  ${file}`);
}
const kb = total / 1024;
console.log(`Initial JavaScript for /directory (gzipped):\n${lines.join("\n")}`);
console.log(`  ${kb.toFixed(1).padStart(7)} KB  total, budget ${BUDGET_KB} KB`);
if (kb > BUDGET_KB) {
  console.error(`Over the bundle budget by ${(kb - BUDGET_KB).toFixed(1)} KB`);
  process.exit(1);
}
