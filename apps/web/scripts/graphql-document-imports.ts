import { readFileSync } from "node:fs";
import { Kind, print, visit, type DocumentNode, type SelectionSetNode } from "graphql";
import type { Plugin } from "vite";

const virtualPrefix = "virtual:graphql-document/";
const resolvedPrefix = `\0${virtualPrefix}`;

type GeneratedDocuments = {
  /** Document text as written in `graphql(`…`)` → the generated document's export name. */
  names: Map<string, string>;
  /** Export name → the document's AST as JSON. */
  asts: Map<string, string>;
};

/**
 * The generated `graphql()` function looks documents up in a map of every operation in the
 * console, and the generated documents all live in one module, so any page that runs a query
 * would ship all of them. In the production build each `graphql(`…`)` call becomes an import of
 * a module holding only that document, and each page carries only the documents it uses (what
 * the client preset's Babel plugin does, one step further).
 *
 * A call whose text is not among the generated documents fails the build: the types are stale,
 * run `pnpm codegen`.
 */
export function graphqlDocumentImports(sourceDir: string, generatedDir: string): Plugin {
  let generated: GeneratedDocuments | undefined;
  const documents = () => (generated ??= readGenerated(generatedDir));

  return {
    name: "sam:graphql-document-imports",
    apply: "build",
    enforce: "pre",
    resolveId(id) {
      return id.startsWith(virtualPrefix) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(resolvedPrefix)) return null;
      const name = id.slice(resolvedPrefix.length);
      const ast = documents().asts.get(name);
      if (!ast) this.error(`No generated GraphQL document is named ${name}`);
      return `export const ${name} = ${ast};\n`;
    },
    transform(code, id) {
      if (!id.startsWith(sourceDir) || !/\.tsx?$/.test(id) || !code.includes("graphql(`")) {
        return null;
      }
      const names = new Set<string>();
      const rewritten = code.replace(/\bgraphql\(`([^`]*)`\)/g, (_call, source: string) => {
        const name = documents().names.get(source);
        if (!name) {
          this.error(
            `A graphql() document in ${id} is not in the generated types: run pnpm codegen`,
          );
        }
        names.add(name);
        // Same line count, so the source map of the untouched code stays right.
        return name + "\n".repeat(source.split("\n").length - 1);
      });
      // Imports are hoisted: appended, they leave every line where it was.
      const imports = [...names].map(
        (name) => `import { ${name} } from "${virtualPrefix}${name}";`,
      );
      return { code: `${rewritten}\n${imports.join("\n")}\n`, map: null };
    },
  };
}

/**
 * Writes one generated query into the built index.html, as
 * `<script type="application/graphql" id="sam-session-query">`: the server runs it for a request
 * that carries a session and puts the answer in the page (apps/server/src/http/console-page.ts),
 * so the console knows who is signed in without asking. The text is the console's own document,
 * so the answer has exactly the shape its cache expects.
 */
export function sessionQueryInPage(generatedDir: string, exportName: string): Plugin {
  return {
    name: "sam:session-query-in-page",
    apply: "build",
    transformIndexHtml() {
      const ast = readGenerated(generatedDir).asts.get(exportName);
      if (!ast) throw new Error(`No generated GraphQL document is named ${exportName}`);
      const text = print(withTypenames(JSON.parse(ast) as DocumentNode));
      if (text.includes("</")) throw new Error(`${exportName} cannot sit in a script element`);
      return [
        {
          tag: "script",
          attrs: { type: "application/graphql", id: "sam-session-query" },
          children: text,
          injectTo: "head",
        },
      ];
    },
  };
}

/**
 * Writes `operations.json` beside index.html: the name of every operation the console sends.
 * The server labels its per-operation metrics with these names only; any other name is counted
 * as `other`, so no client can grow the label set.
 */
export function operationNamesFile(generatedDir: string): Plugin {
  return {
    name: "sam:operation-names-file",
    apply: "build",
    generateBundle() {
      const names = new Set<string>();
      for (const ast of readGenerated(generatedDir).asts.values()) {
        for (const definition of (JSON.parse(ast) as DocumentNode).definitions) {
          if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) {
            names.add(definition.name.value);
          }
        }
      }
      this.emitFile({
        type: "asset",
        fileName: "operations.json",
        source: `${JSON.stringify({ operations: [...names].sort() }, null, 2)}\n`,
      });
    },
  };
}

/**
 * The document as Apollo Client sends it: `__typename` in every selection set below the
 * operation's root, which the cache needs to match fragments and identify objects.
 */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node: SelectionSetNode, _key, parent) {
      const isOperationRoot =
        parent !== undefined &&
        !Array.isArray(parent) &&
        (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION;
      const hasTypename = node.selections.some(
        (selection) => selection.kind === Kind.FIELD && selection.name.value === "__typename",
      );
      if (isOperationRoot || hasTypename) return undefined;
      return {
        ...node,
        selections: [
          ...node.selections,
          { kind: Kind.FIELD, name: { kind: Kind.NAME, value: "__typename" } },
        ],
      };
    },
  });
}

function readGenerated(generatedDir: string): GeneratedDocuments {
  const map = readFileSync(`${generatedDir}/gql.ts`, "utf8");
  const names = new Map<string, string>();
  const body = map.slice(map.indexOf("const documents"));
  for (const match of body.matchAll(/^\s+("(?:[^"\\]|\\.)*"): types\.(\w+),?$/gm)) {
    names.set(JSON.parse(match[1]) as string, match[2]);
  }

  const types = readFileSync(`${generatedDir}/graphql.ts`, "utf8");
  const asts = new Map<string, string>();
  for (const match of types.matchAll(
    /^export const (\w+) = (\{.*\}) as unknown as DocumentNode</gm,
  )) {
    asts.set(match[1], match[2]);
  }
  if (names.size === 0 || asts.size === 0) {
    throw new Error(`No generated documents found in ${generatedDir}`);
  }
  return { names, asts };
}
