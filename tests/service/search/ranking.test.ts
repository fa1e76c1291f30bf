import { plainFolder } from '../../../shared/search/fold/folder';
import { describe, expect, it } from 'vitest';
import type { DocField } from '../../../shared/search/index/searchIndex';
import { parseQuery } from '../../../shared/search/query/parseQuery';
import { inMemoryIndex } from '../../../electron/main/search/inMemoryIndex';

const passage = (n: number, field: DocField = 'passage') => ({
  sourceId: `s${n}`,
  passageId: field === 'passage' ? `p${n}` : null,
  field,
});

function ranked(docs: [DocField, string][], query: string): number[] {
  const index = inMemoryIndex(docs.map(([field, text], i) => [passage(i, field), text]));
  return index
    .candidates(parseQuery(query, plainFolder), () => true)
    .candidates.map((c) => Number(c.doc.sourceId.slice(1)));
}

// What BM25 (Robertson and Zaragoza, 2009) orders, on texts where the answer is plain.
describe('ranking by how central the words are', () => {
  const filler = 'The report described the events of the week in the capital and the regions.';

  it('puts a passage that keeps returning to a word before one that mentions it once', () => {
    expect(
      ranked(
        [
          // The same length; the second returns to the dockers three times.
          ['passage', `Dockers led the strike. The crews held out, and the port won. ${filler}`],
          [
            'passage',
            `Dockers led the strike. The dockers held out, and the dockers won. ${filler}`,
          ],
        ],
        'dockers',
      ),
    ).toEqual([1, 0]);
  });

  it('does not put a caption first for being short: it is weighed against other captions', () => {
    const captions: [DocField, string][] = [
      ['caption', 'Dockers at the gate.'],
      ['caption', 'A crowd in the main square at dusk.'],
      ['caption', 'Police lines near the port.'],
    ];
    const passages: [DocField, string][] = [
      ['passage', `Dockers at the port walked out, and the dockers' union backed them.`],
      ['passage', filler],
      ['passage', `${filler} ${filler}`],
    ];
    // The passage names the dockers twice in an ordinary length; the caption once.
    expect(ranked([...captions, ...passages], 'dockers')[0]).toBe(3);
  });

  it('weighs a rare word above a common one', () => {
    expect(
      ranked(
        [
          ['passage', 'The strike spread to the port.'],
          ['passage', 'The strike spread to Aktau.'],
          ['passage', 'The strike spread.'],
        ],
        'strike aktau',
      ),
    ).toEqual([1]);
    expect(
      ranked(
        [
          ['passage', 'Aktau and the strike and the strike again, the strike.'],
          ['passage', 'Aktau, Aktau, and the strike.'],
          ['passage', 'The strike.'],
          ['passage', 'A strike.'],
        ],
        'strike aktau',
      ),
    ).toEqual([1, 0]);
  });
});
