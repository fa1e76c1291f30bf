// Suggestions measured on sentences from sixteen other strikes, conflicts and disasters
// (tests/fixtures/labelled), labelled by hand with the general codebook's four themes.
// DOSSIER_BENCH_DETAIL=1 lists every wrong and missed suggestion.
import { defaultCodebook } from '../../shared/model/defaultCodebook';
import { labelledEvents, labelledSentences } from '../../tests/fixtures/labelled/labelledSet';
import { figure } from './figures';
import { precision, recall, scoreSuggestions } from '../../tests/fixtures/labelled/suggestionScore';

const events = labelledEvents();
const all = labelledSentences();
const detail = process.env.DOSSIER_BENCH_DETAIL === '1';
const pct = (n: number) => `${(n * 100).toFixed(1)} %`;

console.log('\nSuggestions (general codebook) on labelled sentences');
console.log(`  ${all.length} sentences from ${Object.keys(events).length} events`);
for (const split of ['dev', 'held-out', 'fresh', 'all'] as const) {
  const sentences = split === 'all' ? all : all.filter((s) => events[s.event]?.split === split);
  const scores = scoreSuggestions(sentences, defaultCodebook(), (s, themeId, kind) => {
    if (detail && split === 'all') console.log(`    ${kind} ${themeId}: ${s.text}`);
  });
  console.log(`  ${split} (${sentences.length} sentences)`);
  for (const [themeId, score] of scores) {
    const p = precision(score);
    const r = recall(score);
    if (split === 'all') {
      figure('suggestions', `${themeId} precision`, p, 'share');
      figure('suggestions', `${themeId} recall`, r, 'share');
    }
    console.log(
      `    ${themeId.padEnd(20)} precision ${pct(p).padStart(7)}  recall ${pct(r).padStart(7)}  (${score.truePositives} right, ${score.falsePositives} wrong, ${score.falseNegatives} missed)`,
    );
  }
}
