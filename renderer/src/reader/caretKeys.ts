/**
 * Caret mode in the reader: the arrow keys move a caret through the text and Shift+arrows
 * select from it (Ctrl/Alt+arrows by word, Home/End to the line's ends), so a writer can select
 * words and tag them with keys 1–9 without a mouse. Chromium's Selection.modify moves by the
 * text as laid out, as a text editor does.
 */
const MOVES: Record<string, ['forward' | 'backward', 'character' | 'line' | 'lineboundary']> = {
  ArrowRight: ['forward', 'character'],
  ArrowLeft: ['backward', 'character'],
  ArrowDown: ['forward', 'line'],
  ArrowUp: ['backward', 'line'],
  End: ['forward', 'lineboundary'],
  Home: ['backward', 'lineboundary'],
};

/** Where the caret starts when the reader has none: the first passage, or the given one. */
function placeCaret(page: HTMLElement, selection: Selection): boolean {
  const start = page.querySelector('.passage.is-focused') ?? page.querySelector('.passage');
  if (!start) return false;
  const walker = document.createTreeWalker(start, NodeFilter.SHOW_TEXT);
  const text = walker.nextNode();
  if (!text) return false;
  selection.collapse(text, 0);
  return true;
}

/** Handles a key of caret mode; true when it did (the caller stops the page from scrolling). */
export function caretKey(e: KeyboardEvent | React.KeyboardEvent, page: HTMLElement): boolean {
  const move = MOVES[e.key];
  if (!move || e.metaKey) return false;
  const selection = window.getSelection();
  if (!selection) return false;
  const inPage = selection.rangeCount > 0 && page.contains(selection.anchorNode);
  if (!inPage) return placeCaret(page, selection);
  const [direction, unit] = move;
  const byWord = (e.ctrlKey || e.altKey) && unit === 'character';
  selection.modify(e.shiftKey ? 'extend' : 'move', direction, byWord ? 'word' : unit);
  return true;
}
