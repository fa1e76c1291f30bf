export interface Locator {
  locator: string;
  label: string;
}

const LABELS: [RegExp, string][] = [
  [/^(p|pp|page|pages)\.?\s*/i, 'page'],
  [/^(para|paras|paragraph|paragraphs|¶)\.?\s*/i, 'paragraph'],
  [/^(ch|chap|chapter)\.?\s*/i, 'chapter'],
  [/^(sec|section|§)\.?\s*/i, 'section'],
];

/** "p. 12", "para. 3", "¶ 3" or a bare "12" (a page) as CSL's locator and label. */
export function parseLocator(text: string): Locator {
  const trimmed = text.trim();
  for (const [pattern, label] of LABELS) {
    if (pattern.test(trimmed)) return { locator: trimmed.replace(pattern, ''), label };
  }
  return { locator: trimmed, label: 'page' };
}
