import { describe, expect, it } from 'vitest';
import type { SourceSummary } from '../../../shared/api/types';
import { dateOptions } from '../../../renderer/src/search/dateOptions';

const dated = (date: string): SourceSummary => ({
  id: date,
  title: date,
  type: 'article',
  file: `${date}.html`,
  importedAt: '2026-01-01',
  passageCount: 1,
  date,
});

describe('the search filters’ date options', () => {
  it('name a year-1 date and an impossible month as written, and ordinary months in words', () => {
    const options = dateOptions([dated('1-01-01'), dated('2022-13'), dated('2022-01-15')]);
    expect(options.map((o) => o.value)).toEqual(['2022', '2022-01', '2022-13', '1', '1-01']);
    expect(options.find((o) => o.value === '2022-13')!.label).toBe('2022-13');
    expect(options.find((o) => o.value === '2022-01')!.label).toMatch(/2022/);
    expect(options.find((o) => o.value === '2022-01')!.label).not.toBe('2022-01');
    expect(options.find((o) => o.value === '1-01')!.label).toMatch(/\b1\b/);
  });
});
