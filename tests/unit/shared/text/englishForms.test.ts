import { describe, expect, it } from 'vitest';
import { englishForms } from '../../../../shared/text/englishForms';

// Expected forms from any English grammar: regular plurals, pasts, -ing forms and agent nouns.
describe('englishForms', () => {
  it('makes the regular forms of verbs and nouns', () => {
    expect(englishForms('strike')).toEqual(
      expect.arrayContaining(['strike', 'strikes', 'striking', 'striker', 'strikers']),
    );
    expect(englishForms('kill')).toEqual(
      expect.arrayContaining(['kills', 'killed', 'killing', 'killers']),
    );
    expect(englishForms('casualty')).toContain('casualties');
    expect(englishForms('die')).toEqual(expect.arrayContaining(['dies', 'died', 'dying']));
    expect(englishForms('stop')).toEqual(expect.arrayContaining(['stopped', 'stopping']));
    expect(englishForms('tax')).toContain('taxes');
    expect(englishForms('picket')).toEqual(expect.arrayContaining(['picketed', 'picketing']));
    expect(englishForms('agree')).toEqual(expect.arrayContaining(['agreed', 'agreeing']));
  });

  it('leaves abbreviations and short words as they are', () => {
    expect(englishForms('CSTO')).toEqual(['csto']);
    expect(englishForms('un')).toEqual(['un']);
  });
});
