import { comparableText } from './comparableText';

/*
 * Where a quote a writer typed stands in a text, however they typed its quotation marks,
 * dashes, capitals and spaces: "don't" finds "don’t", "Ivan the terrible" finds "Ivan the
 * Terrible", two spaces find one and a line break.
 */

/** Every place the quote stands in the text, as offsets into the text as it is. */
export function findQuote(text: string, quote: string): { start: number; end: number }[] {
  const wanted = comparableText(quote.trim(), true).text;
  if (!wanted) return [];
  const { text: haystack, from } = comparableText(text, true);
  const found: { start: number; end: number }[] = [];
  for (let at = haystack.indexOf(wanted); at !== -1; at = haystack.indexOf(wanted, at + 1))
    found.push({ start: from[at]!, end: from[at + wanted.length - 1]! + 1 });
  return found;
}
