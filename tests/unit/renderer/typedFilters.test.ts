import { describe, expect, it } from 'vitest';
import type { ThemeView } from '../../../shared/api/types';
import { NO_FILTERS } from '../../../renderer/src/search/filterChoice';
import { takeTypedFilters } from '../../../renderer/src/search/typedFilters';

const themes = [
  { id: 'casualties', name: 'casualties' },
  { id: 't-2', name: 'Foreign involvement' },
] as ThemeView[];

describe('filters typed in the search field', () => {
  it('become chips once finished with a space, and leave the words', () => {
    expect(takeTypedFilters('strike theme:casualties ', NO_FILTERS, themes, ['article'])).toEqual({
      query: 'strike ',
      filters: { ...NO_FILTERS, theme: 'casualties' },
    });
    expect(
      takeTypedFilters(
        'theme:foreign-involvement type:article date:2022-01 port',
        NO_FILTERS,
        themes,
        ['article'],
      ),
    ).toEqual({
      query: 'port',
      filters: { theme: 't-2', source: null, type: 'article', date: '2022-01' },
    });
  });

  it('leave a filter being typed, one that names nothing, and one already chosen as they are', () => {
    for (const query of ['theme:casu', 'theme:labour ', 'date:last-week '])
      expect(takeTypedFilters(query, NO_FILTERS, themes, []).query).toBe(query);
    const chosen = { ...NO_FILTERS, theme: 't-2' };
    expect(takeTypedFilters('theme:casualties ', chosen, themes, [])).toEqual({
      query: 'theme:casualties ',
      filters: chosen,
    });
  });
});
