import { runCli } from '../../electron/main/cli/cli';
import { repoRoot } from './corpus';

/** Runs the CLI's entry function in this process, with its output as a terminal would get it. */
export async function dossier(args: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    out: (text) => (out += `${text}\n`),
    err: (text) => (err += `${text}\n`),
    env: { ...process.env, ...env },
    cwd: repoRoot,
  });
  return { code, out, err };
}
