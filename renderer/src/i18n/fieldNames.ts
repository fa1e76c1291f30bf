import { k } from './catalogueKey';
/**
 * The details a citation may lack, as a sentence names them ("still needs an author"): catalogue
 * keys, each shown through t().
 */
export const FIELD_NAMES: Record<string, string> = {
  author: k('an author'),
  title: k('a title'),
  date: k('a date'),
  URL: k('a URL'),
  'container-title': k('the site or publication'),
};

/** The same details in a list ("author, date"), as CSL names them: catalogue keys. */
export const FIELD_WORDS: Record<string, string> = {
  author: k('author'),
  title: k('title'),
  date: k('date'),
  URL: k('URL'),
  'container-title': k('container-title'),
};

/** Missing details as a list in the window's language. */
export function fieldList(t: (key: string) => string, fields: readonly string[]): string {
  return fields.map((f) => (FIELD_WORDS[f] ? t(FIELD_WORDS[f]) : f)).join(', ');
}
