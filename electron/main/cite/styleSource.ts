import { ArchiveError } from '../../../shared/api/errors';
import { builtinStyles, type BuiltinStyle } from '../../../shared/cite/citationStyles';
import { builtinStyleXml } from './builtinStyles';
import { errorWords } from '../../../shared/api/errorWords';

/** The style data citeproc-js is given: a .csl file's XML, once it is seen to hold a style. */
export function styleData(style: { cslXml: string }): { style: string } {
  if (!/<style[\s>]/.test(style.cslXml)) {
    throw new ArchiveError(
      'INVALID_INPUT',
      errorWords('That file is not a CSL style (it has no <style> element).'),
    );
  }
  return { style: style.cslXml };
}

/** A built-in style's data: the XML of the official file Dossier ships for it. */
export async function builtinStyleData(style: BuiltinStyle): Promise<{ style: string }> {
  const entry = Object.hasOwn(builtinStyles, style) ? builtinStyles[style] : null;
  if (!entry) throw new ArchiveError('NOT_FOUND', `There is no style ${style}.`);
  const xml = await builtinStyleXml(entry.cslId);
  if (!xml)
    throw new ArchiveError('INTERNAL', `The built-in style ${style} is missing from Dossier.`);
  return { style: xml };
}
