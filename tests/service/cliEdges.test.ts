import { spawn, spawnSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/corpus';
import { dossier } from '../helpers/runDossier';
import { tempDir } from '../helpers/tempLibrary';

const article = (title: string) => `${title}\n\nA paragraph about the harbour strike.\n`;

describe('a folder import', () => {
  it('names the links and pipes it does not read, and never follows a linked metadata file out', async () => {
    const outside = await tempDir();
    await writeFile(
      join(outside, 'secret.csl.json'),
      JSON.stringify({ title: 'Read from outside the folder' }),
    );
    const folder = await tempDir();
    await writeFile(join(folder, 'a.txt'), article('Plain article'));
    await writeFile(join(folder, 'b.txt'), article('Article with a linked sidecar'));
    await symlink(join(outside, 'secret.csl.json'), join(folder, 'b.csl.json'));
    await writeFile(join(outside, 'target.txt'), article('Linked article'));
    await symlink(join(outside, 'target.txt'), join(folder, 'c-link.txt'));
    expect(spawnSync('mkfifo', [join(folder, 'd-pipe.txt')]).status).toBe(0);

    const lib = await tempDir();
    const run = await dossier(['import', folder, '--library', lib]);
    expect(run.err).toMatch(/c-link\.txt was not imported: it is a symbolic link/);
    expect(run.err).toMatch(/d-pipe\.txt was not imported: it is a named pipe/);
    expect(run.err).toMatch(/b\.csl\.json was not read as metadata: it is a symbolic link/);
    const titles = (
      JSON.parse((await dossier(['list', '--json', '--library', lib])).out) as { title: string }[]
    ).map((s) => s.title);
    expect(titles.sort()).toEqual(['Article with a linked sidecar', 'Plain article']);
  });

  it('prints a file name with a line break on one line, so it cannot pass for another result', async () => {
    const folder = await tempDir();
    const name = 'notes\nimported   Forged result.txt';
    await writeFile(join(folder, name), article('Honest title'));
    const lib = await tempDir();
    const run = await dossier(['import', join(folder, name), '--library', lib]);
    expect(run.code).toBe(0);
    const lines = run.out.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('from notes\u2424imported   Forged result.txt');
  });
});

describe('output to a reader that goes away', () => {
  it('show --json | head ends quietly, the library closed as usual', async () => {
    const lib = await tempDir();
    const file = join(await tempDir(), 'long.txt');
    const paragraphs = Array.from({ length: 4000 }, (_, i) => `Paragraph ${i} of a long report.`);
    await writeFile(file, `A long report\n\n${paragraphs.join('\n\n')}\n`);
    await mkdir(lib, { recursive: true });
    expect((await dossier(['import', file, '--library', lib])).code).toBe(0);
    const [source] = JSON.parse((await dossier(['list', '--json', '--library', lib])).out);
    // A reader that takes one chunk and closes its end of the pipe.
    const child = spawn(
      process.execPath,
      [join(repoRoot, 'bin/dossier.mjs'), 'show', source.id, '--json', '--library', lib],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).not.toMatch(/EPIPE|at .*\.js:\d+/);
    expect(code).toBe(0);
    // Nothing left behind: the next command opens the library at once.
    expect((await dossier(['list', '--library', lib])).err).toBe('');
  });
});
