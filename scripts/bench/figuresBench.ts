// Figures measured on the hand-labelled sentences of tests/fixtures/labelled: every figure a
// sentence states, as (number, the noun it counts). DOSSIER_BENCH_DETAIL=1 lists the misses.
import { loadTagger } from '../../shared/brief/partsOfSpeech';
import { labelledEvents, labelledSentences } from '../../tests/fixtures/labelled/labelledSet';
import { scoreFigures } from '../../tests/fixtures/labelled/figureScore';
import { figure } from './figures';

const tag = await loadTagger();
const events = labelledEvents();
const all = labelledSentences();
const detail = process.env.DOSSIER_BENCH_DETAIL === '1';
const pct = (n: number) => `${(n * 100).toFixed(1)} %`;

console.log('\nFigures on labelled sentences');
for (const split of ['dev', 'held-out', 'fresh', 'all'] as const) {
  const sentences = split === 'all' ? all : all.filter((s) => events[s.event]?.split === split);
  const score = scoreFigures(sentences, tag, (s, kind, what) => {
    if (detail && split === 'all') console.log(`    ${kind}: ${what}  | ${s.text}`);
  });
  const precision = score.found ? score.right / score.found : 1;
  const recall = score.labelled ? score.right / score.labelled : 1;
  if (split === 'all') {
    figure('figures', 'precision', precision, 'share');
    figure('figures', 'recall', recall, 'share');
  }
  console.log(
    `  ${split.padEnd(8)} (${sentences.length} sentences, ${score.labelled} figures): precision ${pct(precision)}, recall ${pct(recall)} (${score.right} right of ${score.found} found)`,
  );
}
