import type { BriefView } from './briefView';
import { briefTerms } from './briefTerms';

/** The brief's scope line, the same in every format: themes, sources, style, the day it was made. */
export function briefScope(brief: BriefView): string {
  const { themes, sources, style, made } = brief.scope;
  return briefTerms(brief.language).scope(themes.join(', '), sources, style, made.slice(0, 10));
}
