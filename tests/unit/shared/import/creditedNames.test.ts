import { describe, expect, it } from 'vitest';
import { bylineNames } from '../../../../shared/import/bylineNames';
import { bylineOrOrganisation } from '../../../../shared/import/organisationName';
import { headlineCredits } from '../../../../shared/import/webText/headline';
import { creditedMetadata } from '../../../../shared/import/webText/creditedMetadata';
import { recoverStructure } from '../../../../shared/import/webText/recoverStructure';
import { normaliseText } from '../../../../shared/import/normaliseText';

describe('who a page credits under its headline', () => {
  it('reads a name set straight before the date, with no mark between', () => {
    const lines = ['Nadal keeps Spain alive', 'Associated Press November 19, 2019, 9:02 AM'];
    expect(headlineCredits(lines, 0).byline).toBe('Associated Press');
  });

  it('does not take a call to act, set like a name beside a date line, for the byline', () => {
    const lines = [
      'Video shows the rescue',
      'Updated on: November 19, 2019 / 10:07 AM',
      'Watch CBSN Live',
    ];
    expect(headlineCredits(lines, 0).byline).toBeNull();
  });

  it('reads a byline opened by a label in another language', () => {
    expect(bylineNames('Текст: Венера Ерофеева·24 сентября 2018')).toEqual([
      { given: 'Венера', family: 'Ерофеева' },
    ]);
    expect(bylineNames('Autor: Jana Müller')).toEqual([{ given: 'Jana', family: 'Müller' }]);
  });

  it('credits a news organisation whole where the byline names no person', () => {
    expect(bylineOrOrganisation('by India Post News Weekly')).toEqual([
      { literal: 'India Post News Weekly' },
    ]);
    expect(bylineOrOrganisation('Associated Press')).toEqual([{ literal: 'Associated Press' }]);
    // A menu's items run together, or words that are no news organisation, credit no one.
    expect(bylineOrOrganisation('HomeWorld News')).toEqual([]);
    expect(bylineOrOrganisation('Staff Writer')).toEqual([]);
    expect(bylineOrOrganisation('by Ines Varga')).toEqual([{ given: 'Ines', family: 'Varga' }]);
  });

  it('reads "posted by" and "updated" in the languages whose pages open credits with them', () => {
    // A page pasted in Portuguese, written for this test.
    const pasted = [
      'Início',
      'Notícias',
      'Saúde',
      'Cultura',
      '',
      'Enfermeiros do hospital regional entram em greve',
      'Publicado por: Clarissa Borba',
      'Atualizado em 5 de outubro de 2018',
      '',
      'Os enfermeiros do hospital regional cruzaram os braços na manhã desta sexta-feira, depois que as negociações sobre o número de profissionais por plantão fracassaram.',
      'O sindicato afirma que as alas funcionaram com um enfermeiro para cada doze pacientes durante todo o inverno.',
    ].join('\n');
    const recovered = recoverStructure(normaliseText(pasted));
    expect(recovered.title).toBe('Enfermeiros do hospital regional entram em greve');
    expect(recovered.creditLines).toEqual([
      'Publicado por: Clarissa Borba',
      'Atualizado em 5 de outubro de 2018',
    ]);
    expect(creditedMetadata(recovered.credits, recovered.byline)).toEqual({
      author: [{ given: 'Clarissa', family: 'Borba' }],
      issued: { 'date-parts': [[2018, 10, 5]] },
    });
    expect(bylineNames('Publié par Hanna Lindqvist')).toEqual([
      { given: 'Hanna', family: 'Lindqvist' },
    ]);
  });
});
