#!/usr/bin/env node
// The CLI runs from the TypeScript sources, so `npx dossier` works right after the install.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/main/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
