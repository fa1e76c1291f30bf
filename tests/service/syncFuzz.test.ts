import { describe, expect, it } from 'vitest';
import { syncFuzz } from '../helpers/syncFuzz';

/**
 * Seeded random schedules of three writers' edits, syncs and restarts (npm run bench --
 * sync-fuzz --seeds N runs more). Each seed is repeatable: a failure names it.
 */
const SEEDS = Number(process.env.DOSSIER_FUZZ_SEEDS ?? 200);

describe('three replicas and a server under a random schedule', () => {
  it(
    `agree, keep every highlight and source, leave no reference dangling and no key twice (${SEEDS} seeds)`,
    { timeout: 600_000 },
    async () => {
      const problems: string[] = [];
      for (let seed = 1; seed <= SEEDS; seed++) problems.push(...(await syncFuzz(seed)));
      expect(problems).toEqual([]);
    },
  );
});
