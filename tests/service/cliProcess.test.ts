import { spawn, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFile, repoRoot } from '../helpers/corpus';
import { tempDir } from '../helpers/tempLibrary';

/**
 * A few runs of the built programs as a writer starts them: exit codes, and what goes to stdout
 * and what to stderr. What the commands do is tested in-process (cli.test.ts).
 */
function run(script: string, args: string[]) {
  const child = spawnSync(process.execPath, [join(repoRoot, script), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, DOSSIER_LIBRARY: '' },
  });
  return { code: child.status, out: child.stdout, err: child.stderr };
}
const dossier = (args: string[]) => run('bin/dossier.mjs', args);

describe('the built dossier binary', () => {
  it('prints its usage on stdout and exits 0 for --help, 1 with no command', () => {
    const help = dossier(['--help']);
    expect(help).toMatchObject({ code: 0, err: '' });
    expect(help.out).toMatch(/^Usage: dossier <command>/);
    const bare = dossier([]);
    expect(bare.code).toBe(1);
    expect(bare.out).toMatch(/^Usage: dossier <command>/);
  });

  it('imports, lists and cites with results on stdout and diagnostics on stderr', async () => {
    const lib = await tempDir();
    const imported = dossier(['import', corpusFile('001'), '--library', lib]);
    expect(imported).toMatchObject({ code: 0, err: '' });
    const [source] = JSON.parse(dossier(['list', '--json', '--library', lib]).out);
    const cited = dossier(['cite', source.id, '--library', lib]);
    expect(cited.code).toBe(0);
    expect(cited.out.trim().split('\n')).toHaveLength(1);
    expect(cited.err).toMatch(/^dossier: missing for a full citation: /);
  });

  it("exits 1 with one line on stderr, and nothing on stdout, for the writer's mistakes", async () => {
    const lib = await tempDir();
    const missing = dossier(['show', 'nope', '--library', lib]);
    expect(missing).toMatchObject({
      code: 1,
      out: '',
      err: 'dossier: No source with id or citation key nope in this library.\n',
    });
    const badFlag = dossier(['list', '--colour', '--library', lib]);
    expect(badFlag.code).toBe(1);
    expect(badFlag.err).toMatch(/^dossier: .*--colour.*\n$/);
  });
});

describe('the browser shell', () => {
  it('prints its usage for --help instead of starting', () => {
    const help = run('scripts/web.mjs', ['--help']);
    expect(help).toMatchObject({ code: 0, err: '' });
    expect(help.out).toMatch(/^Usage: npm run web -- \[--library DIR\] \[--port N\]/);
  });

  it('says in one sentence that a port is in use, with no stack trace', async () => {
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const shell = run('scripts/web.mjs', ['--port', String(port), '--library', await tempDir()]);
      expect(shell.code).toBe(1);
      expect(shell.err).toBe(
        `dossier: Port ${port} on 127.0.0.1 is already in use: stop what uses it, or choose another with --port (or leave --port out for any free port).\n`,
      );
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });

  it('starts on a free port, prints its address, and stops on SIGTERM with exit 0', async () => {
    const child = spawn(
      process.execPath,
      [join(repoRoot, 'scripts/web.mjs'), '--library', await tempDir()],
      { cwd: repoRoot },
    );
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    await expect.poll(() => out).toMatch(/Open http:\/\/127\.0\.0\.1:\d+\/\S+ in your browser/);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
