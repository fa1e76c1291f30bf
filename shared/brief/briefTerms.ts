/**
 * The brief's own words (headings, table heads, the scope line) in the language it cites in: a
 * Russian citation locale makes a Russian document around Russian citations. A language
 * without its own set keeps the English. Names, titles and quotes are the writer's, as written.
 */
export interface BriefTerms {
  title: (themes: string) => string;
  coverage: string;
  source: string;
  notDiscussed: string;
  note: string;
  notDiscussedIn: string;
  figures: string;
  figure: string;
  counts: string;
  citation: string;
  noFigures: string;
  notes: string;
  bibliography: string;
  scope: (themes: string, sources: number, style: string, made: string) => string;
}

const english: BriefTerms = {
  title: (themes) => `Comparison brief: ${themes}`,
  coverage: 'Coverage',
  source: 'Source',
  notDiscussed: 'not discussed',
  note: 'Note',
  notDiscussedIn: 'Not discussed in',
  figures: 'Figures',
  figure: 'Figure',
  counts: 'Counts',
  citation: 'Citation',
  noFigures: 'No figures in the quoted passages.',
  notes: 'Notes',
  bibliography: 'Bibliography',
  scope: (themes, sources, style, made) =>
    `Themes: ${themes} · ${sources} source${sources === 1 ? '' : 's'} · ${style} · made ${made}`,
};

/** "1 источник", "2 источника", "5 источников": Russian counts by the last digits. */
const russianSources: Record<Intl.LDMLPluralRule, string> = {
  zero: 'источников',
  one: 'источник',
  two: 'источника',
  few: 'источника',
  many: 'источников',
  other: 'источника',
};

const russian: BriefTerms = {
  title: (themes) => `Сравнительная справка: ${themes}`,
  coverage: 'Охват',
  source: 'Источник',
  notDiscussed: 'не обсуждается',
  note: 'Заметка',
  notDiscussedIn: 'Не обсуждается в',
  figures: 'Цифры',
  figure: 'Цифра',
  counts: 'Что считает',
  citation: 'Ссылка',
  noFigures: 'В цитатах нет цифр.',
  notes: 'Примечания',
  bibliography: 'Библиография',
  scope: (themes, sources, style, made) =>
    `Темы: ${themes} · ${sources} ${russianSources[new Intl.PluralRules('ru').select(sources)]} · ${style} · составлено ${made}`,
};

const byLanguage: Record<string, BriefTerms> = { en: english, ru: russian };

/** The brief's words for a citation locale ("ru-RU", "en-GB"); English where none is kept. */
export function briefTerms(locale: string | undefined): BriefTerms {
  const language = (locale ?? 'en').split(/[-_]/u)[0]!.toLowerCase();
  return byLanguage[language] ?? english;
}
