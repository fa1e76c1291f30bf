/** One RIS record, its tags normalised, with what a generic RIS reader would misplace set apart. */
export interface RisRecord {
  /** The record in canonical "XX  - value" lines, for the parser. */
  text: string;
  /** 1-based line of its TY tag in the file. */
  line: number;
  /** TT: a translation of the title, which is not the title. */
  translatedTitle?: string;
  /** TA: the translated work's authors, who are not its authors. */
  translatedAuthors?: string[];
}

// Writers' files are hand-edited and exported by many programs: one or two spaces, or none,
// around the dash are all seen in the wild.
const TAG_LINE = /^\s*([A-Z][A-Z0-9])\s{0,3}-(?: (.*)|)$/;
const DOI = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)$/i;

/** Splits a RIS file into records, tolerant of spacing, and moves fields to their meaning. */
export function risRecords(text: string): RisRecord[] {
  const records: RisRecord[] = [];
  let lines: string[] | null = null;
  let start = 0;
  const finish = () => {
    if (lines) records.push(normalised(lines, start));
    lines = null;
  };
  text.split(/\r\n?|\n/).forEach((raw, index) => {
    const tag = TAG_LINE.exec(raw);
    if (tag?.[1] === 'TY') {
      finish();
      lines = [];
      start = index + 1;
    }
    if (!lines) return;
    lines.push(tag ? `${tag[1]}  - ${(tag[2] ?? '').trim()}` : raw);
    if (tag?.[1] === 'ER') finish();
  });
  finish();
  return records;
}

function normalised(lines: string[], line: number): RisRecord {
  const kept: string[] = [];
  const translatedAuthors: string[] = [];
  let translatedTitle: string | undefined;
  const hasDoi = lines.some((l) => l.startsWith('DO  - ') && l.length > 6);
  let doi: string | undefined;
  for (const l of lines) {
    const tag = l.slice(0, 2);
    const value = l.slice(6);
    // A blank line inside a record carries nothing; a parser would join it to the field before.
    if (!l.trim()) continue;
    if (!l.startsWith(`${tag}  - `)) kept.push(l);
    else if (tag === 'TT') translatedTitle = value;
    else if (tag === 'TA') translatedAuthors.push(value);
    // A1 is the older tag for the same primary authors; mixed, each reader keeps only one kind.
    else if (tag === 'A1') kept.push(`AU  - ${value}`);
    else if ((tag === 'M3' || tag === 'N1') && DOI.test(value.trim())) {
      // A DOI in M3 ("type of work") would print as the genre, "[Doi: 10…]".
      if (!hasDoi) doi ??= DOI.exec(value.trim())![1];
      if (tag === 'N1') kept.push(l);
    } else kept.push(l);
  }
  if (doi) kept.splice(1, 0, `DO  - ${doi}`);
  return {
    text: kept.join('\n'),
    line,
    ...(translatedTitle ? { translatedTitle } : {}),
    ...(translatedAuthors.length ? { translatedAuthors } : {}),
  };
}
