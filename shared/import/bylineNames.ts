import type { CslName } from '../model/source';
import { personName } from './personName';

// "By" in the languages whose bylines put it first. Only at the very start of a byline: "von"
// elsewhere is a particle of a name ("Ursula von der Leyen").
const BY = /^(?:by|von|par|por|door|av|af|przez|di|от|автор:?)(?:\s+|$)/iu;
// "and" between names; spaced, so an initial ("Kim Y. Lee") is never taken for one.
const AND = /\s+(?:and|und|et|y|och|og|и|та|ve)\s+|\s*[,;&|·•]\s*|\s+[–—]\s+/iu;
const PARTICLE = /^(?:de|del|della|der|den|di|da|das|dos|du|la|le|van|von|ter|ten|bin|ibn|al|el)$/u;

/**
 * The people a byline names ("By Stella Kim and Jennifer Jett", "Von Jana Müller", "Anna Keller,
 * Li Wei"), each through the one name parser. A part that is not shaped like a name — a date
 * line ("Last Updated: January 7"), a handle, a sentence — names no one and is left out.
 */
export function bylineNames(raw: string): CslName[] {
  // A byline's lines are separate facts: the names, then often a date or a job title.
  return raw
    .trim()
    .replace(BY, '')
    .split(/\n/)
    .flatMap((line) => {
      const text = line
        .replace(/\([^)]*\)/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(BY, '');
      // "Keller, Anna", "Jong, Michiel de": one name written family first, not two people.
      if (/^[\p{L}'-]+, [\p{L}.'-]+(?: [\p{L}.'-]+){0,2}$/u.test(text)) return [personName(text)];
      return text
        .split(AND)
        .map((part) => part.trim())
        .filter(looksLikeName)
        .map((part) => personName(part));
    });
}

function looksLikeName(part: string): boolean {
  if (!part || /[\d:@/]|https?:/u.test(part)) return false;
  const words = part.split(' ');
  if (words.length > 5) return false;
  // In scripts with capitals, every word of a name but its particles starts with one.
  return words.every(
    (word) => PARTICLE.test(word) || !/\p{Ll}/u.test(word[0]!) || !/\p{L}/u.test(word[0]!),
  );
}
