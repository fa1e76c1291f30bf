import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dossier } from '../helpers/runDossier';
import { tempDir } from '../helpers/tempLibrary';

describe('importing a folder', () => {
  it('leaves out the folder’s README and licence, says so, and imports them when named', async () => {
    const lib = await tempDir();
    const folder = join(await tempDir(), 'clippings');
    await mkdir(folder, { recursive: true });
    await writeFile(
      join(folder, 'ferry-strike.txt'),
      'Ferry crews vote to strike\n\nThe crews voted on Monday to stop work from Friday.',
    );
    await writeFile(join(folder, 'README.md'), '# My clippings\n\nWhat this folder holds.');
    await writeFile(join(folder, 'LICENSE.txt'), 'Released under CC BY 4.0.');
    const run = await dossier(['import', folder, '--library', lib]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/imported\s+Ferry crews vote to strike/);
    expect(run.out).toMatch(/skipped\s+.*README\.md was left out: .*name it to import it/);
    expect(run.out).toMatch(
      /skipped\s+.*LICENSE\.txt was left out: it is the folder's own licence/,
    );
    const listed = JSON.parse(
      (await dossier(['list', '--json', '--library', lib])).out,
    ) as unknown[];
    expect(listed).toHaveLength(1);
    const named = await dossier(['import', join(folder, 'README.md'), '--library', lib]);
    expect(named.out).toMatch(/imported\s+My clippings/);
  });
});
