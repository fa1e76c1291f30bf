import { describe, expect, it } from 'vitest';
import { overlaps, parseDateRange, spanOfDate } from '../../../../shared/search/query/dateRange';

describe('date ranges in search', () => {
  it('reads a year, a month, a day and open or closed ranges as the days they cover', () => {
    expect(parseDateRange('2022')).toEqual({ from: 20220101, to: 20221231 });
    expect(parseDateRange('2022-01')).toEqual({ from: 20220101, to: 20220131 });
    expect(parseDateRange('2022-01-05')).toEqual({ from: 20220105, to: 20220105 });
    expect(parseDateRange('2021..2022-01')).toEqual({ from: 20210101, to: 20220131 });
    expect(parseDateRange('..2021')).toEqual({ from: 0, to: 20211231 });
    expect(parseDateRange('2022..')).toEqual({ from: 20220101, to: 99_999_999 });
  });

  it('refuses what is not a date or a range that runs backwards', () => {
    for (const bad of ['', '..', 'January', '2022-13', '2023..2022', '2021..2022..2023']) {
      expect(parseDateRange(bad)).toBeNull();
    }
  });

  it('matches a source whose date overlaps the range, however precise either is', () => {
    const january = parseDateRange('2022-01')!;
    expect(overlaps(january, spanOfDate([2022, 1, 5])!)).toBe(true);
    expect(overlaps(january, spanOfDate([2022])!)).toBe(true);
    expect(overlaps(january, spanOfDate([2021, 12, 31])!)).toBe(false);
    expect(spanOfDate(undefined)).toBeNull();
  });
});
