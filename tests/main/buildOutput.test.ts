import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/corpus';

// `npm test` runs `electron-vite build` before the suites; these check what it produced.
const out = (path: string) => {
  const file = join(repoRoot, 'out', path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first.`);
  return readFileSync(file, 'utf8');
};

describe('electron-vite build output', () => {
  it('emits a CommonJS preload that requires nothing but electron (a sandboxed preload cannot)', () => {
    const preload = out('preload/index.cjs');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('emits the main entry that package.json points at', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
      main: string;
    };
    expect(pkg.main).toBe('out/main/index.js');
    expect(out('main/index.js')).toMatch(/requestSingleInstanceLock/);
  });

  it('emits a renderer page with a CSP that names no remote origin and loads assets relatively', () => {
    const html = out('renderer/index.html');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/https?:|unsafe-eval|unsafe-inline/);
    expect(html).toMatch(/src="\.\/assets\//);
  });
});
