import { describe, expect, it } from 'vitest';
import { offeredSuggestions } from '../../../../shared/themes/suggestionOrder';

const s = (themeId: string, strength: number) => ({ themeId, strength });

describe('the suggestions a paragraph offers', () => {
  it('shows the strongest few, ties in the order given, and counts the rest', () => {
    const list = [s('labour', 1), s('clans', 3), s('foreign', 1), s('casualties', 2)];
    const offered = offeredSuggestions(list, false, 2);
    expect(offered.shown.map((x) => x.themeId)).toEqual(['clans', 'casualties']);
    expect(offered.more).toBe(2);
  });

  it('shows every one, strongest first, when asked for all', () => {
    const list = [s('labour', 1), s('clans', 3), s('foreign', 1)];
    const offered = offeredSuggestions(list, true, 2);
    expect(offered.shown.map((x) => x.themeId)).toEqual(['clans', 'labour', 'foreign']);
    expect(offered.more).toBe(0);
  });

  it('leaves nothing out of a paragraph with few suggestions', () => {
    expect(offeredSuggestions([s('labour', 1)], false, 2)).toEqual({
      shown: [s('labour', 1)],
      more: 0,
    });
  });
});
