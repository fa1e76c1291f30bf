import { plainFolder } from '../search/fold/folder';
import { tokenize } from '../search/tokenize';
import { countryNames } from './countryNames';
import type { SentenceWord } from './cuePatterns';

interface Name {
  keys: string[];
  country: string;
}

let byFirstKey: Map<string, Name[]> | null = null;

function names(): Map<string, Name[]> {
  if (!byFirstKey) {
    byFirstKey = new Map();
    for (const [country, spellings] of countryNames) {
      for (const spelling of spellings) {
        const keys = tokenize(spelling, plainFolder)
          .filter((t) => !t.compound)
          .map((t) => t.key);
        if (!keys.length) continue;
        const list = byFirstKey.get(keys[0]!) ?? [];
        list.push({ keys, country });
        // Nationalities in the plural: Americans, Kenyans.
        if (keys.length === 1 && /[a-z]n$/.test(spelling))
          list.push({ keys: tokenize(`${spelling}s`, plainFolder).map((t) => t.key), country });
        // Longest first, so "Saudi Arabia" wins over "Saudi".
        list.sort((a, b) => b.keys.length - a.keys.length);
        byFirstKey.set(keys[0]!, list);
      }
    }
  }
  return byFirstKey;
}

/**
 * Words after a nationality that make it say where someone comes from or where a place lies
 * ("Italian immigrant", "Scottish-born", "the Indian border", "the Italian island of
 * Lampedusa"), not what another state or its people did. English, as the cue words are.
 */
const ORIGIN_OR_PLACE = new Set(
  [
    'immigrant',
    'immigrants',
    'migrant',
    'migrants',
    'born',
    'descent',
    'origin',
    'ancestry',
    'heritage',
    'border',
    'frontier',
    'island',
    'islands',
    'coast',
    'coastline',
  ].map((w) => tokenize(w, plainFolder)[0]!.key),
);

export interface CountryMention {
  country: string;
  first: number;
  last: number;
}

/**
 * Countries a sentence names, by name or nationality, written as names (capitalised); a
 * nationality that only says where someone comes from or where a place lies is not counted.
 */
export function countryMentions(words: readonly SentenceWord[]): CountryMention[] {
  const found: CountryMention[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]!.surface)) continue;
    const candidates = names().get(words[i]!.key);
    const name = candidates?.find((n) => n.keys.every((key, k) => words[i + k]?.key === key));
    if (!name) continue;
    const next = words[i + name.keys.length];
    if (next && ORIGIN_OR_PLACE.has(next.key)) {
      i += name.keys.length - 1;
      continue;
    }
    found.push({ country: name.country, first: i, last: i + name.keys.length - 1 });
    i += name.keys.length - 1;
  }
  return found;
}

/**
 * The country a text is about: the one it names most often (every one tied for most). Other
 * countries a source names are, for it, foreign.
 */
export function homeCountries(sentences: readonly (readonly SentenceWord[])[]): Set<string> {
  const counts = new Map<string, number>();
  for (const words of sentences)
    for (const { country } of countryMentions(words))
      counts.set(country, (counts.get(country) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  return new Set([...counts].filter(([, n]) => n === most).map(([c]) => c));
}
