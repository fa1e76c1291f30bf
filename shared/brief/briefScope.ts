import type { BriefView } from '../api/types';

/** The brief's scope line, the same in every format: themes, sources, style, the day it was made. */
export function briefScope(brief: BriefView): string {
  const { themes, sources, style, made } = brief.scope;
  return `Themes: ${themes.join(', ')} · ${sources} source${sources === 1 ? '' : 's'} · ${style} · made ${made.slice(0, 10)}`;
}
