import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { StyleEntry } from '../../../shared/api/types';
import {
  builtinStyleNames,
  builtinStyles,
  type CitationForm,
} from '../../../shared/cite/citationStyles';
import { useApi } from '../api/ApiContext';

interface Styles {
  styles: StyleEntry[];
  style: StyleEntry;
  setStyle: (id: string) => void;
  /** Adds a .csl file and chooses it; the reason it cannot be used, or null. */
  addFromFile: (file: File) => Promise<string | null>;
  /** The CSL locales citations can be made in. */
  locales: { tag: string; label: string }[];
  /** The library's citation language, or null: each style's own. */
  locale: string | null;
  /** Sets the library's citation language; the reason it was refused, or null. */
  setLocale: (tag: string | null) => Promise<string | null>;
}

// Until the library answers: the built-in styles, whose kinds are known.
const BUILTIN: StyleEntry[] = builtinStyleNames.map((id) => ({
  id,
  label: builtinStyles[id].label,
  note: builtinStyles[id].note,
}));

const StylesContext = createContext<Styles | null>(null);

/** One chosen style for the whole window: the cite panel, the bibliography and briefs share it. */
export function StylesProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [styles, setStyles] = useState<StyleEntry[]>(BUILTIN);
  const [chosen, setChosen] = useState('apa');

  const [locales, setLocales] = useState<{ tag: string; label: string }[]>([]);
  const [locale, setLocaleState] = useState<string | null>(null);

  useEffect(() => {
    void api.listStyles({}).then((r) => r.ok && setStyles(r.value));
    void api.citationLocales({}).then((r) => {
      if (!r.ok) return;
      setLocales(r.value.locales);
      setLocaleState(r.value.chosen);
    });
  }, [api]);

  // A library setting (rules.json), so every citation, bibliography and brief follows it.
  const setLocale = useCallback(
    async (tag: string | null) => {
      const result = await api.setWriterRules({ citationLocale: tag });
      if (!result.ok) return result.error.message;
      setLocaleState(tag);
      return null;
    },
    [api],
  );

  const addFromFile = useCallback(
    async (file: File) => {
      const result = await api.addStyle({ fileName: file.name, cslXml: await file.text() });
      if (!result.ok) return result.error.message;
      const added = result.value;
      setStyles((list) => [...list.filter((s) => s.id !== added.id), added]);
      setChosen(added.id);
      return null;
    },
    [api],
  );

  const value = useMemo(
    () => ({
      styles,
      style: styles.find((s) => s.id === chosen) ?? styles[0]!,
      setStyle: setChosen,
      addFromFile,
      locales,
      locale,
      setLocale,
    }),
    [styles, chosen, addFromFile, locales, locale, setLocale],
  );
  return <StylesContext.Provider value={value}>{children}</StylesContext.Provider>;
}

export function useStyles(): Styles {
  const styles = useContext(StylesContext);
  if (!styles) throw new Error('useStyles needs a StylesProvider');
  return styles;
}

/** The forms a style has: notes for a note style, in-text citations for the others. */
export function formsOf(style: StyleEntry): CitationForm[] {
  return style.note ? ['bibliography', 'note', 'short-note'] : ['bibliography', 'in-text'];
}
