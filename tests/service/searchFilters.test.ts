import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/api/errors';
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
