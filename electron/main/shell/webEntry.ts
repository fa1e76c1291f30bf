// The browser shell's process: built to out/main/web.js and run by `npm run web`.
import { fileURLToPath } from 'node:url';
import { processIo } from '../cli/processIo';
import { runShell } from './runShell';

const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
const stopped = () =>
  new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });

process.exitCode = await runShell(process.argv.slice(2), rendererDir, processIo(), stopped);
