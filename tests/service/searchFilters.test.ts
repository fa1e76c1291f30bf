import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/api/errors';
import { tagQuote } from '../helpers/tagQuote';
import { openArchive, tempDir } from '../helpers/tempLibrary';

function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const file = (name: string, text: string) => ({
  name,
  dataBase64: Buffer.from(text).toString('base64'),
});
const dated = (name: string, parts: number[]) =>
  file(`${name}.csl.json`, JSON.stringify({ title: name, issued: { 'date-parts': [parts] } }));

describe('search filters', () => {
  it('narrows to the works published in a year, a month or a range; undated work is left out', async () => {
    const archive = await openArchive(await tempDir());
    ok(
      await archive.api.importFiles({
        files: [
          file('december.txt', 'December\n\nStrikers in Zhanaozen met in December.'),
          dated('december', [2021, 12, 16]),
          file('january.txt', 'January\n\nThe Zhanaozen square filled on the second of January.'),
          dated('january', [2022, 1, 5]),
          file('undated.txt', 'Undated\n\nA note on Zhanaozen with no date.'),
        ],
      }),
    );
    const titles = async (query: string, date?: string[]) =>
      ok(await archive.api.search({ query, ...(date ? { filters: { date } } : {}) }))
        .hits.map((h) => h.sourceTitle)
        .sort();
    expect(await titles('Zhanaozen')).toEqual(['Undated', 'december', 'january']);
    expect(await titles('Zhanaozen date:2022-01')).toEqual(['january']);
    expect(await titles('Zhanaozen', ['2021'])).toEqual(['december']);
    expect(await titles('Zhanaozen', ['2021-12..2022-01-05'])).toEqual(['december', 'january']);
    expect(await titles('Zhanaozen date:2020')).toEqual([]);
    const bad = await archive.api.search({ query: 'Zhanaozen', filters: { date: ['last week'] } });
    const list = ok(await archive.api.listSources({}));
    await archive.close();
    expect(bad.ok === false && bad.error.code).toBe('INVALID_INPUT');
    expect(list.find((s) => s.title === 'january')?.date).toBe('2022-01-05');
  });

  it('finds reader comments as sources of their own, and only them with type:comment', async () => {
    const archive = await openArchive(await tempDir());
    const page = [
      'Strikes spread',
      '',
      'Workers in Aktau stopped work.',
      '',
      '1 Comment',
      '',
      '  1. Dana says:',
      '    January 9, 2022 at 10:15 am',
      '    Aktau dockers joined on the third day.',
      '',
      'Leave a Reply',
    ].join('\n');
    ok(await archive.api.importFiles({ files: [file('strikes.txt', page)] }));
    const all = ok(await archive.api.search({ query: 'Aktau' })).hits;
    const comments = ok(await archive.api.search({ query: 'Aktau type:comment' })).hits;
    await archive.close();
    expect(new Set(all.map((h) => h.sourceTitle)).size).toBe(2);
    expect(comments.map((h) => h.text)).toEqual(['Aktau dockers joined on the third day.']);
  });
});

describe('a filter alone', () => {
  it('lists what the filter selects: tagged passages newest first, or sources newest first', async () => {
    let clock = Date.parse('2026-03-01T10:00:00Z');
    const archive = await openArchive(await tempDir(), {
      now: () => new Date((clock += 60_000)),
    });
    ok(
      await archive.api.importFiles({
        files: [
          file('harbour.txt', 'Harbour strike\n\nDockers walked out at dawn.\n\nThe port closed.'),
          file('harbour.csl.json', JSON.stringify({ issued: { 'date-parts': [[2019, 5, 2]] } })),
          file('flood.txt', 'River flood\n\nThe levee broke at noon.\n\nTwelve villages emptied.'),
          file('flood.csl.json', JSON.stringify({ issued: { 'date-parts': [[2023, 8, 14]] } })),
          file('undated.txt', 'Field notes\n\nNothing dated here.'),
        ],
      }),
    );
    const sources = ok(await archive.api.listSources({}));
    const id = (title: string) => sources.find((s) => s.title === title)!.id;
    const tag = (title: string, quote: string, theme: string) =>
      tagQuote(archive.api, id(title), quote, theme);
    await tag('Harbour strike', 'Dockers walked out', 'labour');
    await tag('River flood', 'Twelve villages emptied', 'casualties');
    await tag('Harbour strike', 'The port closed', 'labour');

    const labour = ok(await archive.api.search({ query: 'theme:labour' }));
    expect(labour.total).toBe(2);
    expect(labour.hits.map((h) => [h.text, h.marks])).toEqual([
      ['The port closed.', [[0, 15]]],
      ['Dockers walked out at dawn.', [[0, 18]]],
    ]);
    const chip = ok(await archive.api.search({ query: '', filters: { theme: ['casualties'] } }));
    expect(chip.hits.map((h) => h.text)).toEqual(['Twelve villages emptied.']);

    const byDate = ok(await archive.api.search({ query: 'date:2000..2030' }));
    expect(byDate.hits.map((h) => [h.sourceTitle, h.field, h.passageId])).toEqual([
      ['River flood', 'title', null],
      ['Harbour strike', 'title', null],
    ]);
    const byType = ok(await archive.api.search({ query: '', filters: { type: ['article'] } }));
    expect(byType.hits.map((h) => h.sourceTitle)).toEqual([
      'River flood',
      'Harbour strike',
      'Field notes',
    ]);
    expect(ok(await archive.api.search({ query: 'type:comment' })).total).toBe(0);
    expect(ok(await archive.api.search({ query: '' })).hits).toEqual([]);
  });
});
