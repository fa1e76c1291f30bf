const VOWEL = /[aeiou]/;
const SIBILANT_END = /(s|x|z|ch|sh)$/;

/** One-syllable words ending consonant–vowel–consonant double it: stop → stopped, stopping. */
function doublesLast(word: string): boolean {
  const groups = word.match(/[aeiouy]+/g) ?? [];
  return groups.length === 1 && /[^aeiou][aeiou][b-df-hj-np-tvz]$/.test(word);
}

function stemFor(suffix: 'ed' | 'ing' | 'er', word: string): string {
  if (doublesLast(word)) return word + word.at(-1);
  if (suffix === 'ing' && word.endsWith('ie')) return `${word.slice(0, -2)}y`;
  if (word.endsWith('e') && !(suffix === 'ing' && word.endsWith('ee'))) return word.slice(0, -1);
  if (suffix !== 'ing' && /[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}i`;
  return word;
}

function plural(word: string): string {
  if (SIBILANT_END.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/**
 * The regular English forms of a base word, as a cue word is matched: plural or third person
 * (strike → strikes, casualty → casualties), past (kill → killed, stop → stopped), -ing
 * (die → dying) and the agent noun (strike → striker, strikers). Irregular forms (shot, dead,
 * struck) are cue words of their own. Abbreviations (CSTO) and short words have none.
 */
export function englishForms(word: string): string[] {
  const lower = word.toLowerCase();
  if (
    /^\p{Lu}{2,}$/u.test(word) ||
    lower.length < 3 ||
    !VOWEL.test(lower) ||
    !/^[a-z]+$/.test(lower)
  )
    return [lower];
  const agent = `${stemFor('er', lower)}er`;
  return [
    ...new Set([
      lower,
      plural(lower),
      `${stemFor('ed', lower)}ed`,
      `${stemFor('ing', lower)}ing`,
      agent,
      `${agent}s`,
    ]),
  ];
}
