import { describe, expect, it } from 'vitest';
import {
  formErrors,
  fromForm,
  parseDateField,
  toForm,
} from '../../../../shared/model/metadataForm';

const BASE = {
  type: 'article-newspaper',
  title: 'Gas Prices',
  author: [{ given: 'Jonas', family: 'Vega', 'non-dropping-particle': 'de la' }],
  issued: { 'date-parts': [[2022, 1, 7]] },
  page: 'A4',
  DOI: '10.1000/xyz',
};

describe('the metadata form', () => {
  it('shows a source’s fields and gives them back unchanged when nothing was edited', () => {
    const form = toForm(BASE);
    expect(form).toMatchObject({
      type: 'article-newspaper',
      title: 'Gas Prices',
      issued: '2022-01-07',
    });
    expect(fromForm(form, BASE)).toEqual(BASE);
  });

  it('sets edited fields, removes emptied ones and keeps the fields it does not edit', () => {
    const form = {
      ...toForm(BASE),
      title: '',
      container: ' Northern Ledger ',
      issued: '2022-01',
      authors: [
        ...toForm(BASE).authors,
        { kind: 'literal' as const, family: '', given: '', literal: 'Human Rights Watch' },
        { kind: 'person' as const, family: '', given: '', literal: '' },
      ],
    };
    const result = fromForm(form, BASE);
    expect(result.title).toBeUndefined();
    expect(result['container-title']).toBe('Northern Ledger');
    expect(result.issued).toEqual({ 'date-parts': [[2022, 1]] });
    // The particle survives: the person's name was not changed.
    expect(result.author).toEqual([BASE.author[0], { literal: 'Human Rights Watch' }]);
    expect(result.page).toBe('A4');
    expect(result.DOI).toBe('10.1000/xyz');
  });

  it('refuses dates and URLs a citation cannot use, with what to write instead', () => {
    expect(parseDateField('7 Jan 2022')).toBe('invalid');
    expect(parseDateField('2022-13-01')).toBe('invalid');
    expect(parseDateField('')).toBeNull();
    const errors = formErrors({ ...toForm(BASE), issued: 'last week', URL: 'ledger.example/a' });
    expect(errors.issued).toMatch(/YYYY-MM-DD/);
    expect(errors.URL).toMatch(/https?:\/\//);
    expect(formErrors(toForm(BASE))).toEqual({});
  });
});
