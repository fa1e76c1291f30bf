// Starts the browser shell from the built files: npm run web [-- --library DIR --port N]
import { builtEntry } from './builtEntry.mjs';

await import(builtEntry('web'));
