import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Runs axe-core on the page as it is now (with any dialog open) and fails the test, softly, on
 * any serious or critical violation: one run lists every page and dialog with problems.
 */
export async function expectAccessible(
  page: Page,
  where: string,
  { exclude = [] }: { exclude?: string[] } = {},
) {
  // Let transitions (dialogs, notifications) settle so axe sees the final colours.
  await page.waitForTimeout(300);
  const axe = new AxeBuilder({ page });
  for (const selector of exclude) axe.exclude(selector);
  const { violations } = await axe.analyze();
  const serious = violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes
        .map((node) => `${node.target.join(" ")}: ${node.failureSummary ?? ""}`)
        .slice(0, 5),
    }));
  expect.soft(serious, `${where}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

/**
 * The rules whose outcome depends on colours. The other scheme of a page already checked in full
 * has the same elements, names, roles and structure, and differs in its colours only: these are
 * what it is checked for.
 */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * Runs axe-core on the page as it is now and fails the test, softly, on any violation whatever
 * its impact (minor and moderate included): the standard the console is held to. `rules` runs
 * only those rules (COLOUR_RULES for the second colour scheme of what was checked in full).
 */
export async function expectNoAxeViolations(
  page: Page,
  where: string,
  { exclude = [], rules }: { exclude?: string[]; rules?: string[] } = {},
) {
  await page.waitForTimeout(300);
  const axe = new AxeBuilder({ page });
  for (const selector of exclude) axe.exclude(selector);
  if (rules) axe.withRules(rules);
  const { violations } = await axe.analyze();
  const found = violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes
      .map((node) => `${node.target.join(" ")}: ${node.failureSummary ?? ""}`)
      .slice(0, 5),
  }));
  expect.soft(found, `${where}: ${JSON.stringify(found, null, 2)}`).toEqual([]);
}
