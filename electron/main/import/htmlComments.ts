import { collapseWhitespace } from '../../../shared/import/documentLayout';
import type { RecoveredComment } from '../../../shared/import/webText/comments';
import { textOf } from './htmlBlocks';

/**
 * How blogs and news sites mark a reader comment (WordPress, Disqus exports, schema.org), and
 * Disqus's own thread (its frame, set in by the browser extension: a post list of li.post).
 */
const ENTRY =
  '[itemtype$="schema.org/Comment"], li.comment, article.comment, div.comment, li[id^="comment-"], article[id^="comment-"], #post-list li.post';
const SECTION =
  '#comments, #respond, .comments-area, .comment-respond, .comment-list, .commentlist, section.comments, #disqus_thread';
/** In order of preference: the body wrapper also holds the byline and the reply link. */
const CONTENT = [
  '.comment-content',
  '.comment-text',
  '[itemprop="text"]',
  // hAtom, which many blog themes use for comments as for posts.
  '.entry-content',
  '.comment-body',
  '.post-message',
];
const AUTHOR =
  '.comment-author .fn, .fn, [itemprop="author"] [itemprop="name"], [itemprop="author"], .comment-author, .post-byline .author';
/** Parts of a comment entry that are about it, not of it. */
const FURNITURE =
  '.reply, .comment-reply-link, .comment-meta, .comment-metadata, .comment-author, .fn, .says, .avatar';

/** The entry's text without its replies, its byline and its reply link. */
function ownText(entry: Element): string {
  const copy = entry.cloneNode(true) as Element;
  for (const inner of Array.from(copy.querySelectorAll(`${ENTRY}, ${FURNITURE}, .children`))) {
    inner.remove();
  }
  return textOf(copy);
}

/**
 * The reader comments a saved page marks as such, each with its author and date where the page
 * gives them; the comment section is taken out of the document so it never runs into the article.
 */
export function takeHtmlComments(document: Document): RecoveredComment[] {
  const entries = Array.from(document.querySelectorAll(ENTRY));
  const comments: RecoveredComment[] = [];
  for (const entry of entries) {
    const content = CONTENT.map((selector) =>
      Array.from(entry.querySelectorAll(selector)).find((c) => c.closest(ENTRY) === entry),
    ).find(Boolean);
    const text = collapseWhitespace(ownText(content ?? entry));
    if (!text) continue;
    const author = Array.from(entry.querySelectorAll(AUTHOR)).find(
      (a) => a.closest(ENTRY) === entry,
    );
    const time = Array.from(entry.querySelectorAll('time, a.time-ago[title]')).find(
      (t) => t.closest(ENTRY) === entry,
    );
    const authorName = author ? collapseWhitespace(textOf(author)).replace(/\s+says:?$/i, '') : '';
    // Disqus writes "2 hours ago" and keeps the moment in the link's title.
    const date =
      time?.getAttribute('datetime') ??
      (time?.matches('a.time-ago') ? time.getAttribute('title') : null) ??
      (time ? collapseWhitespace(time.textContent ?? '') : '');
    comments.push({
      text,
      ...(authorName ? { author: authorName } : {}),
      ...(date ? { date } : {}),
    });
  }
  for (const section of Array.from(document.querySelectorAll(SECTION))) section.remove();
  for (const entry of Array.from(document.querySelectorAll(ENTRY))) entry.remove();
  return comments;
}
