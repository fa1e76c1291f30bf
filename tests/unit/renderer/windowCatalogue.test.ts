import { describe, expect, it } from 'vitest';
import en from '../../../renderer/src/i18n/en.json';
import ru from '../../../renderer/src/i18n/ru.json';
import { catalogueKeys, variablesOf } from '../../helpers/catalogueKeys';
import { repoRoot } from '../../helpers/corpus';
import { sharedCatalogueKeys } from '../../helpers/sharedCatalogueKeys';

const catalogues: Record<string, Record<string, string>> = { en, ru };
// The plural forms each language's rules ask for (Intl.PluralRules: English one/other,
// Russian one/few/many/other).
const PLURALS: Record<string, string[]> = {
  en: ['one', 'other'],
  ru: ['one', 'few', 'many', 'other'],
};

const { used, dynamic } = catalogueKeys(repoRoot);
const asked = [
  ...used,
  ...sharedCatalogueKeys().map((key) => ({ key, counted: false, where: 'shared/' })),
];

/** The catalogue entries a key is looked up by in a language: itself, or its plural forms. */
function entriesFor(lang: string, key: string, counted: boolean): string[] | null {
  const catalogue = catalogues[lang]!;
  if (counted) {
    const forms = PLURALS[lang]!.map((p) => `${key}_${p}`);
    if (forms.every((f) => f in catalogue)) return forms;
  }
  return key in catalogue ? [key] : null;
}

describe("the window's catalogue", () => {
  it('finds the strings of the window in the code', () => {
    // The scan itself must see the window: a broken scan would pass every test below.
    expect(asked.length).toBeGreaterThan(400);
    expect(asked.map((u) => u.key)).toEqual(
      expect.arrayContaining(['Undo', 'Import…', 'Web article']),
    );
  });

  it('has no key built at run time, which no test could check', () => {
    expect(dynamic).toEqual([]);
  });

  for (const lang of Object.keys(catalogues)) {
    it(`holds every string the window asks for in ${lang}, with every plural form the language has`, () => {
      const missing = asked
        .filter((u) => entriesFor(lang, u.key, u.counted) === null)
        .map((u) => `${u.where}: ${u.key}`);
      expect(missing).toEqual([]);
    });

    it(`holds nothing the window no longer asks for in ${lang}`, () => {
      const wanted = new Set(asked.flatMap((u) => entriesFor(lang, u.key, u.counted) ?? []));
      expect(Object.keys(catalogues[lang]!).filter((k) => !wanted.has(k))).toEqual([]);
    });

    it(`fills in the same values and marks in ${lang} as the key names`, () => {
      const wrong = asked.flatMap((u) =>
        (entriesFor(lang, u.key, u.counted) ?? []).flatMap((entry) => {
          const text = catalogues[lang]![entry]!;
          const marks = (s: string) => [...s.matchAll(/<\/?\d+>/g)].map((m) => m[0]).sort();
          const same =
            JSON.stringify(variablesOf(text).filter((v) => v !== 'count')) ===
              JSON.stringify(variablesOf(u.key).filter((v) => v !== 'count')) &&
            JSON.stringify(marks(text)) === JSON.stringify(marks(u.key));
          return same ? [] : [`${entry} → ${text}`];
        }),
      );
      expect(wrong).toEqual([]);
    });
  }

  it('is written in Russian, not copied from the English', () => {
    const untranslated = Object.entries(ru).filter(
      ([key, text]) => text === key && /[a-z]{4,}/i.test(key.replace(/\{\{\w+\}\}|<\/?\d>/g, '')),
    );
    // Names of formats and tools stay as they are ("BibTeX (.bib)", "Dossier").
    expect(untranslated.map(([key]) => key).filter((k) => !/\(\.\w+\)$|^Dossier$/.test(k))).toEqual(
      [],
    );
  });
});

describe('the window in Russian', () => {
  it('counts as Russian counts: 1 конфликт, 2 конфликта, 5 конфликтов, 21 конфликт', async () => {
    const { createInstance } = await import('i18next');
    const i18n = createInstance();
    await i18n.init({
      lng: 'ru',
      resources: { en: { translation: en }, ru: { translation: ru } },
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false },
    });
    const say = (count: number) => i18n.t('{{count}} conflicts', { count });
    expect([1, 2, 5, 11, 21, 22, 25].map(say)).toEqual([
      '1 конфликт',
      '2 конфликта',
      '5 конфликтов',
      '11 конфликтов',
      '21 конфликт',
      '22 конфликта',
      '25 конфликтов',
    ]);
    await i18n.changeLanguage('en');
    expect([1, 2].map(say)).toEqual(['1 conflict', '2 conflicts']);
  });
});
