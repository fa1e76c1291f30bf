// Figures measured on hand-labelled sentences: the written set of tests/fixtures/labelled
// (number, the noun it counts) and real reporting in tests/fixtures/figuresNews, where what a
// percentage or sum is of and what happened to what was counted are judged too.
// DOSSIER_BENCH_DETAIL=1 lists the misses of the news set's tuning and unseen events (the
// unseen ones were read once the rules had been measured on them); the fresh events are scored,
// not read.
import { loadTagger } from '../../shared/brief/partsOfSpeech';
import { labelledEvents, labelledSentences } from '../../tests/fixtures/labelled/labelledSet';
import {
  fromTuples,
  scoreFigures,
  type ScoredSentence,
} from '../../tests/fixtures/labelled/figureScore';
import { newsSentences, newsSplits } from '../../tests/fixtures/figuresNews/newsSet';
import { figure } from './figures';

const tag = await loadTagger();
const detail = process.env.DOSSIER_BENCH_DETAIL === '1';
const pct = (n: number) => `${(n * 100).toFixed(1)} %`;

function report(
  label: string,
  sentences: readonly ScoredSentence[],
  options: { judged?: boolean; show?: boolean; record?: string } = {},
) {
  const score = scoreFigures(
    sentences,
    tag,
    (s, kind, what) => {
      if (detail && options.show) console.log(`    ${kind}: ${what}  | ${s.text}`);
    },
    { outcomes: options.judged ?? false, measures: options.judged ?? false },
  );
  const precision = score.found ? score.right / score.found : 1;
  const recall = score.labelled ? score.right / score.labelled : 1;
  if (options.record) {
    figure('figures', `${options.record} precision`, precision, 'share');
    figure('figures', `${options.record} recall`, recall, 'share');
  }
  console.log(
    `  ${label.padEnd(22)} (${sentences.length} sentences, ${score.labelled} figures): precision ${pct(precision)}, recall ${pct(recall)} (${score.right} right of ${score.found} found)`,
  );
}

const events = labelledEvents();
const written = labelledSentences();
console.log('\nFigures on written sentences (number and noun)');
for (const split of ['dev', 'held-out', 'fresh', 'all'] as const) {
  const sentences =
    split === 'all' ? written : written.filter((s) => events[s.event]?.split === split);
  report(split, fromTuples(sentences), split === 'all' ? { record: 'written' } : {});
}

const news = newsSentences();
const splits = newsSplits();
console.log('\nFigures in real reporting (number, noun, what a share or sum is of, outcome)');
for (const split of ['tuning', 'unseen', 'fresh'] as const) {
  const sentences = news.filter((s) => splits[s.event] === split);
  report(`${split}, counted`, sentences, {});
  report(`${split}, all judged`, sentences, {
    judged: true,
    show: split !== 'fresh',
    record: `news ${split}`,
  });
}
