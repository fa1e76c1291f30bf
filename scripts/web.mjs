// Starts the browser shell from the TypeScript sources: npm run web [-- --library DIR --port N]
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { runShell } = await import('../electron/main/shell/runShell.ts');
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
process.exitCode = await runShell(process.argv.slice(2), repoRoot);
