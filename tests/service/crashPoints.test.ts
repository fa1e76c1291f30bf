import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FaultPoint } from '../../electron/main/library/faultPoints';
import { dossierProcess, harbourLibrary, tagLabour } from '../helpers/cliProcess';
import { asLibraryJson } from '../helpers/storedLibrary';
import { tempDir } from '../helpers/tempLibrary';

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
  const points: { at: FaultPoint; acknowledged: boolean; kept: boolean }[] = [
    // The change's rows are written, its transaction not committed: rolled back whole, and
    // never acknowledged, so nothing the writer was told is lost.
    { at: 'before-commit', acknowledged: false, kept: false },
    // Committed, the process dies before it says so: the change is there all the same.
    { at: 'after-commit', acknowledged: false, kept: true },
  ];
  for (const { at, acknowledged, kept } of points) {
    it(`${at}: loses nothing acknowledged, and check puts the folder in order`, async () => {
      const { lib, id } = await harbourLibrary();
      for (const quote of QUOTES.slice(0, 3)) expect(dossier(tag(lib, id, quote)).code).toBe(0);
      const killed = dossier(tag(lib, id, QUOTES[3]!), at);
      expect(killed.signal).toBe('SIGKILL');
      expect(killed.out.includes('tagged')).toBe(acknowledged);

      const after = tagged(lib);
      for (const quote of QUOTES.slice(0, 3)) expect(after, `${at}: ${quote}`).toContain(quote);
      expect(after.includes(QUOTES[3]!), `${at}: the cut change`).toBe(kept);
      const repaired = dossier(['check', '--repair', '--library', lib]);
      expect(repaired.code, repaired.out).toBe(0);
      expect((await readdir(lib)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      expect(dossier(['check', '--library', lib]).out).toContain('The library is in order.');
    });
  }
});

describe('a library moving from library.json into library.db, killed on the way', () => {
  for (const at of ['before-commit', 'after-commit'] as const) {
    it(`${at}: the next command finishes the move, and nothing of the library is lost`, async () => {
      const { lib, id } = await harbourLibrary();
      for (const quote of QUOTES) expect(dossier(tag(lib, id, quote)).code).toBe(0);
      const before = tagged(lib);
      await asLibraryJson(lib);

      const killed = dossier(['list', '--library', lib], at);
      expect(killed.signal).toBe('SIGKILL');
      // Cut before its commit, the move left no library in the database; after it, library.json
      // is still there beside the finished database.
      expect((await readdir(lib)).includes('library.json')).toBe(true);

      expect(tagged(lib)).toBe(before);
      const names = await readdir(lib);
      expect(names).toContain('library.db');
      expect(names).toContain('library.before-database.json');
      expect(names).not.toContain('library.json');
      expect(dossier(['check', '--library', lib]).out).toContain('The library is in order.');
    });
  }
});

describe('an import killed at a chosen point: the search index goes with the records', () => {
  for (const { at, kept } of [
    { at: 'before-commit', kept: false },
    { at: 'after-commit', kept: true },
  ] as const) {
    it(`${at}: search finds the article exactly when it was kept, and nothing is rebuilt`, async () => {
      const { lib } = await harbourLibrary();
      const file = join(await tempDir(), 'okapi.txt');
      await writeFile(file, 'Okapi report\n\nAn okapi was seen near the harbour at dawn.\n');
      const killed = dossier(['import', file, '--library', lib], at);
      expect(killed.signal).toBe('SIGKILL');
      const listed = dossier(['list', '--json', '--library', lib]).out;
      expect(listed.includes('Okapi report'), 'the records').toBe(kept);
      const found = dossier(['search', 'okapi', '--json', '--library', lib]);
      const hits = (JSON.parse(found.out) as { hits: { field: string }[] }).hits;
      const fields = hits.map((h) => h.field);
      if (kept) expect(fields, 'the index').toEqual(expect.arrayContaining(['passage', 'title']));
      else expect(fields, 'the index').toEqual([]);
      // The text written before the cut commit is left over, and check's repair puts it away;
      // the index needs nothing.
      const repaired = dossier(['check', '--repair', '--library', lib]).out;
      expect(repaired).not.toContain('search index');
      expect(dossier(['check', '--library', lib]).out).toContain('The library is in order.');
    });
  }
});
