import { plainFolder } from '../../../../shared/search/fold/folder';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allowedEdits, boundedEditDistance } from '../../../../shared/search/index/editDistance';
import { Vocabulary } from '../../../../shared/search/index/vocabulary';
import { keysOf } from '../../../../shared/search/tokenize';
import { corpusDir } from '../../../helpers/corpus';

/** The corpus's own words, folded as the index folds them. */
function corpusVocabulary(): string[] {
  const words = new Set<string>();
  for (const f of readdirSync(corpusDir).filter((n) => n.endsWith('.txt')))
    for (const key of keysOf(readFileSync(`${corpusDir}/${f}`, 'utf8'), plainFolder))
      words.add(key);
  return [...words];
}

describe('Vocabulary.expand', () => {
  it('finds exactly the words an edit-distance scan of the whole vocabulary finds', () => {
    const words = corpusVocabulary();
    // Half the words at first, half added after the first query, as an index that grows.
    const half = Math.floor(words.length / 2);
    const known = new Set(words);
    const vocabulary = new Vocabulary({
      terms: () => words.slice(0, half),
      count: (w) => (known.has(w) ? 1 : 0),
    });
    vocabulary.expand('warmup', false);
    vocabulary.add(words.slice(half));
    // Every 37th word, and each with a typo: the quick character check must skip no match.
    const queries = words
      .filter((_, i) => i % 37 === 0)
      .flatMap((w) => [w, `${w.slice(0, 2)}${w.slice(3)}`, `${w}s`]);
    expect(queries.length).toBeGreaterThan(100);
    for (const query of queries) {
      const max = allowedEdits(query);
      const scanned = words
        .filter((w) => w === query || (max > 0 && boundedEditDistance(query, w, max) <= max))
        .sort();
      const found = vocabulary
        .expand(query, false)
        .map((e) => e.key)
        .sort();
      expect(found, query).toEqual(scanned);
    }
  });
});

describe('Vocabulary.add', () => {
  it('takes more new words at once than a call has room for as arguments', () => {
    // 300,000 words of one length: more than a spread into push() can pass (200,000 overflow).
    const words = Array.from({ length: 300_000 }, (_, i) => `w${i.toString(36).padStart(6, '0')}`);
    const vocabulary = new Vocabulary({ terms: () => ['seed000'], count: () => 1 });
    vocabulary.expand('warmup', false);
    vocabulary.add(words);
    expect(vocabulary.expand(words[299_999]!, false).map((e) => e.key)).toContain(words[299_999]);
  });
});
