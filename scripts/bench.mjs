// npm run bench [-- NAME] [-- --json FILE] [--seeds N --from K for sync-fuzz, --seeds N for sync-server-kill] [--sizes 1000,10000 for scale]: library, search, tagging and CLI figures on generated
// libraries, the test corpus and public test material (npm run fetch-test-material); with --json the figures are also written to FILE.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { register } from 'tsx/esm/api';

const { values, positionals } = parseArgs({
  options: {
    json: { type: 'string' },
    seeds: { type: 'string' },
    from: { type: 'string' },
    sizes: { type: 'string' },
  },
  allowPositionals: true,
});
const benches = [
  'library',
  'search',
  'tagging',
  'cli',
  'import-scale',
  'import-quality',
  'folding',
  'suggestions',
  'figures',
  'ui',
  'sync',
  'hostile',
  'sync-fuzz',
  'automerge-repo',
  'sync-server-kill',
  'scale',
];
const only = positionals[0];
if (only && !benches.includes(only)) {
  console.error(`npm run bench -- [${benches.join('|')}] [--json FILE]`);
  process.exit(1);
}
register();
if (!only || only === 'library') await import('./bench/libraryBench.ts');
if (!only || only === 'search') await import('./bench/searchBench.ts');
if (!only || only === 'tagging') await import('./bench/taggingBench.ts');
if (!only || only === 'cli') await import('./bench/cliBench.ts');
if (!only || only === 'import-scale') await import('./bench/importScaleBench.ts');
if (!only || only === 'import-quality') await import('./bench/importQualityBench.ts');
if (!only || only === 'folding') await import('./bench/foldingBench.ts');
if (!only || only === 'suggestions') await import('./bench/suggestionsBench.ts');
if (!only || only === 'figures') await import('./bench/figuresBench.ts');
if (!only || only === 'ui') await import('./bench/uiBench.ts');
if (!only || only === 'sync') await import('./bench/syncBench.ts');
if (!only || only === 'hostile') await import('./bench/hostileBench.ts');
if (values.seeds) process.env.DOSSIER_FUZZ_SEEDS = values.seeds;
if (values.from) process.env.DOSSIER_FUZZ_FROM = values.from;
if (only === 'sync-fuzz') await import('./bench/syncFuzzBench.ts');
if (values.sizes) process.env.DOSSIER_SCALE_SIZES = values.sizes;
// Only when asked: libraries of 10,000 sources and more take minutes to make.
if (only === 'scale') await import('./bench/scaleBench.ts');
// Only when asked: a comparison made to decide on automerge-repo, not a figure of Dossier's.
if (only === 'automerge-repo') await import('./bench/automergeRepoBench.ts');
if (values.seeds && only === 'sync-server-kill') process.env.DOSSIER_KILL_TRIALS = values.seeds;
if (only === 'sync-server-kill') await import('./bench/syncServerKill.ts');
if (values.json) {
  const { allFigures } = await import('./bench/figures.ts');
  const report = {
    node: process.version,
    cpus: (await import('node:os')).cpus().length,
    at: new Date().toISOString(),
    figures: allFigures(),
  };
  writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nFigures written to ${values.json}`);
}
