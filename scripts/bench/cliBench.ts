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

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[RUNS / 2 - 1]! + sorted[RUNS / 2]!) / 2;
};

/**
 * RUNS runs of a command, each right after a run of `node -e 0`: the machine's drift touches
 * both alike, so the median of the pairs' ratios is steadier than a ratio of two medians.
 */
function paired(args: string[]): { took: number; node: number; ratio: number } {
  run(args); // a first run warms the file cache and V8's compile cache
  const pairs = Array.from({ length: RUNS }, () => {
    const node = run(['-e', '0']);
    return { node, took: run(args) };
  });
  return {
    took: median(pairs.map((p) => p.took)),
    node: median(pairs.map((p) => p.node)),
    ratio: median(pairs.map((p) => p.took / p.node)),
  };
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

  console.log(`\nCLI start-up (median of ${RUNS} runs, each paired with a run of node -e 0):`);
  const budgets: [string, string[], number][] = [
    ['dossier --help', ['--help'], 2],
    ['dossier list --json', ['list', '--json', '--library', library], 3],
    ['dossier search Janaozen --json', ['search', 'Janaozen', '--json', '--library', library], 4],
  ];
  for (const [name, args, budget] of budgets) {
    const { took, node, ratio } = paired([bin, ...args]);
    figure('cli', name, took, 'ms');
    figure('cli', `${name}: node -e 0`, node, 'ms');
    figure('cli', `${name} / node start`, ratio, '×');
    console.log(
      `  ${name.padEnd(32)} ${took.toFixed(0).padStart(5)} ms, node ${node.toFixed(0)} ms: ${ratio.toFixed(2)}× (budget ${budget}×)${ratio > budget ? '  OVER BUDGET' : ''}`,
    );
  }
} finally {
  await rm(library, { recursive: true, force: true });
}
