import { windowLocale } from './i18n';

/** A language's name as `locale` says it, or null where the browser has no name for it. */
function nameIn(locale: string, tag: string): string | null {
  try {
    // fallback 'none': no name made up from the codes ("qaa (XX)").
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(tag) ?? null;
  } catch {
    return null;
  }
}

/**
 * A citation language as a writer finds it in a list: its own name, then its name in the
 * window's language ("Deutsch (Deutschland) — немецкий (Германия)"), or the name alone where
 * both are the same. `fallback` (the service's English label) where the browser knows neither.
 */
export function citationLanguageName(
  tag: string,
  fallback: string,
  locale = windowLocale(),
): string {
  const own = nameIn(tag, tag);
  const ours = nameIn(locale, tag);
  if (!own || !ours) return fallback;
  return own === ours ? own : `${own} — ${ours}`;
}
