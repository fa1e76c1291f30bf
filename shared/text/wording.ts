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

/** A sentence said as English and kept or sent so, to be read back by the window (readerOf). */
export function said<T extends string>(text: T, values: Record<string, string> = {}): string {
  return inEnglish(worded(text, values));
}

/** The one text or the other, by a count: "1 row …" or "12 rows …". */
export function saidCounted<T extends string>(
  one: T,
  many: T,
  count: number,
  values: Record<string, string> = {},
): string {
  return count === 1 ? said(one, values) : said(many, { ...values, count: String(count) });
}

/**
 * The words a text fixes beside its placeholders: of two shapes that fit a sentence, the one that
 * fixes more is what was said ("1 link … not read: …" rather than "{{where}}: {{reason}}").
 */
export const fixedLength = (text: string) => text.replace(/\{\{\w+\}\}/gu, '').length;

const escapeForPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * A reader of sentences written from one of `texts`, back into their text and values, for
 * messages kept or sent as English (a record's, a reader's warnings); null for one of no known
 * shape. `shapes` narrows what a placeholder may hold (a date, a count); any other holds any
 * text. Of two texts that fit, the one that fixes more words is what was said. The patterns are
 * made once, not per sentence: the window reads every line of a report, and every value in it.
 */
export function readerOf<T extends string>(
  texts: readonly T[],
  shapes: Record<string, string> = {},
): (sentence: string) => Wording<T> | null {
  const patterns = texts.map((text) => {
    const names: string[] = [];
    const pattern = escapeForPattern(text).replace(/\\\{\\\{(\w+)\\\}\\\}/gu, (_, name: string) => {
      names.push(name);
      return `(${shapes[name] ?? '.+'})`;
    });
    return { text, names, pattern: new RegExp(`^${pattern}$`, 'u'), fixed: fixedLength(text) };
  });
  return (sentence) => {
    let best: (typeof patterns)[number] | null = null;
    let values: string[] = [];
    for (const candidate of patterns) {
      const match = candidate.pattern.exec(sentence);
      if (match && (!best || candidate.fixed > best.fixed)) {
        best = candidate;
        values = match.slice(1);
      }
    }
    return best && worded(best.text, Object.fromEntries(best.names.map((n, i) => [n, values[i]!])));
  };
}

/**
 * One list of texts as the service says them: a sentence in English, the one text or the other by
 * a count, and a sentence read back (null for one of no known shape).
 */
export function sayings<T extends string>(
  texts: readonly T[],
  shapes: Record<string, string> = {},
): {
  say: (text: T, values?: Record<string, string>) => string;
  sayCounted: (one: T, many: T, count: number, values?: Record<string, string>) => string;
  read: (sentence: string) => Wording<T> | null;
} {
  return {
    say: (text, values = {}) => said(text, values),
    sayCounted: (one, many, count, values = {}) => saidCounted(one, many, count, values),
    read: readerOf(texts, shapes),
  };
}
