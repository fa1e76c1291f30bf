import { inEnglish, worded, type Wording } from '../text/wording';

/**
 * What a citation key was used for, as a source's record keeps it: English sentences (the CLI
 * shows them as they are, and libraries made before keep theirs), written from these texts and
 * read back into them, so the window can word a use in its own language.
 */
export const KEY_USE_TEXTS = [
  'exported as {{format}} on {{date}}',
  'cited in “{{title}}” on {{date}}',
  'cited in a Word draft on {{date}}',
  'copied as [@{{key}}] on {{date}}',
  'kept in {{path}}',
] as const;

export type KeyUseText = (typeof KEY_USE_TEXTS)[number];

/** A use as the record keeps it. */
export function keyUse(text: KeyUseText, values: Record<string, string>): string {
  return inEnglish(worded(text, values));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Each text as a pattern that gives its values back. */
const readers = KEY_USE_TEXTS.map((text) => {
  const names: string[] = [];
  const pattern = escape(text).replace(/\\\{\\\{(\w+)\\\}\\\}/gu, (_, name: string) => {
    names.push(name);
    return name === 'date' ? '(\\d{4}-\\d{2}-\\d{2})' : '(.+)';
  });
  return { text, names, pattern: new RegExp(`^${pattern}$`, 'u') };
});

/** A kept use read back into its text and values; null for one of no known shape. */
export function readKeyUse(use: string): Wording<KeyUseText> | null {
  for (const { text, names, pattern } of readers) {
    const match = pattern.exec(use);
    if (match) return worded(text, Object.fromEntries(names.map((n, i) => [n, match[i + 1]!])));
  }
  return null;
}
