import type { Plugin, Rollup } from "vite";

const PAGES_ATTRIBUTE = /(<template\s+id="sam-first-paint"\s+data-pages=')([^']*)(')/;

type ChunkWithCss = Rollup.OutputChunk & { viteMetadata?: { importedCss: Set<string> } };

/**
 * The code and styles of each framed page that loads lazily, named in the built index.html so
 * that the server can ask for them in the page itself (src/app/first-paint.css and the server's
 * console-page.ts). An entry of the first-paint template's `data-pages` may name the page's
 * source module as its fourth element; the build replaces that name with the addresses of the
 * page's chunk, the chunks it imports that the first page does not already load, their
 * stylesheets, and the stylesheets every lazy page waits for (`everyPageStyles`). The browser
 * then fetches them while it parses the page, instead of when the console's script has run, and
 * the script has no links to add on the main thread. A module that is not a lazy chunk of the
 * build fails the build.
 */
export function pagePreloads({
  everyPageStyles = [],
}: {
  /** Stylesheets every lazy page waits for (`src/lib/all-styles.ts`), by the end of their path. */
  everyPageStyles?: string[];
} = {}): Plugin {
  return {
    name: "sam:page-preloads",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        const bundle = context.bundle;
        const found = PAGES_ATTRIBUTE.exec(html);
        if (!bundle || !found) return html;
        const pages = JSON.parse(found[2]) as unknown[][];
        const resolved = pages.map((entry) => {
          const module = entry[3];
          if (typeof module !== "string") return entry;
          return [
            ...entry.slice(0, 3),
            [...assetsOf(bundle, module), ...stylesOf(bundle, everyPageStyles)],
          ];
        });
        return html.replace(
          PAGES_ATTRIBUTE,
          (_, open: string, __, close: string) => `${open}${JSON.stringify(resolved)}${close}`,
        );
      },
    },
  };
}

/** The built stylesheets of those source files (a missing one fails the build). */
function stylesOf(bundle: Rollup.OutputBundle, ends: string[]): string[] {
  return ends.map((end) => {
    const asset = Object.values(bundle).find(
      (output) =>
        output.type === "asset" &&
        output.fileName.endsWith(".css") &&
        output.originalFileNames.some((name) => name.endsWith(end)),
    );
    if (!asset) throw new Error(`No stylesheet is built from ${end}`);
    return `/${asset.fileName}`;
  });
}

function assetsOf(bundle: Rollup.OutputBundle, module: string): string[] {
  const chunks = Object.values(bundle).flatMap((output) =>
    output.type === "chunk" ? [output as ChunkWithCss] : [],
  );
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const closure = (start: string[]) => {
    const seen = new Set<string>();
    const visit = (fileName: string) => {
      if (seen.has(fileName)) return;
      seen.add(fileName);
      for (const imported of byFile.get(fileName)?.imports ?? []) visit(imported);
    };
    start.forEach(visit);
    return seen;
  };
  const firstPage = closure(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
  const page = chunks.find(
    (chunk) => chunk.isDynamicEntry && chunk.facadeModuleId?.endsWith(`/${module}`),
  );
  if (!page)
    throw new Error(`index.html names ${module} as a page, but no lazy chunk is built from it`);
  const files = [...closure([page.fileName])].filter((fileName) => !firstPage.has(fileName));
  const styles = files.flatMap((fileName) => [
    ...(byFile.get(fileName)?.viteMetadata?.importedCss ?? []),
  ]);
  return [...files, ...new Set(styles)].map((fileName) => `/${fileName}`);
}
