import { describe, expect, it } from 'vitest';
import { keyBase, uniqueKey } from '../../../shared/cite/citationKeys';

const key = (metadata: Record<string, unknown>) => keyBase({ metadata });

describe('readable citation keys', () => {
  it('writes any script and accent in plain letters TeX and Pandoc read', () => {
    expect(
      key({
        author: [{ family: 'Токаев' }],
        issued: { 'date-parts': [[2022]] },
        title: 'Обращение к народу',
      }),
    ).toBe('tokaev2022obrashchenie');
    expect(key({ author: [{ family: 'Ørsted-Łukasz' }], title: 'Über die Straße' })).toBe(
      'orstedlukaszuber',
    );
  });

  it('stands the site in for a missing author, and skips minor words of titles and sites', () => {
    expect(
      key({
        'container-title': 'In Defence of Marxism',
        issued: { 'date-parts': [[2022]] },
        title: 'The roots of the rising',
      }),
    ).toBe('defence2022roots');
    expect(key({ author: [{ literal: 'World Health Organization' }], title: 'A report' })).toBe(
      'organizationreport',
    );
  });

  it('lets the title lead where no author or site is named, as Better BibTeX does', () => {
    expect(key({ title: 'Mozilla', issued: { 'date-parts': [[2015]] } })).toBe('mozilla2015');
    expect(key({ title: 'The roots of the rising' })).toBe('roots');
    expect(key({})).toBe('anon');
  });

  it('adds a letter to a key already taken, whatever its case', () => {
    expect(uniqueKey('smith2020', new Set(['smith2020', 'smith2020a']))).toBe('smith2020b');
    expect(uniqueKey('smith2020', new Set(['other']))).toBe('smith2020');
  });
});
