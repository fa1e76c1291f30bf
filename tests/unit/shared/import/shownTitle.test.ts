import { describe, expect, it } from 'vitest';
import { shownTitle } from '../../../../shared/import/shownTitle';

describe('shownTitle', () => {
  it('takes a copied page’s first headline as its title, where it has no head to declare one', () => {
    // CRN and Slate pages copied from Chromium: the story's h1 first, then the page's own.
    expect(
      shownTitle([], undefined, [
        'Tim Cook On Apple Being ‘Pulled Into The Enterprise’',
        'Subscribe to CRN Magazine',
      ]),
    ).toBe('Tim Cook On Apple Being ‘Pulled Into The Enterprise’');
    expect(shownTitle([], undefined, ['', ' The Disappearance of John M. Ford '])).toBe(
      'The Disappearance of John M. Ford',
    );
    // A short heading is more often the site's name than the story's.
    expect(shownTitle([], undefined, ['엔터 미디어'])).toBeUndefined();
  });

  it('leaves a saved page with a tab title to what it declares', () => {
    expect(shownTitle(['Declared'], 'Declared | Site', ['Menu heading', 'Other'])).toBe('Declared');
  });

  it('takes the h1 a declared headline was cut from, not the cut headline', () => {
    const h1 =
      'A hunter who ate a wild rabbit is the third person in the city to fall ill this month';
    const cut = 'A hunter who ate a wild rabbit is the third person in the city to fall';
    expect(shownTitle([cut], `${h1} – The Daily Example`, [h1])).toBe(h1);
    // A short declared title that an h1 merely starts with is a different title, not a cut one.
    expect(shownTitle(['Budget'], 'Budget | Site', ['Budget talks stall again'])).toBe('Budget');
  });
});
