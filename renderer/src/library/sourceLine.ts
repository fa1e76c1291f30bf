import type { SourceSummary } from '../../../shared/api/types';

/** Where and when a source appeared, as lists show it under its title: "Reuters · 2022-01-06". */
export const whereAndWhen = (source: Pick<SourceSummary, 'site' | 'date'> | undefined): string =>
  [source?.site, source?.date].filter(Boolean).join(' · ');
