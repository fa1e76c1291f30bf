import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/corpus';

const shared = join(repoRoot, 'shared');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Which shared/ folder imports which other, read off every relative import of the code. */
function folderImports(): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const file of files(shared)) {
    const from = relative(shared, file).split(sep)[0]!;
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/gu)) {
      const target = relative(shared, normalize(join(dirname(file), spec!))).split(sep);
      const to = target[0]!;
      if (target.length < 2 || to === '..' || to === from) continue;
      edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  return edges;
}

/** A chain of folders that leads back to where it began, if the imports hold one. */
function cycleIn(edges: Map<string, Set<string>>): string[] | null {
  const done = new Set<string>();
  const walk = (folder: string, path: string[]): string[] | null => {
    const at = path.indexOf(folder);
    if (at >= 0) return [...path.slice(at), folder];
    if (done.has(folder)) return null;
    for (const next of edges.get(folder) ?? []) {
      const found = walk(next, [...path, folder]);
      if (found) return found;
    }
    done.add(folder);
    return null;
  };
  for (const folder of edges.keys()) {
    const found = walk(folder, []);
    if (found) return found;
  }
  return null;
}

describe('the floors of shared/', () => {
  it('has api/ on top: no other folder imports it', () => {
    const edges = folderImports();
    const intoApi = [...edges].filter(([from, to]) => from !== 'api' && to.has('api'));
    expect(intoApi.map(([from]) => from)).toEqual([]);
  });

  it('stands in floors: no folder imports, through others, a folder that imports it', () => {
    const cycle = cycleIn(folderImports());
    expect(cycle?.join(' → ') ?? 'no cycle').toBe('no cycle');
  });

  it('finds a cycle where there is one', () => {
    const edges = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    expect(cycleIn(edges)).toEqual(['a', 'b', 'c', 'a']);
    expect(cycleIn(new Map([['a', new Set(['b'])]]))).toBeNull();
  });
});
