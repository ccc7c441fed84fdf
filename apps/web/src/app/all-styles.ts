let loading: Promise<unknown> | undefined;

/**
 * All of Mantine's styles (and the toasts'), for the pages and dialogs that load after the first
 * page: fetched once, after the first page has rendered (first-page-styles.css has its share).
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
