// Finds a built entry point in out/main, building Dossier once (with a line saying so) when a
// fresh checkout has not been built yet. TypeScript is never compiled at run time.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export function builtEntry(name) {
  const file = fileURLToPath(new URL(`../out/main/${name}.js`, import.meta.url));
  if (!existsSync(file)) {
    process.stderr.write('Dossier is not built yet: building it once (npm run build)…\n');
    const build = spawnSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (build.status !== 0 || !existsSync(file)) {
      process.stderr.write('The build failed; run "npm ci" and then "npm run build".\n');
      process.exit(2);
    }
  }
  return pathToFileURL(file).href;
}
