// Loaded with --import: every module the process resolves is appended to $DOSSIER_MODULE_LOG.
import { register } from 'node:module';

register('./resolveHook.mjs', import.meta.url);
