import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { cyrillicToLatin } from '../../../shared/search/fold/cyrillic';
import { nameRules, nameVariants, spellingRules } from '../../../shared/search/fold/foldingRules';
import { FOLDING_VERSION, nameAliasesInUse } from '../../../shared/search/fold/foldTerm';
import { docFields, SearchIndex } from '../../../shared/search/index/searchIndex';
import type { LibraryDocument } from '../../../shared/model/libraryDocument';
import { ByteWriter } from '../../../shared/search/index/varint';
import { writeAtomically } from '../library/blobStore';

const MAGIC = 'DSIX';
const FORMAT = 3;

/**
 * What the index was built from: the sources (their texts, metadata, notes and captions), the
 * highlights' notes and the folding rules. Any change to these makes a stored index stale, and
 * it is rebuilt.
 */
export function indexStamp(library: Pick<LibraryDocument, 'sources' | 'highlights'>): string {
  const { sources } = library;
  const hash = createHash('sha256');
  hash.update(`format ${FORMAT} folding ${FOLDING_VERSION}\n`);
  for (const rules of [spellingRules, nameRules])
    hash.update(
      JSON.stringify(rules.map((r) => [r.pattern.source, r.pattern.flags, r.replacement])),
    );
  hash.update(JSON.stringify(cyrillicToLatin));
  hash.update(JSON.stringify(nameVariants));
  hash.update(JSON.stringify(nameAliasesInUse()));
  for (const s of sources) {
    const searched = [s.title, s.metadata, s.note ?? '', s.captions ?? []];
    hash.update(`\n${s.id}:${s.textHash}:${s.passages.length}:${JSON.stringify(searched)}`);
  }
  for (const h of library.highlights) if (h.note) hash.update(`\n${h.id}:${h.note}`);
  return hash.digest('hex');
}

interface Header {
  format: number;
  stamp: string;
  sources: string[];
  docSource: number[];
  docPassage: (string | null)[];
  docField: number[];
  docKey: (string | null)[];
  lengths: number[];
  removed: number[];
  terms: string[];
  counts: number[];
  byteLengths: number[];
}

export function encodeIndex(index: SearchIndex, stamp: string): Uint8Array {
  const sourceIds = new Map<string, number>();
  const header: Header = {
    format: FORMAT,
    stamp,
    sources: [],
    docSource: [],
    docPassage: [],
    docField: [],
    docKey: [],
    lengths: index.lengths,
    removed: [...index.removed],
    terms: [],
    counts: [],
    byteLengths: [],
  };
  for (const doc of index.docs) {
    let id = sourceIds.get(doc.sourceId);
    if (id === undefined) {
      id = header.sources.push(doc.sourceId) - 1;
      sourceIds.set(doc.sourceId, id);
    }
    header.docSource.push(id);
    header.docPassage.push(doc.passageId);
    header.docField.push(docFields.indexOf(doc.field));
    header.docKey.push(doc.key ?? null);
  }
  const blob = new ByteWriter();
  for (const term of index.postings.terms()) {
    const bytes = index.postings.encoded(term);
    header.terms.push(term);
    header.counts.push(index.postings.count(term));
    header.byteLengths.push(bytes.length);
    blob.bytes(bytes);
  }
  const json = Buffer.from(JSON.stringify(header));
  const out = Buffer.alloc(8 + json.length + blob.length);
  out.write(MAGIC, 0, 'ascii');
  out.writeUInt32LE(json.length, 4);
  json.copy(out, 8);
  out.set(blob.result(), 8 + json.length);
  return out;
}

/** The stored index, or null when it is missing, unreadable, of another format or stale. */
export async function readIndex(file: string, stamp: string): Promise<SearchIndex | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return null;
  }
  try {
    if (bytes.toString('ascii', 0, 4) !== MAGIC) return null;
    const headerLength = bytes.readUInt32LE(4);
    const header = JSON.parse(bytes.toString('utf8', 8, 8 + headerLength)) as Header;
    if (header.format !== FORMAT || header.stamp !== stamp) return null;
    const index = new SearchIndex();
    header.docSource.forEach((source, i) => {
      index.restoreDocument(
        {
          sourceId: header.sources[source]!,
          passageId: header.docPassage[i] ?? null,
          field: docFields[header.docField[i]!] ?? 'passage',
          ...(header.docKey[i] ? { key: header.docKey[i]! } : {}),
        },
        header.lengths[i]!,
      );
    });
    for (const ordinal of header.removed) index.removed.add(ordinal);
    let offset = 8 + headerLength;
    header.terms.forEach((term, i) => {
      const length = header.byteLengths[i]!;
      index.postings.load(term, header.counts[i]!, bytes.subarray(offset, offset + length));
      offset += length;
    });
    return offset === bytes.length ? index : null;
  } catch {
    return null;
  }
}

export function writeIndex(file: string, index: SearchIndex, stamp: string): Promise<void> {
  return writeAtomically(file, encodeIndex(index, stamp));
}
