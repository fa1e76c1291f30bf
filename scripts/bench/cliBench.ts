// CLI start-up: each command's median wall time over RUNS runs of the built bin, as a ratio to
// `node -e 0` measured in the same run, so the budgets hold on a slow or a fast machine alike.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { figure } from './figures';

const RUNS = 10;
const repoRoot = resolve(import.meta.dirname, '../..');
const bin = join(repoRoot, 'bin/dossier.mjs');
const corpus = join(repoRoot, 'tests/fixtures/corpus');

function run(args: string[]): number {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const took = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0)
    throw new Error(`${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  return took;
}

function median(args: string[]): number {
  run(args); // a first run warms the file cache and V8's compile cache
  const times = Array.from({ length: RUNS }, () => run(args)).sort((a, b) => a - b);
  return (times[RUNS / 2 - 1]! + times[RUNS / 2]!) / 2;
}

if (!existsSync(join(repoRoot, 'out/main/cli.js'))) {
  throw new Error('Build Dossier first (npm run build): the bench times the built CLI.');
}
const library = await mkdtemp(join(tmpdir(), 'dossier-bench-cli-'));
try {
  const texts = readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(corpus, f));
  run([bin, 'import', ...texts, '--library', library]);

  const node = median(['-e', '0']);
  console.log(`\nCLI start-up (median of ${RUNS} runs; node -e 0 took ${node.toFixed(0)} ms):`);
  figure('cli', 'node -e 0', node, 'ms');
  const budgets: [string, string[], number][] = [
    ['dossier --help', ['--help'], 2],
    ['dossier list --json', ['list', '--json', '--library', library], 3],
    ['dossier search Janaozen --json', ['search', 'Janaozen', '--json', '--library', library], 4],
  ];
  for (const [name, args, budget] of budgets) {
    const took = median([bin, ...args]);
    const ratio = took / node;
    figure('cli', name, took, 'ms');
    figure('cli', `${name} / node start`, ratio, '×');
    console.log(
      `  ${name.padEnd(32)} ${took.toFixed(0).padStart(5)} ms  ${ratio.toFixed(2)}× node (budget ${budget}×)${ratio > budget ? '  OVER BUDGET' : ''}`,
    );
  }
} finally {
  await rm(library, { recursive: true, force: true });
}
