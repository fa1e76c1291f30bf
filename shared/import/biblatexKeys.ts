/**
 * biblatex writes some fields as localisation keys ("type = {phdthesis}", "series = {newseries}",
 * "location = {countryfr}") that its style prints as words. These are the words of biblatex's own
 * english.lbx, so a citation says "PhD thesis", not "[Phdthesis]".
 */
const KEYS: Record<string, string> = {
  mathesis: "Master's thesis",
  phdthesis: 'PhD thesis',
  candthesis: 'Candidate thesis',
  resreport: 'Research report',
  techreport: 'Technical report',
  software: 'Computer software',
  datacd: 'CD-ROM',
  audiocd: 'Audio CD',
  patent: 'Patent',
  patentde: 'German patent',
  patenteu: 'European patent',
  patentfr: 'French patent',
  patentuk: 'British patent',
  patentus: 'U.S. patent',
  patreq: 'Patent request',
  patreqde: 'German patent request',
  patreqeu: 'European patent request',
  patreqfr: 'French patent request',
  patrequk: 'British patent request',
  patrequs: 'U.S. patent request',
  commentary: 'Commentary',
  newseries: 'new series',
  oldseries: 'old series',
  countryde: 'Germany',
  countryeu: 'European Union',
  countryep: 'European Union',
  countryfr: 'France',
  countryuk: 'United Kingdom',
  countryus: 'United States of America',
};

/** A field's words where biblatex would print them; other values unchanged. */
export function biblatexWords(value: string): string {
  const parts = value.split(/\s+and\s+/);
  if (!parts.every((part) => Object.hasOwn(KEYS, part.trim()))) return value;
  return parts.map((part) => KEYS[part.trim()]!).join('; ');
}

/** A genre given as a type name ("phdthesis", "techreport", any case) in words; others as given. */
export function genreWords(genre: string): string {
  const key = genre.trim().toLowerCase();
  return Object.hasOwn(KEYS, key) ? KEYS[key]! : genre;
}
