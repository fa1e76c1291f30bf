import type { CslName } from '../model/source';
import { MONTH_NAME, MONTH_WORDS } from './datelineDate';
import { personName } from './personName';

// "By" in the languages whose bylines put it first. Only at the very start of a byline: "von"
// elsewhere is a particle of a name ("Ursula von der Leyen").
const BY_WORDS = 'by|von|par|por|door|av|af|przez';
// Italian "di" and Russian "от", "автор" open bylines too, but "Di" also opens names (Di Stefano):
// they are read off a byline, never taken as the sign that a line is one.
// A label before the name, with its colon: "Текст: …", "Text: …", "Autor: …".
const LABEL_WORDS = 'text|texte|testo|tekst|texto|текст|автор|autor|autorin|auteur|autore|author';
const BY = new RegExp(
  `^(?:(?:${BY_WORDS}|di|от|автор):?(?:\\s+|$)|(?:${LABEL_WORDS})\\s*:\\s*)`,
  'iu',
);
const OPENS_BYLINE = new RegExp(`^(?:(?:${BY_WORDS})(?:\\s|:)|(?:${LABEL_WORDS})\\s*:)`, 'iu');

/** A byline without its opening "By" (in any of the languages that set it first). */
export const withoutByWord = (line: string) =>
  line.replace(new RegExp(`^(?:${BY_WORDS})\\s+`, 'iu'), '');

/** Whether a line opens as a byline does: "By …", "Par …", "by: …". */
export function opensByline(line: string): boolean {
  return OPENS_BYLINE.test(line);
}
// "and" between names; spaced, so an initial ("Kim Y. Lee") is never taken for one.
const AND = /\s+(?:and|und|et|y|och|og|и|та|ve)\s+|\s*[,;&|·•]\s*|\s+[–—]\s+/iu;
const PARTICLE = /^(?:de|del|della|der|den|di|da|das|dos|du|la|le|van|von|ter|ten|bin|ibn|al|el)$/u;

// "Posted by" and "written by" in the other languages whose pages credit a writer so.
const POSTED_BY_ELSEWHERE =
  '(?:publicad[oa]|escrit[oa])\\s+por|(?:publiée?|écrite?)\\s+par|(?:pubblicato|scritto)\\s+da|(?:veröffentlicht|geschrieben)\\s+von|(?:geplaatst|geschreven)\\s+door';
/** "Posted by: …", "Publicado por: …": a credit line that names its writer. */
export const POSTED_BY = new RegExp(
  `^(?:(?:posted|written)\\s+by|${POSTED_BY_ELSEWHERE})\\s*:?\\s`,
  'iu',
);

// What a credit line says a person did: only the writers are the text's authors; an editor and
// a translator have CSL roles of their own; a photographer or an illustrator is not cited for
// the text at all.
const ROLES: { role: keyof BylinePeople | null; pattern: RegExp }[] = [
  {
    role: 'author',
    pattern: new RegExp(
      `^(?:(?:written|words|story|text|reporting|reported|posted)\\s+by|${POSTED_BY_ELSEWHERE})\\b\\s*:?\\s*`,
      'iu',
    ),
  },
  { role: 'editor', pattern: /^(?:edited|editing)\s+by\b\s*/iu },
  { role: 'translator', pattern: /^translated\s+by\b\s*/iu },
  {
    role: null,
    pattern:
      /^(?:additional\s+reporting|photos?|photographs?|photography|pictures?|images?|illustrations?|graphics?|video|design|produced|research)\s+by\b\s*/iu,
  },
];
const ROLE_START =
  /\s+(?=(?:edited|translated|additional\s+reporting|photos?|photographs?|illustrations?|graphics?)\s+by\s)/giu;

// Words of a job title or a desk, set after a name ("Anna Keller, Staff Writer"); a part holding
// one is a description of the person, not a second person.
const JOB =
  /^(?:staff|senior|chief|deputy|associate|assistant|contributing|special|foreign|political|economics?|business|science|health|sports?|news|editor|editors|editorial|writer|reporter|correspondent|journalist|columnist|contributor|analyst|producer|bureau|desk|team|press|service|wire|agency|newsroom|online|digital|magazine|times|professor|lecturer|fellow|director|founder|ceo|president|managing|executive|international|national|local|global|affairs|culture|technology|tech|opinion|columnists?)$/iu;

export interface BylinePeople {
  author: CslName[];
  editor: CslName[];
  translator: CslName[];
}

/**
 * The people a byline names ("By Stella Kim and Jennifer Jett", "Von Jana Müller", "Written by
 * A / Edited by B"), each through the one name parser and in the role the line gives them. A
 * part that is not shaped like a name — a date line ("Last Updated: January 7"), a handle, a
 * job title ("Staff Writer"), a sentence — names no one and is left out.
 */
export function bylinePeople(raw: string): BylinePeople {
  const people: BylinePeople = { author: [], editor: [], translator: [] };
  // A byline's lines are separate facts: the names, then often a date, a job title or a credit.
  const lines = unglued(raw.trim()).replace(BY, '').replace(ROLE_START, '\n').split(/\n/);
  for (const line of lines) {
    let text = line.replace(/\s+/g, ' ').trim();
    let role: keyof BylinePeople | null = 'author';
    const credit = ROLES.find(({ pattern }) => pattern.test(text));
    if (credit) {
      role = credit.role;
      text = text.replace(credit.pattern, '');
    }
    if (!role || isDateLine(text)) continue;
    people[role].push(...namesOfLine(text.replace(BY, '')));
  }
  return people;
}

