/** Whether a credited name is an organisation's, cited whole ("BBC News", "Associated Press"). */
import { bylineNames, withoutByWord } from './bylineNames';
import type { CslName } from '../model/source';

// Words of a role, not of a name: "Staff", "Editorial Team", "Admin" name no one.
const ROLE_WORDS =
  /^(?:staff|admin|administrator|editor|editors|editorial|team|desk|writer|writers|reporter|reporters|correspondent|contributor|contributors|newsroom|web|online|digital|guest|author|anonymous)$/iu;
const MINOR_WORDS = /^(?:for|of|the|and|de|du|des|la|le|el|del|für|und|&)$/iu;

/**
 * An author a page declares in a meta tag that names an organisation, not a person ("BBC News",
 * "Organization for Transformative Works"): cited as the page declares it, whole. A role
 * ("Staff Writer") or a sentence is no author.
 */
export function isOrganisation(value: string): boolean {
  const words = value.trim().split(/\s+/);
  if (words.length > 6 || /[\d@/:]/u.test(value)) return false;
  if (words.every((w) => ROLE_WORDS.test(w) || MINOR_WORDS.test(w))) return false;
  return words.every((w) => MINOR_WORDS.test(w) || /^[\p{Lu}\p{N}]/u.test(w));
}

/**
 * The people a byline names or, where it names none, the organisation it credits ("by India Post
 * News Weekly", "Associated Press"), whole.
 */
export function bylineOrOrganisation(byline: string): CslName[] {
  const people = bylineNames(byline);
  if (people.length) return people;
  const name = withoutByWord(byline.trim()).replace(/[\s,·|–—-]+$/u, '');
  return isOrganisation(name) && NEWS_ORGANISATION.test(name) && !GLUED.test(name)
    ? [{ literal: name }]
    : [];
}

// A byline crediting no person credits a news organisation by one of these words.
const NEWS_ORGANISATION =
  /\b(?:press|news|agency|agencies|wire|service|reuters|afp|ap|bureau|media|network|weekly|daily|times|post|herald|tribune|journal|gazette|magazine|radio|television|broadcasting)\b/iu;
// Words run together by a page's layout ("HomeWorld News"): a menu's items, not a name.
const GLUED = /\p{Ll}\p{Lu}/u;
