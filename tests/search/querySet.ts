/**
 * The labelled query set: each query with a phrase from every passage it must find in the top
 * 10. Targets are in the repository's own fixtures (tests/fixtures/articles and /search).
 */
export type QueryGroup =
  'exact' | 'typo' | 'latin variant' | 'cyrillic → latin' | 'latin → cyrillic' | 'phrase';

export interface LabelledQuery {
  group: QueryGroup;
  query: string;
  /** A piece of text from each passage that must be among the first ten hits. */
  finds: string[];
}

export const querySet: LabelledQuery[] = [
  // Exact words
  { group: 'exact', query: 'Zhanaozen', finds: ['The strike began in Zhanaozen'] },
  { group: 'exact', query: 'Kulibayev', finds: ['Timur Kulibayev controlled'] },
  { group: 'exact', query: 'zhuz', finds: ['rivalry between the three zhuz'] },
  { group: 'exact', query: 'Massimov', finds: ['Karim Massimov, was arrested'] },
  { group: 'exact', query: 'tortured', finds: ['had been tortured in custody'] },
  { group: 'exact', query: 'paratroopers', finds: ['Russian paratroopers arrived'] },
  { group: 'exact', query: 'Aktau', finds: ['workers in Aktau had joined'] },
  { group: 'exact', query: '225', finds: ['revised to 225 dead'] },

  // One typo
  {
    group: 'typo',
    query: 'Tokayv',
    finds: ['President Tokayev promised', 'President Tokayev removed them'],
  },
  {
    group: 'typo',
    query: 'Almtay',
    finds: ['Analysts writing from Almaty', 'most of them in Almaty'],
  },
  { group: 'typo', query: 'Kulibaev', finds: ['Timur Kulibayev controlled'] },
  { group: 'typo', query: 'paratropers', finds: ['Russian paratroopers arrived'] },
  { group: 'typo', query: 'Mangystua', finds: ['In the Mangistau region'] },
  { group: 'typo', query: 'oligrachs', finds: ['Others point to the oligarchs'] },
  { group: 'typo', query: 'Nazarbeyev', finds: ['from Nursultan Nazarbaev', 'after Nazarbaev?'] },
  { group: 'typo', query: 'custdy', finds: ['had been tortured in custody'] },

  // Romanisation variants, in both directions
  {
    group: 'latin variant',
    query: 'Janaozen',
    finds: ['The strike began in Zhanaozen', 'the unrest in Janaozen'],
  },
  { group: 'latin variant', query: 'Nazarbayev', finds: ['from Nursultan Nazarbaev'] },
  { group: 'latin variant', query: 'Tokaev', finds: ['President Tokayev promised'] },
  { group: 'latin variant', query: 'Tokayev', finds: ['Kasym-Jomart Tokaev dismissed'] },
  { group: 'latin variant', query: 'Mangystau', finds: ['In the Mangistau region'] },
  { group: 'latin variant', query: 'Kassym-Jomart', finds: ['Kasym-Jomart Tokaev dismissed'] },
  { group: 'latin variant', query: 'Almaty', finds: ['Protesters in Alma-Ata stormed'] },
  { group: 'latin variant', query: 'unions organised', finds: ['the strikers were organized by'] },
  { group: 'latin variant', query: 'labour', finds: ['Labor activists said'] },
  { group: 'latin variant', query: 'Aktobe', finds: ['while in Aqtobe the crowd'] },

  // A Cyrillic query finds Latin text
  {
    group: 'cyrillic → latin',
    query: 'Жанаозен',
    finds: ['The strike began in Zhanaozen', 'the unrest in Janaozen'],
  },
  { group: 'cyrillic → latin', query: 'Назарбаев', finds: ['from Nursultan Nazarbaev'] },
  {
    group: 'cyrillic → latin',
    query: 'Токаев',
    finds: ['President Tokayev promised', 'Kasym-Jomart Tokaev dismissed'],
  },
  { group: 'cyrillic → latin', query: 'Мангистау', finds: ['In the Mangistau region'] },
  {
    group: 'cyrillic → latin',
    query: 'Алматы',
    finds: ['Analysts writing from Almaty', 'Protesters in Alma-Ata'],
  },
  { group: 'cyrillic → latin', query: 'Кулибаев', finds: ['Timur Kulibayev controlled'] },
  { group: 'cyrillic → latin', query: 'Актау', finds: ['workers in Aktau had joined'] },

  // A Latin query finds Cyrillic text
  { group: 'latin → cyrillic', query: 'Zhanaozen', finds: ['нефтяники Жанаозена вышли'] },
  {
    group: 'latin → cyrillic',
    query: 'Tokayev',
    finds: ['Президент Токаев сначала', 'Тоқаев үкіметті'],
  },
  { group: 'latin → cyrillic', query: 'Nazarbayev', finds: ['Назарбаевты Қауіпсіздік'] },
  {
    group: 'latin → cyrillic',
    query: 'Almaty',
    finds: ['прибыли в Алма-Ату', 'Алматыда наразылық'],
  },
  { group: 'latin → cyrillic', query: 'Putin', finds: ['Путин заявил'] },
  { group: 'latin → cyrillic', query: 'Aktau', finds: ['рабочие Актау присоединились'] },
  { group: 'latin → cyrillic', query: 'Mangistau', finds: ['охватила всю Мангистаускую'] },

  // Several words, and quoted phrases
  { group: 'phrase', query: '"oil workers"', finds: ['police fired on striking oil workers'] },
  {
    group: 'phrase',
    query: 'security council Nazarbayev',
    finds: ['took over the Security Council'],
  },
  { group: 'phrase', query: '"three zhuz"', finds: ['rivalry between the three zhuz'] },
  {
    group: 'phrase',
    query: 'Russian paratroopers Almaty',
    finds: ['Russian paratroopers arrived'],
  },
  {
    group: 'phrase',
    query: '"price of liquefied gas"',
    finds: ['the price of liquefied gas doubled'],
  },
  { group: 'phrase', query: 'Токаев войска', finds: ['Президент Токаев сначала'] },
  {
    group: 'phrase',
    query: 'city hall Alma-Ata',
    finds: ['Protesters in Alma-Ata stormed the city hall'],
  },
];