const STAMP = /^(?:updated|published|posted|modified|last|on|am|at)$/iu;
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu;

/**
 * A byline whose page ran its elements together, no space where one ended and the next began
 * ("By Jeff FoustMonday, November 18, 2019", "ERIC TUCKERAssociated Press", "Meg JamesStaff
 * Writer"), broken where they met: where a name in capitals meets a capitalised word, or a word
 * meets a month, a weekday or a job title. A name's own capitals ("McDonald", "DeArdo") stay.
 */
function unglued(text: string): string {
  return text
    .replace(/(\p{Lu}{2,})(?=\p{Lu}\p{Ll})/gu, '$1\n')
    .replace(/(\p{Ll})(\p{Lu}\p{Ll}+)/gu, (whole, end: string, word: string) =>
      MONTH_NAME.test(word) || WEEKDAY.test(word) || JOB.test(word) ? `${end}\n${word}` : whole,
    );
}

/** "Monday, November 18, 2019", "November 15, 2019": a date on its own line names no one. */
function isDateLine(line: string): boolean {
  const [first = '', second = ''] = line.split(/[\s,]+/);
  return WEEKDAY.test(first) || (MONTH_NAME.test(first) && /^\d/.test(second));
}

/** The authors a byline names; see {@link bylinePeople}. */
export function bylineNames(raw: string): CslName[] {
  return bylinePeople(raw).author;
}

// A credit's role in parentheses after a name: "Adrian Malloch (photography)".
const PICTURE_ROLE =
  /(?:^|\s+(?:and|und|et|y)\s+|\s*[,;&]\s*)[^,;&()]+?\s*\((?:photography|photographs?|photos?|pictures?|video|illustrations?|graphics)\)/giu;

// The stamp a byline ends with, from its weekday or its month and day on: "… on Monday,
// November 18th, 2019 at 11:08 a.m.", "… - Nov. 18, 2019". A month alone is a name ("April Ryan").
const DATE_TAIL = new RegExp(
  `(?:^|\\s+)(?:(?:on|(?:last\\s+)?updated|published|posted|modified|[-–—|·]):?\\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|(?:${MONTH_WORDS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b).*$`,
  'iu',
);

function namesOfLine(line: string): CslName[] {
  const text = line
    .replace(DATE_TAIL, '')
    .replace(PICTURE_ROLE, '')
    .replace(/^\s*(?:(?:and|und|et|y)\s+|[,;&]\s*)/iu, '')
    // Middle names a site sets in parentheses stay ("Bruno (Henrique Zecchin) Rodrigues");
    // anything else in them — an address, an affiliation — is not part of the name.
    .replace(/\(([^()]*)\)(?=\s+\p{Lu})/gu, (whole, inner: string) =>
      looksLikeName(inner.trim()) ? inner : ' ',
    )
    .replace(/\([^)]*\)/g, ' ')
    // A date glued to the name by a page's markup ("Lucas Nolan22 Dec 2016"): names hold no
    // digits, so the name ends where they start.
    .replace(/^(\p{L}[^\d]*?\p{L}\.?)\s*\d.*$/u, (whole, before: string) => {
      // "By JEFFREY GETTLEMAN JAN. 13, 2017", "Umair Irfan Updated Nov 19", "Kashmira Gander
      // On 11/13/19": the month and the stamp's word are the date's, not the name's.
      const words = before.trim().split(/\s+/);
      while (words.length > 2 && (MONTH_NAME.test(words.at(-1)!) || STAMP.test(words.at(-1)!)))
        words.pop();
      const name = words.join(' ');
      return name.includes(' ') && looksLikeName(name) ? name : whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
  // "Keller, Anna", "Jong, Michiel de": one name written family first, not two people.
  if (
    /^[\p{L}'-]+, [\p{L}.'-]+(?: [\p{L}.'-]+){0,2}$/u.test(text) &&
    !isJobTitle(text.split(', ')[1]!)
  )
    return [personName(text)];
  const parts = text
    .split(AND)
    .map((part) => part.trim())
    .filter(Boolean);
  // A one-word part beside full names is a place or an outlet ("Anna Keller, Moscow").
  const oneWordNames = parts.length === 1 || parts.every((part) => !part.includes(' '));
  // After a job title, the parts describe that person ("Senior Staff Technologist, ACLU Speech,
  // Privacy, and Technology Project"): no one else is named.
  const described = parts.findIndex(isJobTitle);
  return parts
    .slice(0, described < 0 ? parts.length : described)
    .filter((part) => looksLikeName(part) && !/^the\s/iu.test(part))
    .filter((part) => oneWordNames || part.includes(' '))
    .map((part) => personName(fromCapitals(part)));
}

/** "JEFFREY GETTLEMAN", as some sites set bylines, written as the name is: "Jeffrey Gettleman". */
function fromCapitals(part: string): string {
  if (/\p{Ll}/u.test(part) || !/\p{Lu}{2}/u.test(part)) return part;
  return part
    .toLowerCase()
    .replace(
      /(^|[\s'’-])(\p{L})/gu,
      (_, edge: string, letter: string) => edge + letter.toUpperCase(),
    );
}

/** Whether a part of a byline holds a word of a job title or a desk ("Staff Writer", "News reporter"). */
export function isJobTitle(part: string): boolean {
  return part.split(' ').some((word) => JOB.test(word.replace(/[.,]$/, '')));
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
