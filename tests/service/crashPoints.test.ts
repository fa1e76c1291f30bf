import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { FaultPoint } from '../../electron/main/library/faultPoints';
import { dossierProcess, harbourLibrary, tagLabour } from '../helpers/cliProcess';

/** The built CLI, optionally killed (SIGKILL) at a named point of the write path. */
const dossier = (args: string[], crashAt?: FaultPoint) =>
  dossierProcess(args, { DOSSIER_CRASH_AT: crashAt ?? '' });

const QUOTES = [
  'the dockers walked out',
  'the port authority refused',
  'ships waited offshore',
  'the union called it a victory',
];

const tag = tagLabour;

const tagged = (lib: string) =>
  dossier(['passages', '--theme', 'labour', '--json', '--library', lib]).out;

describe('a CLI command killed at a chosen point in the write path', () => {
  const points: { at: FaultPoint; acknowledged: boolean }[] = [
    // The change is durable in the journal, the process dies before it says so.
    { at: 'after-journal-line', acknowledged: false },
    // The rest die while library.json is rewritten at close, after "tagged" was printed.
    { at: 'during-temp-write', acknowledged: true },
    { at: 'after-rename', acknowledged: true },
    { at: 'after-journal-cut', acknowledged: true },
  ];
  for (const { at, acknowledged } of points) {
    it(`${at}: loses nothing acknowledged, and check puts the folder in order`, async () => {
      const { lib, id } = await harbourLibrary();
      for (const quote of QUOTES.slice(0, 3)) expect(dossier(tag(lib, id, quote)).code).toBe(0);
      const killed = dossier(tag(lib, id, QUOTES[3]!), at);
      expect(killed.signal).toBe('SIGKILL');
      expect(killed.out.includes('tagged')).toBe(acknowledged);

      const after = tagged(lib);
      // A change on disk before the kill comes back even when it was not yet acknowledged.
      for (const quote of QUOTES) expect(after, `${at}: ${quote}`).toContain(quote);
      const repaired = dossier(['check', '--repair', '--library', lib]);
      expect(repaired.code, repaired.out).toBe(0);
      expect((await readdir(lib)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      expect(dossier(['check', '--library', lib]).out).toContain('The library is in order.');
    });
  }
});
