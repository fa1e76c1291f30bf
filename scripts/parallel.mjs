#!/usr/bin/env node
// Runs npm scripts at once (npm test's type check and lint: each keeps one core busy on its own),
// each one's output printed whole when it ends, so two logs never interleave. Fails if any fails.
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const runs = process.argv.slice(2).map(
  (script) =>
    new Promise((resolve) => {
      const started = Date.now();
      const child = spawn(npm, ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', (error) => resolve({ script, code: 1, output: error.message, took: 0 }));
      child.on('close', (code) =>
        resolve({ script, code: code ?? 1, output, took: (Date.now() - started) / 1000 }),
      );
    }),
);

let failed = false;
for (const run of runs) {
  const { script, code, output, took } = await run;
  if (output.trim()) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
  console.log(
    code === 0 ? `${script}: passed (${took.toFixed(0)} s)` : `${script}: FAILED (exit ${code})`,
  );
  failed ||= code !== 0;
}
process.exit(failed ? 1 : 0);
