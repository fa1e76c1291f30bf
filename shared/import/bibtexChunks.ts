/** One top-level item of a .bib file: an entry, or an @string/@preamble/@comment. */
export interface BibChunk {
  kind: 'entry' | 'string' | 'preamble' | 'comment';
  /** The entry type as written, lower-cased ("article", "online"). */
  type: string;
  /** The citation key, for entries. */
  key: string;
  text: string;
  /** 1-based line of the "@" in the file, so a report can point the writer at it. */
  line: number;
  /** Set when the entry's braces never close: the rest of the file was not read as part of it. */
  unclosed?: true;
}

const HEAD = /@\s*([A-Za-z][\w-]*)\s*([{(])/y;
const SPECIAL = new Set(['string', 'preamble', 'comment']);

/**
 * Splits a .bib file into its top-level items by counting braces, so one entry's error stays that
 * entry's: a parser given the whole file rejects all of it for one bad field. Text between items
 * is a comment in BibTeX and is skipped, as BibTeX skips it.
 */
export function bibtexChunks(text: string): BibChunk[] {
  const chunks: BibChunk[] = [];
  let at = 0;
  let line = 1;
  let lineAt = 0;
  const lineOf = (index: number) => {
    for (; lineAt < index; lineAt++) if (text.charCodeAt(lineAt) === 10) line++;
    return line;
  };
  while ((at = text.indexOf('@', at)) >= 0) {
    HEAD.lastIndex = at;
    const head = HEAD.exec(text);
    if (!head) {
      at++;
      continue;
    }
    const type = head[1]!.toLowerCase();
    const close = head[2] === '{' ? '}' : ')';
    const end = closingIndex(text, HEAD.lastIndex, head[2]!, close);
    const stop = end < 0 ? nextItemStart(text, HEAD.lastIndex) : end + 1;
    const body = text.slice(at, stop);
    const kind = SPECIAL.has(type) ? (type as BibChunk['kind']) : 'entry';
    const key = kind === 'entry' ? (/^[^,\s]*/.exec(text.slice(HEAD.lastIndex))?.[0] ?? '') : '';
    chunks.push({
      kind,
      type,
      key: key.trim(),
      text: body,
      line: lineOf(at),
      ...(end < 0 ? { unclosed: true as const } : {}),
    });
    at = stop;
  }
  return chunks;
}

/** The index of the delimiter that closes the item opened just before `from`, or -1. */
function closingIndex(text: string, from: number, open: string, close: string): number {
  // Braces nest inside either form; a "(" item ends at the ")" outside every brace.
  let braces = open === '{' ? 1 : 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    // BibTeX counts every brace, escaped or not: "\{" must be balanced too.
    if (c === '{') braces++;
    else if (c === '}') {
      braces--;
      if (open === '{' && braces === 0) return i;
    } else if (c === close && open === '(' && braces === 0) return i;
  }
  return -1;
}

/** Where an unclosed entry should stop: at the next line that starts a new item. */
function nextItemStart(text: string, from: number): number {
  const next = /\n\s*@\s*[A-Za-z][\w-]*\s*[{(]/g;
  next.lastIndex = from;
  const match = next.exec(text);
  return match ? match.index + 1 : text.length;
}
