// npm run bench: prints library and search figures on generated libraries.
import { register } from 'tsx/esm/api';

register();
const only = process.argv[2];
if (!only || only === 'library') await import('./bench/libraryBench.ts');
if (!only || only === 'search') await import('./bench/searchBench.ts');
if (!only || only === 'tagging') await import('./bench/taggingBench.ts');
