/** The styles Dossier has built in, by the names writers and the CLI use. */
export const builtinStyles = {
  apa: { cslId: 'apa', label: 'APA 7th edition', note: false },
  'chicago-note': {
    cslId: 'chicago-fullnote-bibliography',
    label: 'Chicago 17th, notes and bibliography',
    note: true,
  },
  'chicago-author-date': {
    cslId: 'chicago-author-date',
    label: 'Chicago 17th, author-date',
    note: false,
  },
} as const;

export type BuiltinStyle = keyof typeof builtinStyles;
export const builtinStyleNames = Object.keys(builtinStyles) as BuiltinStyle[];

export const citationForms = ['bibliography', 'note', 'short-note', 'in-text'] as const;
export type CitationForm = (typeof citationForms)[number];
