import { describe, expect, it } from 'vitest';
import type { ForeignAnnotation } from '../../../../shared/annotations/foreignAnnotation';
import { planAnnotations } from '../../../../shared/annotations/planAnnotations';
import type { SourceRecord } from '../../../../shared/model/source';

const TEXT = 'Strikers met at dawn.\n\nThe owners said nothing.';

function source(fields: Partial<SourceRecord> = {}): SourceRecord {
  return {
    id: 's1',
    title: 'A strike at the port',
    type: 'article',
    file: 'strike.html',
    textHash: 'a'.repeat(64),
    original: 'b'.repeat(64),
    importedAt: '2026-01-01T00:00:00.000Z',
    metadata: { title: 'A strike at the port', URL: 'https://news.example/strike' },
    passages: [
      { id: 'p1', start: 0, end: 21 },
      { id: 'p2', start: 23, end: TEXT.length },
    ],
    ...fields,
  };
}

const on = (quote: string, extra: Partial<ForeignAnnotation> = {}): ForeignAnnotation => ({
  work: {
    title: 'A strike at the port — News',
    authors: [],
    type: 'webpage',
    url: 'http://www.news.example/strike/',
  },
  quote,
  note: '',
  tags: [],
  ...extra,
});

const plan = (
  sources: SourceRecord[],
  annotations: ForeignAnnotation[],
  text: string | null = TEXT,
) => planAnnotations(sources, { tool: 'Hypothesis', annotations, skipped: [] }, () => text);

describe('planning where highlights from elsewhere go', () => {
  it('finds the page by its address and each quote at its words', () => {
    const p = plan([source()], [on('The owners said nothing.')]);
    expect(p.found).toEqual([
      { sourceId: 's1', start: 23, end: TEXT.length, annotation: on('The owners said nothing.') },
    ]);
    expect(p.newWorks).toEqual([]);
  });

  it('says a quote stands in a line import left out, where it does', () => {
    const removed = ['Subscribe to our newsletter', 'Photo: the harbour at dawn'];
    const p = plan([source({ removed })], [on('the harbour at dawn'), on('a quote from nowhere')]);
    expect(p.notFound.map((n) => n.reason)).toEqual([
      'its words are in a line import left out as site furniture; put the line back to place it',
      'its words are not in the text',
    ]);
  });

  it('lists every quote as not found when the text cannot be read', () => {
    const p = plan([source()], [on('Strikers met at dawn.')], null);
    expect(p.notFound.map((n) => n.reason)).toEqual(['its text could not be read']);
  });

  it('makes one source of quotes for a work the library lacks, and keeps a reader comment out', () => {
    const comment = source({
      id: 'c1',
      parentId: 's0',
      metadata: { URL: 'https://news.example/strike' },
    });
    const p = plan([comment], [on('First quote.', { page: 3 }), on('Second\nquote.')]);
    expect(p.newWorks).toHaveLength(1);
    expect(p.newWorks[0]!.text).toBe('First quote.\n\nSecond quote.');
    expect(p.newWorks[0]!.spans.map(({ start, end, page }) => ({ start, end, page }))).toEqual([
      { start: 0, end: 12, page: 3 },
      { start: 14, end: 27, page: undefined },
    ]);
  });
});
