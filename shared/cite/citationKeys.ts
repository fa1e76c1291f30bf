import type { LibraryDocument } from '../model/libraryDocument';
import type { CslMetadata, SourceRecord } from '../model/source';
import { latinLetters } from '../search/fold/foldTerm';

/**
 * Readable citation keys, in the form Better BibTeX made usual: the first author's family name,
 * the year and the title's first significant word, in plain lower-case letters
 * ("stefan2022", "lalkar2022failed"). Without an author the site or publisher stands in, and
 * without either the title's word leads ("mozilla2015"); a key
 * already taken gets a letter ("smith2020a"). A key made here follows the source's details until
 * it is used (citationKeyLife); a key the writer or a .bib file gave is never replaced.
 */

/** Short words a title's first significant word is not, in the languages sources come in. */
const MINOR = new Set(
  (
    'a an the of on in at to for and or by with from into about is are was were how what why when ' +
    'la le les l un une des du de et el los las del y die der das den ein eine und im zu'
  ).split(' '),
);

/** Plain lower-case ASCII letters and digits: what every TeX and Pandoc reads in a key. */
function plain(text: string): string {
  return latinLetters(text.toLowerCase()).replace(/[^a-z0-9]+/g, '');
}

function who(metadata: CslMetadata): string {
  const first = metadata.author?.[0] ?? (metadata.editor as CslMetadata['author'])?.[0];
  const name = first?.family ?? first?.literal?.trim().split(/\s+/).at(-1);
  if (name && plain(name)) return plain(name);
  // No author: the site or publisher, by its first significant word ("In Defence of Marxism").
  const site = [metadata['container-title'], metadata.publisher].find(
    (v): v is string => typeof v === 'string' && v.trim() !== '',
  );
  return (site && firstWord(site)) || '';
}

function year(metadata: CslMetadata): string {
  const y = metadata.issued?.['date-parts']?.[0]?.[0];
  // No date, no year: "stefan", as Better BibTeX writes it.
  return typeof y === 'number' && Number.isFinite(y) ? String(y) : '';
}

function firstWord(title: string): string {
  for (const word of title.split(/[^\p{L}\p{N}]+/u)) {
    const p = plain(word);
    if (p.length > 1 && !MINOR.has(word.toLowerCase()) && !/^\d+$/.test(p)) return p;
  }
  return '';
}

/**
 * The key a source would be given, before it is made unique in its library. Only the title the
 * source's details give counts: a name shown for an untitled source ("Untitled — Stefan") is
 * not its title.
 */
export function keyBase(source: Pick<SourceRecord, 'metadata'>): string {
  const title = typeof source.metadata.title === 'string' ? source.metadata.title : '';
  const name = who(source.metadata);
  // Nobody named, not even a site: the title leads, as in Better BibTeX ("mozilla2015"), not
  // an "anon" that every such source shares.
  if (!name) return `${firstWord(title) || 'anon'}${year(source.metadata)}`;
  return `${name}${year(source.metadata)}${firstWord(title)}`;
}

const suffix = (n: number) => {
  let s = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26))
    s = String.fromCharCode(97 + ((i - 1) % 26)) + s;
  return s;
};

/** A key not yet taken (compared without case): the base, else base + a, b, … z, aa. */
export function uniqueKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 1; ; n++) {
    const key = `${base}${suffix(n)}`;
    if (!taken.has(key.toLowerCase())) return key;
  }
}

/** A source's citation key, or null when it has none. */
export function keyOf(source: Pick<SourceRecord, 'metadata'>): string | null {
  const key = source.metadata['citation-key'];
  return typeof key === 'string' && key !== '' ? key : null;
}

/** The sources, each without a citation key given one unique among them all; the others kept. */
export function withKeys(sources: readonly SourceRecord[]): SourceRecord[] {
  const taken = new Set(sources.flatMap((s) => keyOf(s)?.toLowerCase() ?? []));
  return sources.map((source) => {
    if (keyOf(source) !== null) return source;
    const key = uniqueKey(keyBase(source), taken);
    taken.add(key.toLowerCase());
    return { ...source, keyAuto: true, metadata: { ...source.metadata, 'citation-key': key } };
  });
}

/**
 * The library with every source keyed; a source that had a key stays the same object, so a
 * change touches only the sources it keyed.
 */
export function withCitationKeys(doc: LibraryDocument): LibraryDocument {
  const sources = withKeys(doc.sources);
  return sources.every((s, i) => s === doc.sources[i]) ? doc : { ...doc, sources };
}

/** A source whose key another source already had, and the key it takes instead. */
export interface Rekeyed {
  id: string;
  title: string;
  from: string;
  to: string;
}

/**
 * Keys made on two machines for two sources (each unique where it was made) settled the same way
 * on every replica: the source imported first (then the lower id) keeps the key, each other one
 * takes the next free suffix. Decided from the sources alone, so every replica that sees the
 * same library makes the same choice.
 */
export function settleDuplicateKeys(sources: readonly SourceRecord[]): Rekeyed[] {
  const byKey = new Map<string, SourceRecord[]>();
  for (const source of sources) {
    const key = keyOf(source);
    if (key === null) continue;
    const group = byKey.get(key.toLowerCase()) ?? [];
    group.push(source);
    byKey.set(key.toLowerCase(), group);
  }
  const taken = new Set(byKey.keys());
  const rekeyed: Rekeyed[] = [];
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    const [, ...later] = [...group].sort((a, b) =>
      a.importedAt === b.importedAt ? (a.id < b.id ? -1 : 1) : a.importedAt < b.importedAt ? -1 : 1,
    );
    for (const source of later) {
      const from = String(source.metadata['citation-key']);
      const to = uniqueKey(from, taken);
      taken.add(to.toLowerCase());
      rekeyed.push({ id: source.id, title: source.title, from, to });
    }
  }
  return rekeyed;
}
