import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A key the window's code asks the catalogue for, and where. */
export interface UsedKey {
  key: string;
  /** Asked with a count: the catalogue may hold its plural forms instead of the key itself. */
  counted: boolean;
  /** The variables it fills in ({{name}}), as the code passes them. */
  where: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

const literal = (node: ts.Node | undefined): string | null =>
  node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : null;

/**
 * Every catalogue key the renderer's code names: the first argument of t() and i18n.t(), a
 * label marked with k(), and the i18nKey of a <Trans>. A key built at run time cannot be
 * checked, so it is reported too (as `dynamic`), for the test to refuse.
 */
export function catalogueKeys(root: string): { used: UsedKey[]; dynamic: string[] } {
  const used: UsedKey[] = [];
  const dynamic: string[] = [];
  for (const file of filesUnder(join(root, 'renderer/src'))) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const at = (node: ts.Node) =>
      `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee)
          ? callee.text
          : ts.isPropertyAccessExpression(callee) && callee.name.text === 't'
            ? 't'
            : null;
        if (name === 't' || name === 'k') {
          const [first, options] = node.arguments;
          const key = literal(first);
          if (key === null) {
            // t(label) with a label from a k()-marked table is checked at the table.
            if (
              name === 'k' ||
              !first ||
              (!ts.isIdentifier(first) &&
                !ts.isElementAccessExpression(first) &&
                !ts.isPropertyAccessExpression(first))
            )
              dynamic.push(at(node));
          } else {
            const counted =
              !!options &&
              ts.isObjectLiteralExpression(options) &&
              options.properties.some(
                (p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'count',
              );
            used.push({ key, counted, where: at(node) });
          }
        }
      }
      if (ts.isJsxSelfClosingElement(node) || ts.isJsxOpeningElement(node)) {
        if (ts.isIdentifier(node.tagName) && node.tagName.text === 'Trans') {
          const attr = node.attributes.properties.find(
            (p): p is ts.JsxAttribute =>
              ts.isJsxAttribute(p) && ts.isIdentifier(p.name) && p.name.text === 'i18nKey',
          );
          const key =
            attr?.initializer && ts.isStringLiteral(attr.initializer)
              ? attr.initializer.text
              : null;
          if (key === null) dynamic.push(at(node));
          else used.push({ key, counted: false, where: at(node) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { used, dynamic };
}

/** The {{variables}} a catalogue string fills in, sorted. */
export function variablesOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]!))].sort();
}
