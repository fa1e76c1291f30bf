export interface RecoveredComment {
  text: string;
  author?: string;
  date?: string;
}

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten';
/** "One Comment", "12 Comments", "3 Responses to …", "Comments". */
const SECTION = new RegExp(
  `^((\\d+|${NUMBER_WORDS})\\s+)?(comments?|responses?|replies)(\\s+(to|on)\\b.*)?$`,
  'i',
);
const ENTRY = /^\s*(\d+)\.\s+(.*)$/;
const SAYS = /^(.{1,60}?)\s+(says|said|wrote):?$/i;
const DATE = /^(\p{L}+ \d{1,2}, \d{4}|\d{1,2} \p{L}+ \d{4}|\d{4}-\d{2}-\d{2})(\s+at\s+.*)?$/u;

/** How many lines are shaped like a comment's head: numbered, "Name says:", or a date line. */
export function commentShapes(lines: string[]): number {
  return lines.filter((l) => ENTRY.test(l) || SAYS.test(l.trim()) || DATE.test(l.trim())).length;
}

/** "12 Comments", "One Response": a heading that counts its entries. */
export function hasCount(line: string): boolean {
  return /^\S+\s/.test(line.trim()) && SECTION.exec(line.trim())?.[2] !== undefined;
}

export function isCommentSection(line: string): boolean {
  return SECTION.test(line.trim());
}

/**
 * The comments of a comment section: numbered entries ("1. …") with their indented continuation
 * paragraphs, or, unnumbered, the section's paragraphs as one comment. A "Name says:" line and a
 * date line at an entry's head give its author and date.
 */
export function splitComments(lines: string[]): RecoveredComment[] {
  const entries: string[][] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const numbered = ENTRY.exec(line);
    if (numbered) entries.push([numbered[2]!.trim()]);
    else if (entries.length) entries[entries.length - 1]!.push(line.trim());
    else entries.push([line.trim()]);
  }
  return entries.map((paragraphs) => {
    const comment: RecoveredComment = { text: '' };
    const body = [...paragraphs];
    const says = SAYS.exec(body[0] ?? '');
    if (says) {
      comment.author = says[1]!.trim();
      body.shift();
    }
    if (DATE.test(body[0] ?? '')) comment.date = body.shift()!;
    comment.text = body.join('\n\n');
    return comment;
  });
}
