import type { Plugin } from "vite";

const HINT = "//# allFunctionsCalledOnLoad";

/**
 * The entry chunk marked for eager compilation (V8's explicit compile hints, Chrome 136 and
 * later). The build puts the whole first page's code in that chunk (vite.config.ts), and nearly
 * every function in it runs while the first page is drawn: compiled eagerly, it is compiled on a
 * background thread while it downloads, instead of function by function on the main thread the
 * first time each is called. The hint is a comment that applies to the functions after it; other
 * browsers ignore it. The lazy pages' chunks are not marked: a page runs only part of its code,
 * and compiling all of it would be work for nothing.
 */
export function entryCompileHints(): Plugin {
  return {
    name: "sam:entry-compile-hints",
    apply: "build",
    outputOptions(options) {
      const own = options.postBanner;
      // After minification, which would drop the comment.
      options.postBanner = async (chunk) => {
        const banner = typeof own === "function" ? await own(chunk) : (own ?? "");
        return chunk.isEntry ? [HINT, banner].filter(Boolean).join("\n") : banner;
      };
      return options;
    },
  };
}
