import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

// The console's dialogs as its source declares them, read with the TypeScript parser: every
// Mantine <Modal> and <Drawer>, every `modals.open…({ title })` of @mantine/modals, and every
// use of a component of our own that passes its `title` prop on to one of those (ReasonDialog).
// Each dialog is known by its title, the accessible name it opens with; a title that changes
// with the dialog's state ("Request Access", then "User Access Request Created") gives one entry
// per state, and an interpolated part of a title reads "…" ("Change roles of …").
//
// The browser sweep (every-dialog.spec.ts) opens one dialog for each entry, and a test there
// compares the two lists: a dialog added to the console fails the suite until the sweep opens it.
// Anything the reader cannot follow (a title built elsewhere, a renamed import, Modal.Root)
// throws, rather than letting a dialog slip through.

const SOURCE = fileURLToPath(new URL("../src", import.meta.url));
const PRIMITIVES = new Set(["Modal", "Drawer"]);

export type DialogSite = {
  /** The title as written, with "…" for each interpolated part. */
  title: string;
  /** Where: the file under src/ and the component that renders it. */
  where: string;
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "testing" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

type Parsed = { file: string; source: ts.SourceFile };

function parse(file: string): Parsed {
  const text = readFileSync(file, "utf8");
  return {
    file: relative(SOURCE, file),
    source: ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX),
  };
}

function fail(parsed: Parsed, node: ts.Node, message: string): never {
  const { line } = parsed.source.getLineAndCharacterOfPosition(node.getStart());
  throw new Error(`${parsed.file}:${line + 1}: ${message}`);
}

/** The function (component) a node is in: the outermost named one, for the report. */
function enclosingComponent(node: ts.Node): ts.FunctionLikeDeclaration | undefined {
  let found: ts.FunctionLikeDeclaration | undefined;
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isFunctionDeclaration(at) || ts.isArrowFunction(at) || ts.isFunctionExpression(at)) {
      found = at;
    }
  }
  return found;
}

function componentName(fn: ts.FunctionLikeDeclaration | undefined): string {
  if (!fn) return "(module)";
  if (ts.isFunctionDeclaration(fn) && fn.name) return fn.name.text;
  if (ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) {
    return fn.parent.name.text;
  }
  return "(anonymous)";
}

/** Whether `name` is bound by a parameter of `fn` (plain or destructured). */
function isParameter(fn: ts.FunctionLikeDeclaration | undefined, name: string): boolean {
  if (!fn) return false;
  const binds = (binding: ts.BindingName): boolean =>
    ts.isIdentifier(binding)
      ? binding.text === name
      : binding.elements.some((element) => !ts.isOmittedExpression(element) && binds(element.name));
  return fn.parameters.some((parameter) => binds(parameter.name));
}

/** The initializer of a `const name = …` visible from `node` (same function or module). */
function constInitializer(node: ts.Node, name: string): ts.Expression | undefined {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    const statements = ts.isBlock(at) || ts.isSourceFile(at) ? at.statements : undefined;
    for (const statement of statements ?? []) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.name.text === name) {
          return declaration.initializer;
        }
      }
    }
  }
  return undefined;
}

type Titles = { titles: string[] } | { forwarded: true };

/** Every title an expression can give: each branch of a condition, "…" for interpolations. */
function readTitles(parsed: Parsed, expression: ts.Expression, seen = 0): Titles {
  if (seen > 10) fail(parsed, expression, "a title defined in a loop of constants");
  if (ts.isStringLiteralLike(expression)) return { titles: [expression.text] };
  if (ts.isTemplateExpression(expression)) {
    return {
      titles: [
        expression.head.text + expression.templateSpans.map((s) => `…${s.literal.text}`).join(""),
      ],
    };
  }
  if (ts.isParenthesizedExpression(expression)) return readTitles(parsed, expression.expression);
  if (ts.isConditionalExpression(expression)) {
    const branches = [expression.whenTrue, expression.whenFalse].map((branch) =>
      readTitles(parsed, branch, seen + 1),
    );
    if (branches.some((b) => "forwarded" in b)) {
      fail(parsed, expression, "a title partly taken from the component's props");
    }
    return { titles: branches.flatMap((b) => ("titles" in b ? b.titles : [])) };
  }
  if (ts.isIdentifier(expression)) {
    const fn = enclosingComponent(expression);
    if (isParameter(fn, expression.text)) return { forwarded: true };
    const initializer = constInitializer(expression, expression.text);
    if (initializer) return readTitles(parsed, initializer, seen + 1);
  }
  if (
    ts.isPropertyAccessExpression(expression) &&
    ts.isIdentifier(expression.expression) &&
    expression.name.text === "title" &&
    isParameter(enclosingComponent(expression), expression.expression.text)
  ) {
    return { forwarded: true };
  }
  return fail(
    parsed,
    expression,
    `cannot read the dialog title "${expression.getText()}": write it as a string, a template or a condition of those`,
  );
}

