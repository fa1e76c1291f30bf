/** Elements with no end tag, and elements whose end tag pages commonly leave out. */
const VOID = new Set(
  'area base br col embed hr img input link meta param source track wbr'.split(' '),
);
const IMPLIED_END = new Set(
  'p li dt dd tr td th thead tbody tfoot option optgroup rb rt rtc rp colgroup caption'.split(' '),
);

/** Deeper than any page a writer saves; jsdom's parser gives up (slowly) far past it. */
export const MAX_HTML_DEPTH = 1000;

/**
 * How deeply a page's elements nest, counted from its tags in one pass and without a parser:
 * the parser itself is what a pathological page would exhaust. Tags whose end is often implied
 * are not counted, so a sloppy page is not taken for a deep one.
 */
export function htmlNestingDepth(html: string): number {
  const source = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '');
  let depth = 0;
  let deepest = 0;
  for (const m of source.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    const name = m[2]!.toLowerCase();
    if (VOID.has(name) || IMPLIED_END.has(name) || m[3]) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}
