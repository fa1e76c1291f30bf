import { plainFolder } from '../../../shared/search/fold/folder';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import type { IndexDoc } from '../../../shared/search/index/searchIndex';
import { parseQuery } from '../../../shared/search/query/parseQuery';
import { selectHits } from '../../../shared/search/rank/selectHits';
import { inMemoryIndex } from '../../../electron/main/search/inMemoryIndex';
import { IndexWriter } from '../../../electron/main/search/indexWriter';
import type { StoredIndex } from '../../../electron/main/search/storedIndex';

const TEXTS: Record<string, string> = {
  a1: 'The strike began in Zhanaozen when the gas price doubled.',
  a2: 'Oil workers in Zhanaozen demanded higher wages.',
  b1: 'The unrest in Janaozen was seized on by rival factions of the elite.',
  b2: 'Russian troops of the CSTO landed in Almaty.',
  c1: 'Протесты начались в Жанаозене, затем охватили Алматы.',
  c2: 'Workers said the oil company ignored them.',
};

function build() {
  return inMemoryIndex(
    Object.entries(TEXTS).map(([id, text]) => [
      { sourceId: id[0]!, passageId: id, field: 'passage' },
      text,
    ]),
  );
}

/** Takes a source out as a change that deletes it does. */
function removeSource(index: StoredIndex, id: string) {
  const db = index.database;
  db.exec('BEGIN');
  new IndexWriter(db, plainFolder).apply({
    removeKeys: [],
    removeSources: [id],
    removeContent: [],
    removeMetadata: [],
    add: [],
  });
  db.exec('COMMIT');
}

const all = () => true;
const ids = (index: StoredIndex, query: string, accept: (d: IndexDoc) => boolean = all) =>
  index.candidates(parseQuery(query, plainFolder), accept).candidates.map((c) => c.doc.passageId);

describe('the stored search index', () => {
  it('finds every spelling and script of a name', () => {
    const index = build();
    for (const q of ['Janaozen', 'Zhanaozen', 'Жанаозен', 'Janaozen ']) {
      expect(new Set(ids(index, q)), q).toEqual(new Set(['a1', 'a2', 'b1', 'c1']));
    }
  });

  it('finds Latin text from a Cyrillic query and Cyrillic text from a Latin one', () => {
    const index = build();
    expect(ids(index, 'Алматы').sort()).toEqual(['b2', 'c1']);
    expect(ids(index, 'Almaty').sort()).toEqual(['b2', 'c1']);
  });

  it('forgives typos in proportion to the word', () => {
    const index = build();
    expect(ids(index, 'Zhanaozne ')).toContain('a1');
    expect(ids(index, 'Almtay ')).toContain('b2');
    expect(ids(index, 'oli ')).toEqual([]); // three letters: no edits allowed
  });

  it('completes the word being typed', () => {
    const index = build();
    expect(ids(index, 'Zhanao').length).toBe(4);
    expect(ids(index, 'Zhanao ').length).toBe(0);
  });

  it('needs every word, and drops excluded words', () => {
    const index = build();
    expect(ids(index, 'oil workers ').sort()).toEqual(['a2', 'c2']);
    expect(ids(index, 'oil workers -company')).toEqual(['a2']);
  });

  it('ranks an exact spelling above a fuzzy one', () => {
    const index = inMemoryIndex([
      [{ sourceId: 's', passageId: 'typo', field: 'passage' }, 'Jazaozen was quiet.'],
      [{ sourceId: 's', passageId: 'exact', field: 'passage' }, 'Janaozen was quiet.'],
    ]);
    expect(ids(index, 'Janaozen ')).toEqual(['exact', 'typo']);
  });

  it('applies a filter and forgets removed sources', () => {
    const index = build();
    expect(ids(index, 'Zhanaozen ', (d) => d.sourceId === 'a').sort()).toEqual(['a1', 'a2']);
    removeSource(index, 'a');
    expect(ids(index, 'Zhanaozen ').sort()).toEqual(['b1', 'c1']);
  });
});

