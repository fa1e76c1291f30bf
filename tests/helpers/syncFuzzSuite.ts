import { describe, expect, it } from 'vitest';
import { syncFuzz } from './syncFuzz';

/** How many seeds the suite runs in all (npm run bench -- sync-fuzz --seeds N runs more). */
const SEEDS = Number(process.env.DOSSIER_FUZZ_SEEDS ?? 200);

/**
 * Seeded random schedules of three writers' edits, syncs and restarts; each seed is repeatable,
 * and a failure names it. The seeds are split over files (`part` of `parts`) so that test
 * workers run them side by side: one file of 200 seeds was the suite's longest pole.
 */
export function syncFuzzSuite(part: number, parts: number): void {
  const first = Math.floor(((part - 1) * SEEDS) / parts) + 1;
  const last = Math.floor((part * SEEDS) / parts);
  describe('three replicas and a server under a random schedule', () => {
    it(
      `agree, keep every highlight and source, leave no reference dangling and no key twice (seeds ${first}–${last})`,
      { timeout: 600_000 },
      async () => {
        const problems: string[] = [];
        for (let seed = first; seed <= last; seed++) problems.push(...(await syncFuzz(seed)));
        expect(problems).toEqual([]);
      },
    );
  });
}
