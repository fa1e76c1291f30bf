import { describe, expect, it } from 'vitest';
import { builtinStyleData } from '../../electron/main/cite/styleSource';
import { citationLocale } from '../../electron/main/cite/cslLocale';
import { formatCitation } from '../../shared/cite/formatCitation';

describe('the kept citation engines', () => {
  it('cite a source with its edited details, not the ones they first saw', async () => {
    const { style } = await builtinStyleData('apa');
    const locale = await citationLocale(style, null);
    const before = { id: 'report-1', type: 'report', title: 'Labour Unrest' };
    expect(formatCitation(style, locale, before, 'bibliography').text).toBe(
      'Labour Unrest. (n.d.).',
    );
    const after = {
      ...before,
      author: [{ literal: 'Human Rights Watch' }],
      issued: { 'date-parts': [[2022, 1, 10]] },
    };
    expect(formatCitation(style, locale, after, 'bibliography').text).toBe(
      'Human Rights Watch. (2022). Labour Unrest.',
    );
  });
});
