import { createRequire } from "node:module";
import type { Plugin } from "vite";

const prefix = "\0sam-first-page-shim:";

/**
 * Two of Mantine's frame components import a whole library for one small thing, and put that
 * library on the first page (some 35 KB of JavaScript before compression):
 * - AppShell's header, footer and aside import react-remove-scroll for two class names;
 * - ScrollArea (imported by Table) imports @floating-ui/react, the positioning library of
 *   popovers, for `useMergeRefs`.
 * Imported from those components only, the build gives them the same things without the
 * libraries: the class names as react-remove-scroll itself has them (read here, at build time),
 * and Mantine's own `useMergedRef`. Popovers, menus and dialogs, which load later, keep the real
 * libraries.
 */
export function firstPageShims(): Plugin {
  const requireFromMantine = createRequire(createRequire(import.meta.url).resolve("@mantine/core"));
  const { RemoveScroll } = requireFromMantine("react-remove-scroll") as {
    RemoveScroll: { classNames: { fullWidth: string; zeroRight: string } };
  };
  const shims: Record<string, { importer: RegExp; code: string }> = {
    "react-remove-scroll": {
      importer: /@mantine\/core\/esm\/components\/AppShell\//,
      code: `export const RemoveScroll = { classNames: ${JSON.stringify(RemoveScroll.classNames)} };\n`,
    },
    "@floating-ui/react": {
      importer: /@mantine\/core\/esm\/components\/ScrollArea\//,
      code: [
        `import { useMergedRef } from "@mantine/hooks";`,
        `export function useMergeRefs(refs) { return useMergedRef(...refs); }`,
        "",
      ].join("\n"),
    },
  };

  return {
    name: "sam:first-page-shims",
    apply: "build",
    enforce: "pre",
    resolveId(id, importer) {
      const shim = shims[id];
      return shim && importer && shim.importer.test(importer) ? `${prefix}${id}` : null;
    },
    load(id) {
      return id.startsWith(prefix) ? shims[id.slice(prefix.length)].code : null;
    },
  };
}
