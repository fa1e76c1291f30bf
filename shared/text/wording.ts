/**
 * A message the service says and the window words in its own language: an English text with
 * {{placeholders}} (the key of the window's catalogue) and the values for them. A value is the
 * writer's own (a name, a file, a title), kept as written, or a wording of its own ("an EPUB"),
 * which the window words too. The CLI and the logs read the English (inEnglish).
 */
export interface Wording<T extends string = string> {
  text: T;
  values: Record<string, string | Wording>;
}

/** The placeholders a text names, in order. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/gu)].map((m) => m[1]!);
}

/**
 * A text with its values. Every placeholder must be given and nothing else, so a message never
 * reaches the window with a hole in it.
 */
export function worded<T extends string>(
  text: T,
  values: Record<string, string | Wording> = {},
): Wording<T> {
  const wanted = placeholders(text);
  const given = Object.keys(values);
  if (wanted.length !== given.length || wanted.some((name) => !given.includes(name)))
    throw new Error(`The text "${text}" takes ${wanted.join(', ') || 'no values'}.`);
  return { text, values };
}

/** The message in English, its values put in. */
export function inEnglish(wording: Wording): string {
  return wording.text.replace(/\{\{(\w+)\}\}/gu, (_, name: string) => {
    const value = wording.values[name];
    return value === undefined ? '' : typeof value === 'string' ? value : inEnglish(value);
  });
}

const escapeForPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * A sentence written from one of `texts` read back into its text and values, for messages kept
 * or sent as English (a record's, a reader's warnings); null for one of no known shape. `shapes`
 * narrows what a placeholder may hold (a date, a count); any other holds any text.
 */
export function readBack<T extends string>(
  texts: readonly T[],
  sentence: string,
  shapes: Record<string, string> = {},
): Wording<T> | null {
  for (const text of texts) {
    const names: string[] = [];
    const pattern = escapeForPattern(text).replace(/\\\{\\\{(\w+)\\\}\\\}/gu, (_, name: string) => {
      names.push(name);
      return `(${shapes[name] ?? '.+'})`;
    });
    const match = new RegExp(`^${pattern}$`, 'u').exec(sentence);
    if (match) return worded(text, Object.fromEntries(names.map((n, i) => [n, match[i + 1]!])));
  }
  return null;
}
