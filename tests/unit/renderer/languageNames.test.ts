import { describe, expect, it } from 'vitest';
import { citationLanguageName } from '../../../renderer/src/i18n/languageNames';

describe('a citation language in the list', () => {
  it('is named in its own language, then in the window’s', () => {
    expect(citationLanguageName('de-DE', 'German', 'ru')).toBe(
      'Deutsch (Deutschland) — немецкий (Германия)',
    );
    expect(citationLanguageName('de-DE', 'German', 'en')).toBe(
      'Deutsch (Deutschland) — German (Germany)',
    );
    expect(citationLanguageName('fr-FR', 'French', 'ru')).toBe(
      'français (France) — французский (Франция)',
    );
  });

  it('says a name once where both are the same', () => {
    expect(citationLanguageName('ru-RU', 'Russian', 'ru')).toBe('русский (Россия)');
  });

  it('keeps the service’s label for a language the browser cannot name', () => {
    expect(citationLanguageName('qaa-XX', 'Private use', 'ru')).toBe('Private use');
  });
});
