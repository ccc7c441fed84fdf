import fs from "node:fs";
import path from "node:path";
import { print, type DocumentNode } from "graphql";

/** The repository root: the folder with pnpm-workspace.yaml above this file. */
export function repositoryRoot(from = __dirname): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, "pnpm-workspace.yaml"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("pnpm-workspace.yaml not found above the bench");
    dir = parent;
  }
  return dir;
}

/**
 * The console's own GraphQL documents, as the web sends them (fragments included): read from the
 * documents graphql-codegen generates from apps/web's operations, so the bench measures what the
 * console asks and follows it when the console changes.
 */
export function consoleDocuments(names: string[]): Record<string, string> {
  const file = path.join(repositoryRoot(), "packages/graphql-types/src/gql/graphql.ts");
  const source = fs.readFileSync(file, "utf8");
  const documents: Record<string, string> = {};
  for (const name of names) {
    const match = source.match(
      new RegExp(`^export const ${name}Document = (\\{.*\\}) as unknown as`, "m"),
    );
    if (!match) throw new Error(`${name}Document is not among the console's operations (${file})`);
    documents[name] = print(JSON.parse(match[1]) as DocumentNode);
  }
  return documents;
}
