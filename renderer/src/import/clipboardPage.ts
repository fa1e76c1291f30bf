import { i18n } from '../i18n/i18n';
import { fileTimeStamp } from '../../../shared/text/timeStamp';

/** What a paste or a drop hands the window: each flavour the clipboard held, or null. */
export interface ClipboardContent {
  html: string | null;
  text: string | null;
}

export type ClipboardPick = { file: File } | { refused: string };

const LINK_ONLY = /^\s*(?:https?|ftp|file):\/\/\S+\s*$/iu;

/** The words a fragment of HTML shows, for telling a copied page from a copied link. */
function shownText(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  for (const node of Array.from(document.querySelectorAll('script, style, template')))
    node.remove();
  return document.body?.textContent ?? '';
}

/**
 * What to import from the clipboard: the page's markup when it has one, so the saved-page reader
 * finds the article among the site's menus as it does for a saved page; the plain text only when
 * there is no markup. A link alone is refused: Dossier fetches nothing from the web.
 */
export function clipboardFile(content: ClipboardContent, now: Date): ClipboardPick {
  const shown = content.html ? shownText(content.html) : '';
  const text = content.text ?? '';
  if (LINK_ONLY.test(shown.trim() ? shown : text))
    return {
      refused: i18n.t(
        'The clipboard holds a link, not a page: Dossier fetches nothing from the web. Copy the page’s text (Ctrl+A, Ctrl+C) or save the page and import it.',
      ),
    };
  if (content.html && shown.trim())
    return {
      file: new File([content.html], `Pasted page ${fileTimeStamp(now)}.html`, {
        type: 'text/html',
      }),
    };
  if (text.trim())
    return {
      file: new File([text], `Pasted text ${fileTimeStamp(now)}.txt`, { type: 'text/plain' }),
    };
  return { refused: i18n.t('The clipboard holds no text to import.') };
}
