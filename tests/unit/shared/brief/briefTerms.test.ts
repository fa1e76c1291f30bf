import { describe, expect, it } from 'vitest';
import { briefTerms } from '../../../../shared/brief/briefTerms';

describe('the brief’s own words', () => {
  it('count sources as Russian counts them', () => {
    const scope = (n: number) => briefTerms('ru-RU').scope('труд', n, 'APA', '2026-12-06');
    expect([1, 2, 5, 11, 21, 22].map((n) => scope(n).split(' · ')[1])).toEqual([
      '1 источник',
      '2 источника',
      '5 источников',
      '11 источников',
      '21 источник',
      '22 источника',
    ]);
  });

  it('are English for a language without its own set, and for none', () => {
    expect(briefTerms('de-DE').coverage).toBe('Coverage');
    expect(briefTerms(undefined).scope('labour', 1, 'APA', '2026-12-06')).toBe(
      'Themes: labour · 1 source · APA · made 2026-12-06',
    );
  });
});
