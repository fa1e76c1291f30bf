// CLI start-up: each command's median wall time over RUNS runs of the built bin, as a ratio to
// `node -e 0` measured in the same run, so the budgets hold on a slow or a fast machine alike.
import { spawnSync } from 'node:child_process';
import { paired } from './pairedRuns';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { figure } from './figures';

const RUNS = 10;

const repoRoot = resolve(import.meta.dirname, '../..');
const bin = join(repoRoot, 'bin/dossier.mjs');
const corpus = join(repoRoot, 'tests/fixtures/corpus');

if (!existsSync(join(repoRoot, 'out/main/cli.js'))) {
  throw new Error('Build Dossier first (npm run build): the bench times the built CLI.');
}
const library = await mkdtemp(join(tmpdir(), 'dossier-bench-cli-'));
try {
  const texts = readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(corpus, f));
  const imported = spawnSync(process.execPath, [bin, 'import', ...texts, '--library', library]);
  if (imported.status !== 0) throw new Error(`import: ${imported.stderr}`);

  console.log(`\nCLI start-up (median of ${RUNS} runs, each paired with a run of node -e 0):`);
  const budgets: [string, string[], number][] = [
    ['dossier --help', ['--help'], 2],
    ['dossier list --json', ['list', '--json', '--library', library], 3],
    ['dossier search Janaozen --json', ['search', 'Janaozen', '--json', '--library', library], 4],
  ];
  // Each command twice: as `node bin/dossier.mjs …`, and as the README's `dossier …`, which
  // `npm link` points at the same file, run through its own `#!/usr/bin/env node` line.
  for (const [name, args, budget] of budgets) {
    for (const [label, run] of [
      [name, () => paired([bin, ...args], RUNS)],
      [`${name} (as dossier on PATH)`, () => paired(args, RUNS, () => args, bin)],
    ] as const) {
      const { took, node, ratio } = run();
      figure('cli', label, took, 'ms');
      figure('cli', `${label}: node -e 0`, node, 'ms');
      figure('cli', `${label} / node start`, ratio, '×');
      console.log(
        `  ${label.padEnd(52)} ${took.toFixed(0).padStart(5)} ms, node ${node.toFixed(0)} ms: ${ratio.toFixed(2)}× (budget ${budget}×)${ratio > budget ? '  OVER BUDGET' : ''}`,
      );
    }
  }
} finally {
  await rm(library, { recursive: true, force: true });
}
