import type { CslName } from '../model/source';

const PARTICLES = new Set([
  'de',
  'la',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'du',
  'del',
  'le',
  'ter',
]);

/**
 * A person's name as a page or file prints it ("Anna Keller", "Keller, Anna", "Jean de la
 * Fontaine") as CSL family and given parts; one word, a handle or anything not shaped like a
 * person's name stays one literal name, so nothing is guessed apart wrongly.
 */
export function personName(raw: string): CslName {
  const text = raw.replace(/\s+/g, ' ').trim();
  const inverted = /^([^,]+),\s*([^,]+)$/.exec(text);
  if (inverted) return { family: inverted[1]!.trim(), given: inverted[2]!.trim() };
  const words = text.split(' ');
  if (words.length < 2 || words.length > 5 || /[@\d/]/.test(text)) return { literal: text };
  let cut = words.length - 1;
  while (cut > 1 && PARTICLES.has(words[cut - 1]!.toLowerCase())) cut--;
  return { given: words.slice(0, cut).join(' '), family: words.slice(cut).join(' ') };
}

/** "2022-01-05", "2022-01-05T10:00:00Z", "2022/1/5", "2022-01", "2022" as CSL date parts. */
export function dateParts(raw: string): number[] | null {
  const match = /^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?/.exec(raw);
  if (!match) return null;
  const parts = [Number(match[1])];
  if (match[2]) parts.push(Number(match[2]));
  if (match[3]) parts.push(Number(match[3]));
  if (parts[1] !== undefined && (parts[1] < 1 || parts[1] > 12)) return null;
  return parts;
}
