import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './corpus';

/**
 * Official CSL styles and locales as the Citation Style Language repositories publish them
 * (CC BY-SA 3.0), read straight from the files Dossier ships, or from the tests' own copy of a
 * style it does not build in: the tests run citeproc-js on them directly to know what a citation
 * must read, independently of Dossier's own path from a source to a citation.
 */
const cite = join(repoRoot, 'electron', 'main', 'cite');

export function officialStyleXml(cslId: string): string {
  const shipped = join(cite, 'cslStyles', `${cslId}.csl`);
  const path = existsSync(shipped)
    ? shipped
    : join(repoRoot, 'tests', 'fixtures', 'cslStyles', `${cslId}.csl`);
  return readFileSync(path, 'utf8');
}

export function officialLocaleXml(lang = 'en-US'): string {
  return readFileSync(join(cite, 'cslLocales', `locales-${lang}.xml`), 'utf8');
}
