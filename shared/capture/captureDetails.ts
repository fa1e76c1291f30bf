import { dateText } from '../model/metadataForm';
import { nameText } from '../model/nameText';
import type { CslMetadata } from '../model/source';
import { bylineOrOrganisation } from '../import/organisationName';
import { dateParts } from '../import/personName';
import type { CaptureDetails } from './captureMessages';

// Parameters that say how the writer came to a page, not which page it is.
const TRACKING = /^(?:utm_\w+|fbclid|gclid|dclid|mc_cid|mc_eid|igshid|ref_src|cmpid)$/iu;

/** A page's address as a citation gives it: no fragment, no tracking parameters. */
export function pageAddress(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.trim();
  }
  parsed.hash = '';
  for (const key of [...parsed.searchParams.keys()])
    if (TRACKING.test(key)) parsed.searchParams.delete(key);
  return parsed.href;
}

/** What the popup shows of the details Dossier read from a page. */
export function captureDetailsOf(metadata: CslMetadata): Required<CaptureDetails> {
  return {
    title: typeof metadata.title === 'string' ? metadata.title : '',
    authors: (metadata.author ?? []).map(nameText),
    date: dateText(metadata.issued),
    site: typeof metadata['container-title'] === 'string' ? metadata['container-title'] : '',
  };
}

/**
 * The details a capture sets on its source: the page's address always, and each detail the
 * writer left in the popup (an empty one says nothing, so the page's own reading stands).
 */
export function capturedMetadata(url: string, details: CaptureDetails = {}): CslMetadata {
  const title = details.title?.trim();
  const authors = (details.authors ?? []).map((a) => a.trim()).filter(Boolean);
  const parts = details.date ? dateParts(details.date) : null;
  const site = details.site?.trim();
  return {
    URL: pageAddress(url),
    ...(title ? { title } : {}),
    ...(authors.length
      ? {
          // Each as a byline reads it; what is no name's shape stays as the writer typed it.
          author: authors.flatMap((a) => {
            const names = bylineOrOrganisation(a);
            return names.length ? names : [{ literal: a }];
          }),
        }
      : {}),
    ...(parts ? { issued: { 'date-parts': [parts] } } : {}),
    ...(site ? { 'container-title': site } : {}),
  };
}
