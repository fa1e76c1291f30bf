import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * An HTML fragment parsed as the body of a document of its own. JSDOM.fragment moves each
 * parsed node out of a template one at a time, and jsdom re-counts the siblings on every move:
 * quadratic, so a Word file of 40,000 paragraphs took half a minute. Parsed as a body, nothing
 * moves. The caller closes the window when done with the body.
 */
export function htmlBody(html: string): { body: HTMLElement; close: () => void } {
  const { window } = new JSDOM(`<!DOCTYPE html><html><body>${html}</body></html>`, {
    virtualConsole: new VirtualConsole(),
  });
  return { body: window.document.body, close: () => window.close() };
}