function jsxTitle(parsed: Parsed, element: ts.JsxOpeningLikeElement): Titles {
  const attribute = element.attributes.properties.find(
    (p): p is ts.JsxAttribute =>
      ts.isJsxAttribute(p) && ts.isIdentifier(p.name) && p.name.text === "title",
  );
  if (element.attributes.properties.some(ts.isJsxSpreadAttribute) && !attribute) {
    fail(parsed, element, "a dialog whose props are spread: give it its title as a prop");
  }
  if (!attribute?.initializer) fail(parsed, element, "a dialog without a title");
  const value = attribute.initializer;
  if (ts.isStringLiteral(value)) return { titles: [value.text] };
  if (ts.isJsxExpression(value) && value.expression) return readTitles(parsed, value.expression);
  return fail(parsed, element, "a dialog title that is not text");
}

function tagName(element: ts.JsxOpeningLikeElement): string {
  return element.tagName.getText();
}

/** Every dialog title in the console's source, with where each is rendered. */
export function dialogsInSource(dir = SOURCE): DialogSite[] {
  const files = sourceFiles(dir).map(parse);
  const sites: DialogSite[] = [];
  // Components of our own that hand their `title` prop to a dialog, found on the way.
  const wrappers = new Set<string>();

  const visit = (parsed: Parsed, opensDialog: (tag: string) => boolean, firstPass: boolean) => {
    const walk = (node: ts.Node) => {
      if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
        const tag = tagName(node);
        if (/^(Modal|Drawer)\./.test(tag) && tag !== "Modal.Title" && tag !== "Drawer.Title") {
          fail(parsed, node, `${tag}: the sweep reads only <Modal> and <Drawer> with a title`);
        }
        if (opensDialog(tag)) {
          const where = `${parsed.file} › ${componentName(enclosingComponent(node))}`;
          const read = jsxTitle(parsed, node);
          if ("forwarded" in read) {
            if (!PRIMITIVES.has(tag)) fail(parsed, node, `${tag} forwards its title again`);
            wrappers.add(componentName(enclosingComponent(node)));
          } else {
            for (const title of read.titles) sites.push({ title, where });
          }
        }
      }
      if (
        firstPass &&
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.expression.getText() === "modals" &&
        /^open/.test(node.expression.name.text)
      ) {
        const options = node.arguments[0];
        const title =
          options && ts.isObjectLiteralExpression(options)
            ? options.properties.find(
                (p): p is ts.PropertyAssignment =>
                  ts.isPropertyAssignment(p) && p.name.getText() === "title",
              )
            : undefined;
        if (!title) fail(parsed, node, "a modals.open… call without a literal `title`");
        const read = readTitles(parsed, title.initializer);
        if ("forwarded" in read) fail(parsed, node, "a modals.open… title taken from props");
        const where = `${parsed.file} › ${componentName(enclosingComponent(node))}`;
        for (const text of read.titles) sites.push({ title: text, where });
      }
      ts.forEachChild(node, walk);
    };
    walk(parsed.source);
  };

  for (const parsed of files) {
    parsed.source.forEachChild((node) => {
      if (
        ts.isImportDeclaration(node) &&
        ts.isStringLiteral(node.moduleSpecifier) &&
        node.moduleSpecifier.text === "@mantine/core"
      ) {
        const bindings = node.importClause?.namedBindings;
        if (bindings && ts.isNamedImports(bindings)) {
          for (const element of bindings.elements) {
            const imported = (element.propertyName ?? element.name).text;
            if (PRIMITIVES.has(imported) && element.name.text !== imported) {
              fail(parsed, element, `${imported} imported as ${element.name.text}`);
            }
          }
        }
      }
    });
    visit(parsed, (tag) => PRIMITIVES.has(tag), true);
  }
  // The uses of the wrappers: their titles are the dialogs people see.
  if (wrappers.size > 0) {
    for (const parsed of files) visit(parsed, (tag) => wrappers.has(tag), false);
  }
  return sites;
}

/**
 * The console's menus: the components that render our MenuButton (a menu is not a dialog, but it
 * floats over the page like one and is swept with them).
 */
export function menusInSource(dir = SOURCE): string[] {
  const found = new Set<string>();
  for (const parsed of sourceFiles(dir).map(parse)) {
    if (parsed.file === join("components", "ui", "MenuButton.tsx")) continue;
    const walk = (node: ts.Node) => {
      if (
        (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) &&
        tagName(node) === "MenuButton"
      ) {
        found.add(`${parsed.file} › ${componentName(enclosingComponent(node))}`);
      }
      ts.forEachChild(node, walk);
    };
    walk(parsed.source);
  }
  return [...found];
}
