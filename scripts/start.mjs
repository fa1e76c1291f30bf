// Opens the desktop window when Electron's binary is installed; otherwise says so in one
// sentence and starts the browser shell instead, never a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

function electronBinary() {
  // require('electron') tries a download when the binary is missing; keep its noise out of sight.
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 120_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return probe.status === 0 && probe.stdout ? probe.stdout : null;
}

const binary = electronBinary();
if (binary) {
  const child = spawn(binary, [repoRoot, ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    "Electron's desktop window is not available on this machine, so Dossier opens in your browser instead.",
  );
  await import('./web.mjs');
}
