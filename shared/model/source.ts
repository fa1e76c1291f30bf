/** CSL-JSON item fields, kept as the citation layer will read them. */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  /** Particles, suffixes and the other parts CSL names may have. */
  [part: string]: unknown;
}

export interface CslDate {
  'date-parts': number[][];
  /** "circa", "season", "literal" and CSL's other date parts. */
  [part: string]: unknown;
}

export interface CslMetadata {
  type?: string;
  title?: string;
  author?: CslName[];
  'container-title'?: string;
  publisher?: string;
  issued?: CslDate;
  URL?: string;
  [field: string]: unknown;
}

/** A paragraph of a source, addressed by character offsets into the stored text. */
export type PassageRecord = {
  id: string;
  start: number;
  end: number;
  /** The printed page it stands on, for paginated sources (PDF): the locator it is cited by. */
  page?: number;
  /**
   * A quote taken from another reader (see SourceRecord.quotesOf): its number among Dossier's
   * paragraphs is no place in the work, so it is cited by its page or by nothing.
   */
  quoted?: boolean;
};

export type SourceRecord = {
  id: string;
  title: string;
  type: string;
  /** The imported file's name, as the writer knew it. */
  file: string;
  /** sha-256 of the normalised text; names the file in texts/. */
  textHash: string;
  /** File name inside originals/. */
  original: string;
  importedAt: string;
  metadata: CslMetadata;
  passages: PassageRecord[];
  /** The writer's memo on the source. */
  note?: string;
  /** In a shared library: the key of the writer who wrote the note as it stands. */
  noteBy?: string;
  /** That writer's Ed25519 signature of the note (see signedContent). */
  noteSig?: string;
  /** Headings found in the text, where they stand in it. */
  sections?: { heading: string; start: number; end: number }[];
  /**
   * A book's chapters where each starts, numbered as the book numbers them ('' for a part it
   * does not number): a passage in one is cited "chap. 3, para. 12".
   */
  chapters?: { label: string; start: number }[];
  /** Figure captions set apart from the prose, and where they stood. */
  captions?: { text: string; credit: string; alt: string; position: number }[];
  /** For a reader comment: the article it was posted under. */
  parentId?: string;
  /** Lines import removed as site furniture (menus, buttons, links), kept so none is lost. */
  removed?: string[];
  /** Hashes of the text's longest paragraphs, to notice the same page imported again. */
  fingerprint?: string[];
  /** The writer put the removed lines back: re-reading the original keeps them. */
  keepsRemoved?: boolean;
  /** Removed lines the writer put back one by one. */
  keptLines?: string[];
  /** The citation key was made by Dossier from the details, and follows them until used. */
  keyAuto?: boolean;
  /** Where the key has been used (exported, copied, cited in a draft), newest first. */
  keyUses?: string[];
  /**
   * The text is not the work but the passages a writer highlighted in it elsewhere (the tool
   * named: "Kindle clippings"); later quotes from that tool are added to it.
   */
  quotesOf?: string;
};
