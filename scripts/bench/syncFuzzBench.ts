// Seeded random schedules of three replicas and a server (tests/helpers/syncFuzz.ts), more
// seeds than the suite runs: npm run bench -- sync-fuzz --seeds N [--from K].
import { figure } from './figures';
import { syncFuzz } from '../../tests/helpers/syncFuzz';

const seeds = Number(process.env.DOSSIER_FUZZ_SEEDS ?? 500);
const from = Number(process.env.DOSSIER_FUZZ_FROM ?? 1);
console.log(`\nSync fuzz: seeds ${from}–${from + seeds - 1}, 3 replicas, 40 steps each`);
const started = process.hrtime.bigint();
let failed = 0;
for (let seed = from; seed < from + seeds; seed++) {
  const problems = await syncFuzz(seed);
  if (problems.length) {
    failed++;
    for (const p of problems.slice(0, 5)) console.log(`  ${p}`);
  }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
figure('sync-fuzz', 'seeds run', seeds, 'seeds');
figure('sync-fuzz', 'seeds that broke an invariant', failed, 'seeds');
figure('sync-fuzz', 'time per seed', (seconds * 1000) / seeds, 'ms');
console.log(
  `  ${seeds - failed} of ${seeds} seeds kept every invariant (${(seconds / seeds).toFixed(2)} s a seed)`,
);
