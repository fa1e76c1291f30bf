import { inflateSync } from 'node:zlib';

/** An object stream inflates to at most this: a larger one is not looked into. */
const MAX_OBJECT_STREAM_BYTES = 64 * 1024 * 1024;

const REF = /\d+\s+\d+\s+R\b/gu;

/**
 * Counts each page's annotations in the file's own bytes, before pdf.js reads them. pdf.js
 * builds every annotation of a page at once (about 100 KB each for a highlight), so a page that
 * names a million is 100 GB: it must be known before, not found out. Reads objects written
 * plainly and those packed in Flate object streams; a page it cannot find is `null`, unknown.
 */
export function pageAnnotationCounter(bytes: Uint8Array): (pageObject: number) => number | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let objects: Map<number, string> | null = null;
  const objectText = (num: number): string | null => {
    objects ??= objectsOf(text);
    return objects.get(num) ?? null;
  };
  return (pageObject) => {
    const page = objectText(pageObject);
    if (page === null) return null;
    const at = /\/Annots\s*(\[|(\d+)\s+\d+\s+R)/u.exec(page);
    if (!at) return 0;
    if (at[2] !== undefined) {
      const array = objectText(Number(at[2]));
      return array === null ? null : refsIn(array, array.indexOf('['));
    }
    return refsIn(page, at.index + at[0].length - 1);
  };
}

/** The references in the array that opens at `open`, up to its closing bracket. */
function refsIn(text: string, open: number): number | null {
  if (open < 0) return null;
  const close = text.indexOf(']', open);
  return (text.slice(open, close < 0 ? undefined : close).match(REF) ?? []).length;
}

/** Every object's text by its number: the last written wins, as incremental updates intend. */
function objectsOf(text: string): Map<number, string> {
  const found = new Map<number, string>();
  const starts = [...text.matchAll(/(\d+)\s+\d+\s+obj\b/gu)];
  starts.forEach((m, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]!.index : text.length;
    const body = text.slice(m.index + m[0].length, end);
    found.set(Number(m[1]), body);
    if (/\/Type\s*\/ObjStm\b/u.test(body)) unpackObjectStream(body, found);
  });
  return found;
}

/** The objects an object stream holds, when it is Flate-compressed as writers make them. */
function unpackObjectStream(body: string, found: Map<number, string>): void {
  const first = /\/First\s+(\d+)/u.exec(body);
  const count = /\/N\s+(\d+)/u.exec(body);
  const start = /stream\r?\n/u.exec(body);
  if (!first || !count || !start || !/\/FlateDecode\b/u.test(body)) return;
  const dataStart = start.index + start[0].length;
  const dataEnd = body.lastIndexOf('endstream');
  let data: string;
  try {
    const raw = Buffer.from(body.slice(dataStart, dataEnd < 0 ? undefined : dataEnd), 'latin1');
    data = inflateSync(raw, { maxOutputLength: MAX_OBJECT_STREAM_BYTES }).toString('latin1');
  } catch {
    return;
  }
  const offset = Number(first[1]);
  const header = data.slice(0, offset).trim().split(/\s+/u).map(Number);
  const n = Math.min(Number(count[1]), Math.floor(header.length / 2));
  for (let i = 0; i < n; i++) {
    const from = offset + header[2 * i + 1]!;
    const to = i + 1 < n ? offset + header[2 * i + 3]! : data.length;
    // A plain object of the same number written later is an update: it stays.
    if (!found.has(header[2 * i]!)) found.set(header[2 * i]!, data.slice(from, to));
  }
}
