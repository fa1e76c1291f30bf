import { linesOf } from '../../../shared/import/plainText';
import { dateParts } from '../../../shared/import/personName';
import type { RecoveredComment } from '../../../shared/import/webText/comments';
import type { CslMetadata, SourceRecord } from '../../../shared/model/source';
import { sha256 } from './hash';

export interface PreparedComment {
  text: string;
  textHash: string;
  record: (now: Date, parent: SourceRecord, index: number) => SourceRecord;
}

/** APA's rule for a comment with no title of its own: up to its first 20 words. */
const COMMENT_TITLE_WORDS = 20;

function commentTitle(text: string): string {
  const words = text.split(/\s+/).filter(Boolean).slice(0, COMMENT_TITLE_WORDS);
  // The style adds its own punctuation after a title.
  return words.join(' ').replace(/[.,;:!?…]+$/, '');
}

/** "2022-01-06T10:00", "January 6, 2022 at 3:14 pm", "6 January 2022" as CSL date parts. */
function commentDate(date: string | undefined): CslMetadata {
  if (!date) return {};
  let parts = dateParts(date);
  if (!parts) {
    const parsed = new Date(`${date.replace(/\s+at\s+.*$/i, '')} UTC`);
    if (!Number.isNaN(parsed.getTime())) {
      parts = [parsed.getUTCFullYear(), parsed.getUTCMonth() + 1, parsed.getUTCDate()];
    }
  }
  return parts ? { issued: { 'date-parts': [parts] } } : {};
}

/** A reader comment as a source of its own, linked to its article and citable on its own. */
export function prepareComment(comment: RecoveredComment): PreparedComment {
  const text = comment.text;
  const textHash = sha256(text);
  return {
    text,
    textHash,
    record: (now, parent, index) => {
      const id = `s${sha256(`${parent.id}:${textHash}`).slice(0, 12)}`;
      // A comment's paragraphs are its passages; its first line is no title.
      const spans = linesOf(text).filter((l) => l.text.trim());
      return {
        id,
        title: `Comment ${index + 1} on “${parent.title}”${comment.author ? ` by ${comment.author}` : ''}`,
        type: 'comment',
        file: parent.file,
        textHash,
        original: parent.original,
        importedAt: now.toISOString(),
        parentId: parent.id,
        metadata: {
          type: 'post',
          genre: 'Comment',
          title: commentTitle(text),
          ...(comment.author ? { author: [{ literal: comment.author }] } : {}),
          ...commentDate(comment.date),
          ...(typeof parent.metadata['container-title'] === 'string'
            ? { 'container-title': parent.metadata['container-title'] }
            : {}),
          ...(parent.metadata.URL ? { URL: parent.metadata.URL } : {}),
        },
        passages: spans.map((span, i) => ({
          id: `${id}-p${i + 1}`,
          start: span.start,
          end: span.end,
        })),
      };
    },
  };
}
