// The test cases at the end of a Zotero translator: inputs with the items Zotero expects.
import { runInNewContext } from 'node:vm';

export interface ZoteroItem {
  itemType: string;
  title?: string;
  creators?: { lastName?: string; firstName?: string; name?: string; creatorType: string }[];
  date?: string;
  DOI?: string;
  publicationTitle?: string;
}

export interface ZoteroCase {
  type: string;
  input: string;
  items: ZoteroItem[];
}

/** The translator's import cases; the literal is evaluated in an empty context. */
export function zoteroRisCases(source: string): ZoteroCase[] {
  const start = source.indexOf('var testCases = ');
  const end = source.indexOf('/** END TEST CASES **/');
  if (start < 0 || end < 0) throw new Error('no test cases in this translator');
  const literal = source
    .slice(start + 'var testCases = '.length, end)
    .trim()
    .replace(/;$/, '');
  const cases = runInNewContext(`(${literal})`, {}, { timeout: 5000 }) as ZoteroCase[];
  return cases.filter((c) => c.type === 'import' && Array.isArray(c.items));
}
