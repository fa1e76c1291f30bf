import { escapeMarkup } from '../text/escapeMarkup';

/** A quote and its citation as a writer pastes them: HTML for a word processor, and plain text. */
export interface QuotedCitation {
  html: string;
  text: string;
}

/**
 * In-text styles put the citation after the quote: “…” (Okafor, 2022, para. 3). A note style's
 * citation is a footnote, not words of the sentence: the quote carries the note's number and the
 * note follows on a line of its own, as a word processor's footnote would read. Run together,
 * the quote and note read as one sentence (“…killed” “Amnesty…,” PanARMENIAN.Net).
 */
export function quotedCitation(
  quote: string,
  citation: { html: string; text: string },
  note: boolean,
): QuotedCitation {
  const words = `“${quote.replace(/\s+/g, ' ').trim()}”`;
  if (!note)
    return {
      html: `${escapeMarkup(words)} ${citation.html}`,
      text: `${words} ${citation.text}`,
    };
  return {
    html: `${escapeMarkup(words)}<sup>1</sup><br><br><sup>1</sup> ${citation.html}`,
    text: `${words}¹\n\n¹ ${citation.text}`,
  };
}
