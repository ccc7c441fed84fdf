import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "./fixtures";
import ts from "typescript";
import { COLOUR_RULES, expectNoAxeViolations } from "./axe";
import {
  apiSession,
  DEMO_PASSWORD,
  gql,
  registerVerified,
  requestActiveAccount,
  requestForApproval,
  signIn,
  uniqueDomain,
} from "./support";

// Every route of the router, at a phone's width, in both colour schemes: no document wider than
// the screen, and no axe violation of any impact (in the dark scheme, of the rules about colour).
// The list comes from the `routes` export of the router's own source, so a page added later is
// swept too.

const CUSTOMER = { email: "ccoesup@ccoesup.com", name: "Casey Customer" };
const PHONE = { width: 390, height: 844 };
const routesFile = fileURLToPath(new URL("../src/app/routes.tsx", import.meta.url));

/** The full path of every route object in `export const routes = [...]` ("" for the root). */
function routerPaths(): string[] {
  const source = ts.createSourceFile(
    routesFile,
    readFileSync(routesFile, "utf8"),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  let routes: ts.ArrayLiteralExpression | undefined;
  source.forEachChild((node) => {
    if (!ts.isVariableStatement(node)) return;
    for (const declaration of node.declarationList.declarations) {
      if (
        ts.isIdentifier(declaration.name) &&
        declaration.name.text === "routes" &&
        declaration.initializer &&
        ts.isArrayLiteralExpression(declaration.initializer)
      ) {
        routes = declaration.initializer;
      }
    }
  });
  if (!routes) throw new Error("routes.tsx exports no `routes` array");

  const paths = new Set<string>();
  const property = (route: ts.ObjectLiteralExpression, name: string) =>
    route.properties.find(
      (p): p is ts.PropertyAssignment =>
        ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name,
    )?.initializer;
  const walk = (list: ts.ArrayLiteralExpression, parent: string) => {
    for (const element of list.elements) {
      if (!ts.isObjectLiteralExpression(element)) continue;
      const path = property(element, "path");
      const own = path && ts.isStringLiteralLike(path) ? path.text : "";
      const full = [parent, own].filter(Boolean).join("/");
      const children = property(element, "children");
      if (children && ts.isArrayLiteralExpression(children)) walk(children, full);
      else paths.add(full);
    }
  };
  walk(routes, "");
  return [...paths];
}

async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
  // Skeletons gone: the page, or its error, is on screen.
  await expect(page.getByRole("main").getByRole("status", { name: /^Loading/ })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
}

test("every route fits a 390 px screen and has no accessibility violation in either scheme", async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(600_000);
  const api = await apiSession(baseURL!, CUSTOMER.email, DEMO_PASSWORD);
  const { directory } = await gql<{
    directory: { edges: { node: { reason: string; smartAccount: { id: string } } }[] };
  }>(api, `{ directory(first: 20) { edges { node { reason smartAccount { id } } } } }`);
  const held = directory.edges.find((edge) => edge.node.reason === "HAS_ROLE");
  const accountId =
    held?.node.smartAccount.id ??
    (
      await requestActiveAccount(api, {
        name: `Swept ${Date.now().toString(36)}`,
        company: "CCO Esup",
        acknowledgeExistingAccounts: true,
      })
    ).id;
  await api.dispose();
  // A request someone else made (the customer's own domain is taken by their account).
  const domain = uniqueDomain("sweep");
  const requester = { email: `rae@${domain}`, name: "Rae Sweep", company: "Sweep" };
  await registerVerified(request, requester);
  const requesterApi = await apiSession(baseURL!, requester.email);
  const pending = await requestForApproval(requesterApi, `Swept request`, [`boss@${domain}`]);
  await requesterApi.dispose();

  // An example for each required route parameter; a new one fails here until it is given one.
  // An optional parameter (a wizard's step) is swept at the route's own address, where the
  // wizard starts.
  const examples: Record<string, string> = {
    "smart-accounts/:id": accountId,
    "pending-requests/:id": pending.id,
    "directory/request/company/complete/:id": accountId,
    "directory/request/customer/complete/:id": accountId,
  };
  const urls = routerPaths().map((path) => {
    if (path === "*" || path.endsWith("/*")) return `/${path.replace("*", "no-such-page")}`;
    const required = path.replace(/\/:[A-Za-z]+\?$/, "");
    return `/${required.replace(/:[A-Za-z]+/g, (param) => {
      const example = examples[path];
      if (!example) throw new Error(`No example for ${param} in route "${path}"`);
      return example;
    })}`;
  });
  expect(urls.length).toBeGreaterThan(10);

  await page.setViewportSize(PHONE);
  await page.goto("/sign-in");
  await signIn(page, CUSTOMER.email, DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Directory", level: 1 })).toBeVisible();

  // Each route loaded once and read in both schemes: the console follows the system's scheme as
  // it changes, and the second scheme changes colours only, which is what it is checked for.
  for (const url of urls) {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(url);
    await settle(page).catch(() => undefined);
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", scheme);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      console.log(`${url} (${scheme}): ${width} px wide`);
      expect.soft(width, `${url} (${scheme}) is ${width} px wide`).toBeLessThanOrEqual(PHONE.width);
      // GraphiQL, a third-party widget on the development-only explorer, is left to upstream.
      await expectNoAxeViolations(page, `${url} (${scheme})`, {
        exclude: url === "/explorer" ? [".graphiql-container"] : [],
        rules: scheme === "dark" ? COLOUR_RULES : undefined,
      });
    }
  }
});
