import { test as base } from "@playwright/test";
import { e2eServerUrl } from "./servers";

export { expect } from "@playwright/test";
export type { APIRequestContext, Download, Locator, Page } from "@playwright/test";

/**
 * Playwright's test, with each worker on a demo server of its own (playwright.config.ts starts
 * one per worker): the specs share demo users and the staff's view of every account, so two
 * workers on one database would see each other's accounts appear in counts, charts and tables.
 */
export const test = base.extend({
  // Playwright reads a fixture's dependencies from its first parameter's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use, testInfo) => {
    await use(e2eServerUrl(testInfo.parallelIndex));
  },
});
