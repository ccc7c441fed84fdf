// What a signed-in person downloads before /directory can render, as the server sends it: the
// entry chunk, everything it imports statically (lazy chunks load later) and their stylesheets,
// counted as the compressed files the build wrote beside them (the server serves those, by the
// browser's Accept-Encoding). Two budgets, each on the gzip bytes: the JavaScript (the issue's
// 200 KB) and the stylesheets; the brotli totals, what browsers that accept it receive, are
// printed too.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

// What keeps it under: every other page, dialog and form library loads lazily; documents are
// split per operation (scripts/graphql-document-imports.ts); declarative routing instead of
// the data router; only the first page's share of Mantine's styles before it renders.
// `node scripts/analyse-bundle.mjs` says what the first page's JavaScript is made of.
const BUDGET_KB = { js: 200, css: 20 };
const dist = new URL("../dist/", import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8"));

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error("No entry chunk in the Vite manifest");

const files = new Set();
const seen = new Set();
const visit = (key) => {
  if (seen.has(key)) return;
  seen.add(key);
  files.add(manifest[key].file);
  for (const css of manifest[key].css ?? []) files.add(css);
  for (const imported of manifest[key].imports ?? []) visit(imported);
};
visit(entryKey);

/** The size of the compressed file the build wrote; the file itself if it was not worth it. */
function sent(file, extension) {
  const compressed = join(dist, `${file}.${extension}`);
  return statSync(existsSync(compressed) ? compressed : join(dist, file)).size;
}

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7);
const totals = { js: { raw: 0, gz: 0, br: 0 }, css: { raw: 0, gz: 0, br: 0 } };
const lines = [];
for (const file of [...files].filter((name) => /\.(js|css)$/.test(name))) {
  const raw = readFileSync(join(dist, file)).length;
  const gz = sent(file, "gz");
  const br = sent(file, "br");
  const total = totals[file.endsWith(".css") ? "css" : "js"];
  total.raw += raw;
  total.gz += gz;
  total.br += br;
  lines.push(`${kb(gz)} KB  ${kb(br)} KB  ${kb(raw)} KB  ${file}`);
}
console.log("First page (/directory) JavaScript and CSS, as sent:");
console.log(`${"gzip".padStart(10)}  ${"brotli".padStart(10)}  ${"raw".padStart(10)}`);
console.log(lines.join("\n"));
let over = false;
for (const [kind, total] of Object.entries(totals)) {
  console.log(
    `${kb(total.gz)} KB  ${kb(total.br)} KB  ${kb(total.raw)} KB  ${kind} total; budget ${BUDGET_KB[kind]} KB gzipped`,
  );
  if (total.gz / 1024 > BUDGET_KB[kind]) {
    console.error(
      `${kind} over the first-page budget by ${(total.gz / 1024 - BUDGET_KB[kind]).toFixed(1)} KB`,
    );
    over = true;
  }
}
if (over) process.exit(1);

// The first page gets only its share of Mantine's styles (src/app/first-page-styles.css): every
// Mantine component whose class names its JavaScript carries must have its stylesheet there.
const mantineStyles = join(
  dirname(createRequire(import.meta.url).resolve("@mantine/core")),
  "../styles",
);
const firstPageStyles = readFileSync(
  new URL("../src/app/first-page-styles.css", import.meta.url),
  "utf8",
);
const missing = new Set();
for (const file of files) {
  const map = join(dist, `${file}.map`);
  if (!file.endsWith(".js") || !existsSync(map)) continue;
  for (const source of JSON.parse(readFileSync(map, "utf8")).sources) {
    const component = source.match(/@mantine\/core\/esm\/components\/(\w+)\/.*\.module\.mjs$/)?.[1];
    if (!component || !existsSync(join(mantineStyles, `${component}.css`))) continue;
    if (!firstPageStyles.includes(`@mantine/core/styles/${component}.layer.css"`))
      missing.add(component);
  }
}
if (missing.size > 0) {
  console.error(
    `Mantine components on the first page without their styles in src/app/first-page-styles.css: ${[...missing].join(", ")}`,
  );
  process.exit(1);
}
