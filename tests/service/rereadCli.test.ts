// Putting a left-out line back from the command line, and being told which citations moved.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dossier } from '../helpers/runDossier';
import { tempDir } from '../helpers/tempLibrary';

const pasted = [
  'Nurses walk out at Harbour General',
  'By Mara Lindqvist',
  '12 March 2025',
  'Upwards of 300 nurses walked out of Harbour General Hospital on Tuesday morning, the first strike at the hospital in forty years.',
  'The union said a handful of managers were locked in their offices by the pickets for most of the afternoon.',
  'Talks on pay are due to resume on Friday.',
].join('\n\n');

describe('dossier reread', () => {
  it('lists the left-out lines, puts one back by number, and names the highlight it renumbered', async () => {
    const lib = await tempDir('dossier-reread-');
    const file = join(await tempDir('dossier-reread-page-'), 'strike.txt');
    await writeFile(file, pasted);
    const imported = await dossier(['import', file, '--json', '--library', lib]);
    const id = (JSON.parse(imported.out) as { results: { source: { id: string } }[] }).results[0]!
      .source.id;
    const tagged = await dossier([
      'tag',
      id,
      '--quote',
      'a handful of managers were locked in',
      '--theme',
      'labour',
      '--library',
      lib,
    ]);
    expect(tagged.code).toBe(0);

    const shown = await dossier(['show', id, '--library', lib]);
    expect(shown.out).toMatch(/\[2\] The union said a handful/);
    expect(shown.out).toMatch(
      /Left out on import \(2;[^\n]*\n {2}1\. By Mara Lindqvist\n {2}2\. 12 March 2025/,
    );

    const bad = await dossier(['reread', id, '--put-back', '3', '--library', lib]);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toMatch(/--put-back 3: .* has 2 left-out lines/);

    const reread = await dossier(['reread', id, '--put-back', '1', '--library', lib]);
    expect(reread.code).toBe(0);
    expect(reread.out).toMatch(/para\. 2 → 3\): citations made before give the old number/);
    const after = await dossier(['show', id, '--library', lib]);
    expect(after.out).toMatch(/\[1\] By Mara Lindqvist/);
    expect(after.out).toMatch(/\[3\] The union said a handful/);
    expect(after.out).toMatch(/Left out on import \(1;[^\n]*\n {2}1\. 12 March 2025/);
  });
});
