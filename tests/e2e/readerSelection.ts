import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Selects a phrase in the reader as a writer dragging over it would. */
export async function select(page: Page, phrase: string) {
  const found = await page.evaluate((text) => {
    const walker = document.createTreeWalker(
      document.querySelector('.reader-page')!,
      NodeFilter.SHOW_TEXT,
    );
    // The phrase may cross segment boundaries: collect text nodes and search their joined text.
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const joined = nodes.map((n) => n.data).join('');
    const at = joined.indexOf(text);
    if (at === -1) return false;
    const locate = (offset: number) => {
      let seen = 0;
      for (const node of nodes) {
        if (offset <= seen + node.data.length) return { node, offset: offset - seen };
        seen += node.data.length;
      }
      throw new Error('past the end');
    };
    const start = locate(at);
    const end = locate(at + text.length);
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return true;
  }, phrase);
  expect(found, phrase).toBe(true);
}

/** The colours underlining the words of a phrase. */
export async function underlineColours(page: Page, phrase: string): Promise<string[]> {
  return page.evaluate((text) => {
    const segment = [...document.querySelectorAll<HTMLElement>('.reader-page .highlighted')].find(
      (el) => (el.textContent ?? '').includes(text),
    );
    if (!segment) return [];
    return [...getComputedStyle(segment).boxShadow.matchAll(/rgb\([^)]+\)/g)].map((m) => m[0]);
  }, phrase);
}
