export interface RecoveredComment {
  text: string;
  author?: string;
  date?: string;
}

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten';
/**
 * "One Comment", "12 Comments", "3 Responses to …", "Comments", "[ 167 comments ]", "Top Rated
 * Comments", "Comments (12)", "Reader comments".
 */
const SECTION = new RegExp(
  `^[[(]?\\s*((\\d[\\d,]*|${NUMBER_WORDS})\\s+)?(?:(?:top|most|all|best|latest|newest|recent|reader|readers['’]?|user|top rated|highest rated)\\s+)*(comments?|responses?|replies|discussions?)(\\s*\\(\\d[\\d,]*\\))?(\\s+(to|on)\\b.*)?\\s*[\\])]?$`,
  'i',
);
const ENTRY = /^\s*(\d+)\.\s+(.*)$/;
const SAYS = /^(.{1,60}?)\s+(says|said|wrote):?$/i;
// "March 4, 2024", "4 March 2024", "2024-03-04", "2 days ago at 07:52 am", "Yesterday at 9:14".
const DATE =
  /^(\p{L}+ \d{1,2}, \d{4}|\d{1,2} \p{L}+ \d{4}|\d{4}-\d{2}-\d{2}|\d{1,3}\s*(?:s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|months?|y|years?)\s+ago|yesterday|today)(\s+at\s+.*)?$/iu;
/** A comment's own buttons and counts: "Rating: 36 Votes", "Reply", "Like", "12 likes". */
const COMMENT_TOOL =
  /^(?:reply|like|likes|report|share|flag|upvote|downvote|permalink|\(view all\)|view all|rating:?\s*[-+]?\d+\s*votes?|[-+]?\d+\s*(?:votes?|likes?|points?|replies))$/i;
/** A commenter's name on its own line: a few words, no sentence. */
const NAME = /^[^.!?,;:]{1,40}$/u;

/** How many lines are shaped like a comment's head: numbered, "Name says:", or a date line. */
export function commentShapes(lines: string[]): number {
  return lines.filter((l) => ENTRY.test(l) || SAYS.test(l.trim()) || DATE.test(l.trim())).length;
}

/**
 * How many comments are set out as a name over a date over the text ("Woyzeck / 2 days ago at
 * 07:52 am / It's good…"): a list of other stories is a title over a date, and titles are
 * longer or punctuated.
 */
export function headedCommentShapes(lines: string[]): number {
  const text = lines.map((l) => l.trim()).filter(Boolean);
  return text.filter(
    (l, i) =>
      DATE.test(l) &&
      i > 0 &&
      NAME.test(text[i - 1]!) &&
      text[i - 1]!.split(/\s+/).length <= 4 &&
      i + 1 < text.length &&
      !DATE.test(text[i + 1]!),
  ).length;
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
  const heads = headedComments(lines);
  if (heads) return heads;
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

/**
 * Comments set out as a name, a date and the text ("Woyzeck / 2 days ago at 07:52 am / It's
 * good… / Rating: 36 Votes"): one comment a date line, its author the short line before it;
 * the comment's buttons and vote counts left out. Null where fewer than two dates head lines.
 */
function headedComments(lines: string[]): RecoveredComment[] | null {
  const text = lines.map((l) => l.trim()).filter(Boolean);
  const dates = text.flatMap((l, i) => (DATE.test(l) ? [i] : []));
  if (dates.length < 2 || text.some((l) => ENTRY.test(l))) return null;
  const comments: RecoveredComment[] = [];
  dates.forEach((at, n) => {
    const next = dates[n + 1];
    const nextAuthor = next !== undefined && next - 1 > at && NAME.test(text[next - 1]!) ? 1 : 0;
    const stop = next === undefined ? text.length : next - nextAuthor;
    const body = text.slice(at + 1, stop).filter((l) => !COMMENT_TOOL.test(l));
    const author = at > 0 && NAME.test(text[at - 1]!) ? text[at - 1] : undefined;
    if (body.length)
      comments.push({ text: body.join('\n\n'), date: text[at]!, ...(author ? { author } : {}) });
  });
  return comments;
}
