/**
 * The language citations are made in: a CSL locale's tag, and the official locale files
 * citeproc-js may ask for while it builds them (the language itself, the style's own default
 * and en-US, which citeproc-js falls back to for any term a locale lacks).
 */
export interface CitationLocale {
  /** The tag the writer chose ("de-DE"), or null: the style's default, else American English. */
  lang: string | null;
  /** Locale XML by tag. */
  files: Readonly<Record<string, string>>;
}

/** The CSL locales Dossier carries: each tag with its name in its own language and in English. */
export interface LocaleNames {
  'primary-dialects': Record<string, string>;
  'language-names': Record<string, [string, string]>;
}

/**
 * A language as a writer may type it ("de", "DE-de", "pt-br", "sr") as the tag of a locale
 * Dossier carries, or null when it carries none for that language.
 */
export function localeTag(wanted: string, names: LocaleNames): string | null {
  const tags = Object.keys(names['language-names']);
  const exact = tags.find((t) => t.toLowerCase() === wanted.trim().toLowerCase());
  if (exact) return exact;
  const base = wanted.trim().toLowerCase().split(/[-_]/u)[0] ?? '';
  return names['primary-dialects'][base] ?? null;
}

/** Why a language cannot be cited in, with the languages that can. */
export function unknownLocale(wanted: string, names: LocaleNames): string {
  const tags = Object.keys(names['language-names']).join(', ');
  return `Dossier has no citation locale for “${wanted}”. The official CSL locales it carries are: ${tags}.`;
}

/** "Deutsch (Deutschland) — German (Germany)", or the name alone where both are the same. */
export function localeLabel(tag: string, names: LocaleNames): string {
  const [own, english] = names['language-names'][tag] ?? [tag, tag];
  return own === english ? own : `${own} — ${english}`;
}
