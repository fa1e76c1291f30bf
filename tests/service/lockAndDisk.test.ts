import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/corpus';
import { dossierProcess, HARBOUR_TEXT, harbourLibrary, tagLabour } from '../helpers/cliProcess';
import { tempDir } from '../helpers/tempLibrary';

const cli = join(repoRoot, 'bin/dossier.mjs');

const dossier = dossierProcess;

/** Runs the CLI without waiting, collecting its output; resolves when it exits. */
function dossierAsync(args: string[]) {
  const child = spawn(process.execPath, [cli, ...args], { cwd: repoRoot });
  let err = '';
  let out = '';
  const errListeners: (() => void)[] = [];
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => {
    err += d.toString();
    for (const l of errListeners) l();
  });
  const done = new Promise<{ code: number | null; out: string; err: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, out, err })),
  );
  const stderrHas = (text: string) =>
    new Promise<void>((resolve) => {
      const check = () => err.includes(text) && resolve();
      errListeners.push(check);
      check();
    });
  return { done, stderrHas };
}

/**
 * Another Dossier holding the library: a process that writes a lock naming itself, as Dossier
 * does, and lets go when told on its standard input.
 */
async function holdLibrary(
  dir: string,
): Promise<{ child: ChildProcess; release: () => Promise<void> }> {
  const script = join(dir, '..', `holder-${process.pid}-${Date.now()}.mjs`);
  await writeFile(
    script,
    `import { writeFileSync, unlinkSync } from 'node:fs';
const lock = ${JSON.stringify(join(dir, 'library.lock'))};
writeFileSync(lock, JSON.stringify({ pid: process.pid, host: ${JSON.stringify(hostname())}, since: new Date().toISOString(), program: process.argv[1] }), { flag: 'wx' });
console.log('holding');
process.stdin.once('data', () => { unlinkSync(lock); process.exit(0); });
`,
  );
  const child = spawn(process.execPath, [script], { stdio: ['pipe', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    child,
    release: async () => {
      child.stdin!.write('go\n');
      await exited;
      await rm(script, { force: true });
    },
  };
}

async function articleFile(): Promise<string> {
  const file = join(await tempDir(), 'harbour.txt');
  await writeFile(file, HARBOUR_TEXT);
  return file;
}

async function libraryWithArticle(): Promise<{ dir: string; id: string }> {
  const { lib, id } = await harbourLibrary();
  return { dir: lib, id };
}

const tag = tagLabour;

describe('while another Dossier has the library open', () => {
  it('reads at once, saying so, and a writer waits its turn, saying so', async () => {
    const { dir, id } = await libraryWithArticle();
    const holder = await holdLibrary(dir);
    try {
      const list = dossier(['list', '--json', '--library', dir]);
      expect(list.code).toBe(0);
      expect(JSON.parse(list.out)).toHaveLength(1);
      expect(list.err).toContain('read as it stands, without writing: another Dossier has it open');

      const writer = dossierAsync(tag(dir, id, 'the dockers walked out'));
      await writer.stderrHas('waiting up to 5 s for the Dossier that has the library open');
      await holder.release();
      const tagged = await writer.done;
      expect(tagged.err).not.toContain('open in another Dossier');
      expect(tagged.code).toBe(0);
    } finally {
      holder.child.kill();
    }
    const passages = dossier(['passages', '--theme', 'labour', '--json', '--library', dir]);
    expect(passages.out).toContain('the dockers walked out');
  });
});

describe('two streams of CLI commands on one library', () => {
  it('take turns: every command of both streams is done, none refused', async () => {
    const { dir, id } = await libraryWithArticle();
    const stream = async (quotes: string[]) => {
      const results = [];
      for (const quote of quotes) results.push(await dossierAsync(tag(dir, id, quote)).done);
      return results;
    };
    const runs = (
      await Promise.all([
        stream(['the dockers walked out', 'port authority', 'over pay']),
        stream(['ships waited', 'offshore', 'a victory']),
      ])
    ).flat();
    for (const run of runs) expect(run.code, run.err).toBe(0);
    const passages = dossier(['passages', '--theme', 'labour', '--json', '--library', dir]);
    for (const quote of ['over pay', 'offshore', 'a victory'])
      expect(passages.out).toContain(quote);
  });
});

describe('files left by a crash or a full disk', () => {
  it('an old empty lock and an old empty takeover file are cleared, not a lock-out', async () => {
    const { dir, id } = await libraryWithArticle();
    const old = new Date(Date.now() - 60_000);
    for (const name of ['library.lock', 'library.lock.takeover']) {
      await writeFile(join(dir, name), '');
      await utimes(join(dir, name), old, old);
    }
    const tagged = dossier(tag(dir, id, 'the dockers walked out'));
    expect(tagged.err).toBe('');
    expect(tagged.code).toBe(0);
    expect((await readdir(dir)).filter((f) => f.startsWith('library.lock'))).toEqual([]);
  });
});

const isRoot = process.getuid?.() === 0;

// A real full disk: a small tmpfs, which only root may mount (CI and these machines run as root).
describe.runIf(isRoot)('on a full disk', () => {
  it('reads, refuses writes by name without leaving a lock, and works once space is back', async () => {
    const mount = await tempDir('dossier-full-disk-');
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mount]);
    expect(mounted.status, mounted.stderr?.toString()).toBe(0);
    try {
      const dir = join(mount, 'library');
      expect(dossier(['import', await articleFile(), '--library', dir]).code).toBe(0);
      const [source] = JSON.parse(dossier(['list', '--json', '--library', dir]).out);
      // Fill what is left of the disk.
      const filler = join(mount, 'filler');
      spawnSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=64k']);

      const list = dossier(['list', '--json', '--library', dir]);
      expect(list.code).toBe(0);
      expect(JSON.parse(list.out)).toHaveLength(1);
      const search = dossier(['search', 'the dockers walked out', '--library', dir]);
      expect(search.code).toBe(0);
      expect(search.out).toContain('the dockers walked out');

      const refused = dossier(tag(dir, source.id, 'the dockers walked out'));
      expect(refused.code).toBe(1);
      expect(refused.err).toMatch(/the disk is full/);
      expect(refused.err).not.toMatch(/internal error/);
      expect((await readdir(dir)).filter((f) => f.startsWith('library.lock'))).toEqual([]);

      await rm(filler);
      const tagged = dossier(tag(dir, source.id, 'the dockers walked out'));
      expect(tagged.err).toBe('');
      expect(tagged.code).toBe(0);
    } finally {
      spawnSync('umount', [mount]);
    }
  });
});