describe('selectHits', () => {
  const run = (query: string) => {
    const index = build();
    const parsed = parseQuery(query, plainFolder);
    const { candidates, keys } = index.candidates(parsed, all);
    return selectHits(parsed, candidates, (c) => TEXTS[c.doc.passageId!]!, keys, Fuse, plainFolder);
  };
  const marked = (hit: { text: string; marks: readonly (readonly [number, number])[] }) =>
    hit.marks.map(([s, e]) => hit.text.slice(s, e));

  it('marks the word as the text spells it, whatever the query’s spelling', () => {
    const hits = run('Жанаозен ');
    const byId = new Map(hits.map((h) => [h.candidate.doc.passageId, marked(h)]));
    expect(byId.get('a1')).toEqual(['Zhanaozen']);
    expect(byId.get('b1')).toEqual(['Janaozen']);
    expect(byId.get('c1')).toEqual(['Жанаозене']);
  });

  it('keeps only passages holding the phrase in order, and marks it whole', () => {
    const hits = run('"oil workers"');
    expect(hits.map((h) => h.candidate.doc.passageId)).toEqual(['a2']);
    expect(marked(hits[0]!)).toContain('Oil workers');
  });

  it('scores between 0 (best) and 1, best first', () => {
    const hits = run('Janaozen elite');
    expect(hits[0]!.candidate.doc.passageId).toBe('b1');
    for (const h of hits) expect(h.score).toBeGreaterThanOrEqual(0);
    for (const h of hits) expect(h.score).toBeLessThanOrEqual(1);
  });
});

describe('a word’s runs of documents', () => {
  it('stay few as the word’s list grows a document at a time, and lose removed documents', () => {
    const index = inMemoryIndex([]);
    const db = index.database;
    const writer = new IndexWriter(db, plainFolder);
    const batch = (work: () => void) => {
      db.exec('BEGIN');
      writer.begin();
      work();
      writer.finish();
      db.exec('COMMIT');
    };
    for (let i = 0; i < 1000; i++)
      batch(() => writer.add({ sourceId: `s${i}`, passageId: `p${i}`, field: 'passage' }, 'ibis'));
    db.exec('BEGIN');
    writer.apply({
      removeKeys: [],
      removeSources: ['s3', 's500'],
      removeContent: [],
      removeMetadata: [],
      add: [],
    });
    db.exec('COMMIT');
    for (let i = 1000; i < 1100; i++)
      batch(() => writer.add({ sourceId: `s${i}`, passageId: `p${i}`, field: 'passage' }, 'ibis'));
    const runs = db
      .prepare(
        `SELECT count(*) AS n FROM search_postings p JOIN search_terms t ON t.id = p.term_id WHERE t.term = 'ibis'`,
      )
      .get()!;
    // One run per doubling of the list: about log2(1100) + 1.
    expect(Number(runs.n)).toBeLessThanOrEqual(12);
    const found = index
      .candidates(parseQuery('ibis', plainFolder), null)
      .candidates.map((c) => c.doc.sourceId);
    expect(found).toHaveLength(1098);
    expect(found).not.toContain('s3');
    expect(found).not.toContain('s500');
  });
});

describe('a word every document holds', () => {
  it('is searched at 200,000 documents, counted whole and answered with the best', () => {
    const docs: [IndexDoc, string][] = [];
    for (let i = 0; i < 200_000; i++)
      docs.push([{ sourceId: `s${i}`, passageId: `p${i}`, field: 'passage' }, `gull ${i % 7}`]);
    const index = inMemoryIndex(docs);
    const { candidates, total } = index.candidates(parseQuery('gull', plainFolder), null, 50);
    expect(total).toBe(200_000);
    expect(candidates).toHaveLength(50);
  });
});
