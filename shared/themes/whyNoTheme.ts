import { worded, type Wording } from '../text/wording';
import { readCodebookWords } from './codebookWords';

/**
 * Why no theme could be read, as one wording: each place and reason read back, so the window
 * words them all ("the file is empty" where nothing was set aside).
 */
export function whyNoTheme(setAside: readonly { where: string; reason: string }[]): Wording {
  const line = (s: { where: string; reason: string }) =>
    worded('{{where}}: {{reason}}', {
      where: readCodebookWords(s.where) ?? s.where,
      reason: readCodebookWords(s.reason) ?? s.reason,
    });
  const [first, ...rest] = setAside;
  if (!first) return worded('the file is empty');
  return rest.length
    ? worded('{{first}}; {{rest}}', { first: line(first), rest: whyNoTheme(rest) })
    : line(first);
}
