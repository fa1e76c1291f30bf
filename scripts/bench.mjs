// npm run bench: prints import, cold-open and search figures on generated libraries.
import { register } from 'tsx/esm/api';

register();
await import('./bench/libraryBench.ts');
