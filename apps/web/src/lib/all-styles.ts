let loading: Promise<unknown> | undefined;

/**
 * All of Mantine's styles (and the toasts'), for the pages and dialogs that load after the first
 * page: fetched once, when the first of them loads (first-page-styles.css has the first page's
 * share). Not before: applying the whole sheet restyles the whole page, a long task on a slow
 * phone while the first page is still settling. Whatever needs it loads through
 * `loadAllStyles` or `withAllStyles`, in parallel with its own code.
 * The whole sheet rather than the remainder, so that Mantine's rules keep their order. Every
 * Mantine sheet is the `@layer mantine` variant: arriving after the console's own CSS modules, an
 * unlayered sheet would override them (a product name wrapping again); a layered one never does.
 */
export function loadAllStyles(): Promise<unknown> {
  loading ??= Promise.all([
    import("@mantine/core/styles.layer.css"),
    import("@mantine/notifications/styles.layer.css"),
  ]);
  return loading;
}

/** A lazy component's loader that also waits for the whole stylesheet (for `React.lazy`). */
export function withAllStyles<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadAllStyles()]).then(([module]) => module);
}
