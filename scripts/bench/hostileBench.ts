// Hostile inputs, each at n, 2n and 4n: the import's wall time and its growth per doubling. A
// ratio near 2 is linear; near 4 is quadratic (the long-word and nested-Markdown imports that
// once took minutes were). Inputs are made by tests/fixtures/hostile/makeHostileInputs.ts.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as make from '../../tests/fixtures/hostile/makeHostileInputs';
import { figure } from './figures';

const repoRoot = resolve(import.meta.dirname, '../..');
const bin = join(repoRoot, 'bin/dossier.mjs');

const inputs: [string, (n: number) => make.HostileInput | Promise<make.HostileInput>, number][] = [
  ['long word (characters)', make.longWord, 250_000],
  ['blank run (characters)', make.blankRun, 250_000],
  ['RIS title (characters)', make.longRisLine, 2_500_000],
  ['RIS records', make.manyRisRecords, 10_000],
  ['Word paragraphs', make.manyDocxParagraphs, 20_000],
  ['PDF pages', make.manyPdfPages, 1_000],
  ['Markdown nesting (levels)', make.deepMarkdown, 25],
  ['pasted lines', make.manyLines, 20_000],
];

async function importTime(input: make.HostileInput): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-hostile-'));
  try {
    const path = join(dir, input.name);
    await writeFile(path, input.data);
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [bin, 'import', path, '--library', join(dir, 'lib')], {
      stdio: 'ignore',
    });
    const took = Number(process.hrtime.bigint() - start) / 1e6;
    if (run.status !== 0) throw new Error(`${input.name} exited ${run.status}`);
    return took;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

console.log('\nHostile inputs: import time at n, 2n and 4n, and the growth per doubling');
for (const [name, maker, n] of inputs) {
  const times: number[] = [];
  for (const size of [n, 2 * n, 4 * n]) times.push(await importTime(await maker(size)));
  const growth = Math.sqrt(times[2]! / times[0]!);
  figure('hostile', `${name} ${4 * n} ms`, times[2]!, 'ms');
  figure('hostile', `${name} growth per doubling`, growth, '×');
  console.log(
    `  ${name.padEnd(28)} ${[n, 2 * n, 4 * n].map((s, i) => `${s.toLocaleString('en')}: ${Math.round(times[i]!)} ms`).join('  ')}  (×${growth.toFixed(2)} per doubling)`,
  );
}
