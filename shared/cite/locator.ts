export interface Locator {
  locator: string;
  label: string;
}

// Each label whole ("p" is not the start of "para").
const LABELS: [RegExp, string][] = [
  [/^(pages|page|pp|p)(?![a-z])\.?\s*/i, 'page'],
  [/^(paragraphs|paragraph|paras|para|¶)(?![a-z])\.?\s*/i, 'paragraph'],
  [/^(chapter|chap|ch)(?![a-z])\.?\s*/i, 'chapter'],
  [/^(section|sec|§)(?![a-z])\.?\s*/i, 'section'],
];

/** "p. 12", "para. 3", "¶ 3" or a bare "12" (a page) as CSL's locator and label. */
export function parseLocator(text: string): Locator {
  const trimmed = text.trim();
  for (const [pattern, label] of LABELS) {
    if (pattern.test(trimmed)) return { locator: trimmed.replace(pattern, ''), label };
  }
  return { locator: trimmed, label: 'page' };
}
