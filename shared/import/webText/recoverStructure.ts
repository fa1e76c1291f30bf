import {
  layoutDocument,
  type BlockCaption,
  type DocumentBlock,
  type LaidOutText,
} from '../documentLayout';
import { blocksOf, isHardWrapped, linesOf, MAX_TITLE_LENGTH, type Line } from '../plainText';
import { parseCaption } from './captions';
import { isCommentSection, splitComments, type RecoveredComment } from './comments';
import { isFurniture, startsTrailingBlock } from './furniture';

export interface RecoveredText extends LaidOutText {
  title: string | null;
  blocks: DocumentBlock[];
  blockCaptions: BlockCaption[];
  comments: RecoveredComment[];
  /** A closing signature ("Stefan"), offered as the author. */
  signature: string | null;
  /** Lines dropped as site furniture, for the import report. */
  furniture: string[];
}

const MAX_HEADING = 80;
const MAX_HEADING_WORDS = 10;

function isHeadingLike(text: string): boolean {
  return (
    text.length <= MAX_HEADING &&
    text.split(/\s+/).length <= MAX_HEADING_WORDS &&
    !/[.,;:!…"”’)]$/.test(text) &&
    /^[\p{Lu}\p{N}‘“'"]/u.test(text)
  );
}

/** One to three capitalised words, not ending a sentence: "Stefan", "J. Smith", "Anna Keller". */
function isSignature(text: string): boolean {
  return (
    text.length <= 30 &&
    !text.endsWith('.') &&
    /^\p{Lu}[\p{L}.'-]*(\s+\p{Lu}[\p{L}.'-]*){0,2}$/u.test(text)
  );
}

/** Cuts the comment section and any trailing join/subscribe block out of the lines. */
function splitOffTail(lines: Line[]): {
  body: Line[];
  comments: RecoveredComment[];
  furniture: string[];
} {
  const furniture: string[] = [];
  let end = lines.length;
  const trailing = lines.findIndex((l, i) => i > 0 && startsTrailingBlock(l.text));
  if (trailing >= 0) {
    furniture.push(
      ...lines
        .slice(trailing)
        .map((l) => l.text.trim())
        .filter(Boolean),
    );
    end = trailing;
  }
  const section = lines.findIndex((l, i) => i > 0 && i < end && isCommentSection(l.text));
  if (section < 0) return { body: lines.slice(0, end), comments: [], furniture };
  let stop = section + 1;
  while (stop < end && !isFurniture(lines[stop]!.text)) stop++;
  furniture.push(lines[section]!.text.trim());
  return {
    body: [...lines.slice(0, section), ...lines.slice(stop, end)],
    comments: splitComments(lines.slice(section + 1, stop).map((l) => l.text)),
    furniture,
  };
}

/**
 * Recovers an article's structure from text pasted from a web page: site furniture dropped,
 * the comment section split into comments, figure captions set apart, short lines between
 * paragraphs taken as section headings, a closing signature offered as the author.
 */
export function recoverStructure(normalized: string): RecoveredText {
  const { body, comments, furniture } = splitOffTail(linesOf(normalized));
  const units = blocksOf(body).flatMap((block) =>
    isHardWrapped(block)
      ? [block.map((l) => l.text.trim()).join('\n')]
      : block.map((l) => l.text.trim()),
  );

  // The prose unit after each unit, found in one pass from the end (not a search per unit: a
  // 19 MB paste has a million units).
  const prose = units.map((u) => !isFurniture(u) && !parseCaption(u));
  const nextProse: (string | undefined)[] = new Array(units.length);
  for (let i = units.length - 1, after: string | undefined; i >= 0; i--) {
    nextProse[i] = after;
    if (prose[i]) after = units[i];
  }

  // Assigned inside the loop's callback, which TypeScript's narrowing does not follow.
  let title = null as string | null;
  const kept: DocumentBlock[] = [];
  const captions: BlockCaption[] = [];
  let signature: string | null = null;
  units.forEach((unit, i) => {
    if (!prose[i] && isFurniture(unit)) return void furniture.push(unit);
    const caption = prose[i] ? null : parseCaption(unit);
    if (caption) return void captions.push({ ...caption, before: kept.length });
    if (
      title === null &&
      kept.length === 0 &&
      unit.length <= MAX_TITLE_LENGTH &&
      !unit.includes('\n')
    ) {
      return void (title = unit);
    }
    const next = nextProse[i];
    const last = next === undefined;
    if (last && kept.length > 0 && isSignature(unit)) return void (signature = unit);
    const heading =
      !last && kept.length > 0 && isHeadingLike(unit) && next.length > unit.length * 2;
    kept.push({ kind: heading ? 'heading' : 'paragraph', text: unit });
  });

  return {
    ...layoutDocument(title, kept, captions),
    title,
    blocks: kept,
    blockCaptions: captions,
    comments,
    signature,
    furniture,
  };
}
