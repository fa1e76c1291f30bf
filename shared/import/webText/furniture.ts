/**
 * Site furniture met in text pasted from web pages: lines that are never the author's words.
 * Data, not special cases in code; each pattern is tested against the corpus.
 */
export const furnitureLines: readonly RegExp[] = [
  /^type to search$/i,
  /^search(\s+for)?[.…]*$/i,
  /^leave a (reply|comment)$/i,
  /^your email address will not be published\b/i,
  /^required fields are marked\b/i,
  /^similar posts$/i,
  /^related (posts|articles|stories)$/i,
  /^(share|share this|share (on|via|to|by) \S+( \S+)?)$/i,
  /^(cancel reply|post comment|submit comment)$/i,
  /^skip to (main )?content$/i,
  // The link that closes a page's top comments: "[ Read All Comments ]", "Load more comments".
  /^[[(]?\s*(?:read|view|see|show|load)\s+(?:all|more)(?:\s+\d[\d,]*)?\s+(?:comments?|replies|responses)\s*[\])]?$/i,
  // A counter a page shows beside its headline: "941 comments", "1.2k shares".
  /^\d[\d,.]*k?\s+(comments?|responses?|replies|shares?)$/i,
];

/** A heading that opens a block of site furniture running to the end of the text. */
export const trailingBlockStarts: readonly RegExp[] = [
  /^join us$/i,
  /^subscribe( to (our|the) newsletter)?$/i,
  /^sign up for (our|the) newsletter$/i,
  /^support (us|our work)$/i,
];

export function isFurniture(line: string): boolean {
  const text = line.trim();
  return furnitureLines.some((p) => p.test(text));
}

export function startsTrailingBlock(line: string): boolean {
  const text = line.trim();
  return trailingBlockStarts.some((p) => p.test(text));
}
