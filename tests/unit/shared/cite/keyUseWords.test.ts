import { describe, expect, it } from 'vitest';
import { KEY_USE_TEXTS, keyUse, readKeyUse } from '../../../../shared/cite/keyUseWords';
import { serviceCode } from '../../../helpers/serviceCode';

describe('a use of a citation key', () => {
  it('is kept as the English sentence it always was', () => {
    expect(
      keyUse('exported as {{format}} on {{date}}', { format: 'BibTeX', date: '2026-12-05' }),
    ).toBe('exported as BibTeX on 2026-12-05');
    expect(
      keyUse('copied as [@{{key}}] on {{date}}', { key: 'smith2022', date: '2026-12-05' }),
    ).toBe('copied as [@smith2022] on 2026-12-05');
  });

  it('is read back into its text and values, a title with “quotes” and an odd path included', () => {
    for (const [use, text, values] of [
      [
        'exported as CSL-JSON on 2026-01-02',
        'exported as {{format}} on {{date}}',
        { format: 'CSL-JSON', date: '2026-01-02' },
      ],
      [
        'cited in “Chapter 2: “Oil” and power” on 2025-11-30',
        'cited in “{{title}}” on {{date}}',
        { title: 'Chapter 2: “Oil” and power', date: '2025-11-30' },
      ],
      [
        'cited in a Word draft on 2026-12-06',
        'cited in a Word draft on {{date}}',
        { date: '2026-12-06' },
      ],
      [
        'copied as [@kz-2022] on 2026-12-06',
        'copied as [@{{key}}] on {{date}}',
        { key: 'kz-2022', date: '2026-12-06' },
      ],
      ['kept in /home/a/refs (old).bib', 'kept in {{path}}', { path: '/home/a/refs (old).bib' }],
    ] as const)
      expect(readKeyUse(use)).toEqual({ text, values });
  });

  it('of no known shape is left as it is, for the window to show as written', () => {
    expect(readKeyUse('sent to a colleague')).toBeNull();
    expect(readKeyUse('exported as BibTeX on yesterday')).toBeNull();
  });

  it('has each of its texts used by the service', () => {
    const code = serviceCode('keyUseWords.ts');
    expect(KEY_USE_TEXTS.filter((text) => !code.includes(`'${text}'`))).toEqual([]);
  });
});
