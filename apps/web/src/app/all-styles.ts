let loading: Promise<unknown> | undefined;

/**
 * All of Mantine's styles (and the toasts'), for the pages and dialogs that load after the first
 * page: fetched once, after the first page has rendered (first-page-styles.css has its share).
 * The whole sheet rather than the remainder, so that Mantine's rules keep their order.
 */
export function loadAllStyles(): Promise<unknown> {
  loading ??= Promise.all([
    import("@mantine/core/styles.css"),
    import("@mantine/notifications/styles.css"),
  ]);
  return loading;
}
