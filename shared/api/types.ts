import type { ProjectImportReport } from '../interchange/projectImport';
import type { Refusal } from '../import/refusalWords';
import type { CslMetadata } from '../model/source';
import type { Theme } from '../model/theme';
import type { CommandLabel } from '../history/commandLabels';
import type { DocField } from '../search/index/searchIndex';
import type { DanglingReference } from '../model/danglingReferences';
import type { Range } from '../search/markRanges';
import type { PassagePlace } from '../cite/passagePlace';
import type { MarksReport } from '../import/documentMarks';
import type { SourceSummary } from '../model/sourceSummary';
import type { RenumberedHighlight } from '../cite/renumbered';
export type { RenumberedHighlight } from '../cite/renumbered';
export type { Bibliography } from '../cite/bibliographyOutput';
export type { Citation } from '../cite/citation';
export type { BriefFigure, BriefQuote, BriefView } from '../brief/briefView';

export type { SourceSummary } from '../model/sourceSummary';

export interface PassageView {
  id: string;
  /** 1-based paragraph number, as a citation locator would give it. */
  number: number;
  text: string;
  /** Offsets of the passage in the source's text, which highlights address. */
  start: number;
  end: number;
  /** The printed page it stands on, for paginated sources (PDF). */
  page?: number;
  /** A quote from another reader: cited by its page or by nothing, never its number here. */
  quoted?: boolean;
}

export interface SourceDetail {
  id: string;
  title: string;
  type: string;
  file: string;
  importedAt: string;
  metadata: CslMetadata;
  passages: PassageView[];
  note: string;
  /** In a shared library: the key of the writer who wrote the note (see syncStatus's writers). */
  noteWriter?: string;
  /** Whether the note is as that writer signed it (see HighlightView's signature). */
  noteSignature?: 'verified' | 'unverified';
  /** Headed sections, each with the passages under its heading. */
  sections: { heading: string; passages: string[] }[];
  /** A book's chapters where each starts, as the book numbers them: quotes are placed by them. */
  chapters?: { label: string; start: number }[];
  captions: {
    text: string;
    credit: string;
    alt: string;
    /** The passage it stood before, if any. */ beforePassage: string | null;
  }[];
  /** The reader comments posted under this source. */
  comments: { id: string; title: string }[];
  parent: { id: string; title: string } | null;
  /** Lines import removed as site furniture, as they were. */
  removed: string[];
  /** Its text is the passages a writer highlighted in this tool, not the work itself. */
  quotesOf?: string;
  /** Its highlights, where they stand in this text. */
  highlights: HighlightView[];
  /**
   * Its citation key's state: the key its details would make now when that differs (a key that
   * stayed because it was used, or one the writer gave), and where the key has been used.
   */
  keyState?: { fresh: string | null; uses: string[] };
}

export type ImportOutcome =
  | {
      file: string;
      status: 'imported';
      source: SourceSummary;
      metadataFile?: string;
      /** The reader comments found under the article, each a source of its own. */
      commentIds?: string[];
      /** How the file was read, when the writer should know (a guessed encoding, broken bytes). */
      warnings?: string[];
      /** The highlights a reader made in the file itself (a PDF's annotations), as they came in. */
      marks?: MarksReport;
    }
  | {
      file: string;
      status: 'duplicate';
      sourceId: string;
      title: string;
      /** Highlights made in the file since it was imported, added to the source. */
      marks?: MarksReport;
    }
  /** A BibTeX, RIS or CSL-JSON file: records that matched a source updated it, the rest are new. */
  | {
      file: string;
      status: 'metadata';
      created: SourceSummary[];
      updated: SourceSummary[];
      /** Records that could not be used, each named with the reason; the rest came in. */
      setAside?: string[];
      /** Records repaired on the way in (a name written as text kept as a literal name). */
      warnings?: string[];
    }
  /** A REFI-QDA project (.qdpx): its sources, codings, codebook and sets taken in. */
  | {
      file: string;
      status: 'project';
      sourcesAdded: number;
      highlightsAdded: number;
      /** What the project held that could not come in, each with why. */
      setAside: string[];
      notes: string[];
    }
  /** Highlights and notes made in another reader (Kindle, Hypothesis, Readwise). */
  | {
      file: string;
      status: 'highlights';
      /** The tool they were made in, as a writer names it. */
      tool: string;
      /** The theme they were tagged with. */
      theme: string;
      highlightsAdded: number;
      /** Highlights the library already had at the same place: not added twice. */
      highlightsExisting: number;
      /** Sources already in the library that took highlights or notes. */
      sourcesTouched: number;
      /** Works the library lacked, each made a source of the writer's quotes. */
      sourcesAdded: SourceSummary[];
      /** Each quote or note that found no place, and why; kept in its source's note. */
      notPlaced: string[];
      /** What the file held that was left out (bookmarks, replies), each with why. */
      setAside: string[];
    }
  | {
      file: string;
      status: 'failed';
      /** In English: "NAME was not imported: REASON." */
      reason: string;
      /** The reason, for the window to word in its own language. */
      why?: Refusal;
    };

/** What re-reading a source's original with the current importer did. */
export interface ReimportReport {
  source: SourceSummary;
  highlightsKept: number;
  /** Highlights whose words the new reading no longer has: kept, shown as orphaned. */
  highlightsOrphaned: number;
  commentsAdded: number;
  /**
   * Highlights whose paragraph number the new reading changed (a line put back before them, or
   * furniture left out): a citation made before names the old number.
   */
  renumbered: RenumberedHighlight[];
  history: HistoryState;
}

/** A citation style the writer can choose: built in, or added from a .csl file. */
export interface StyleEntry {
  /** apa, chicago-note, chicago-author-date, or added:<id> */
  id: string;
  label: string;
  /** A note style cites in footnotes (full and short notes); others cite in the text. */
  note: boolean;
}

export interface ImportReport {
  results: ImportOutcome[];
}

export interface SearchHit {
  sourceId: string;
  sourceTitle: string;
  /** The passage the hit opens; null for a hit in the source's title, authors or site. */
  passageId: string | null;
  field: DocField;
  text: string;
  /** 0 is a perfect match, 1 none. */
  score: number;
  marks: Range[];
}

export interface SearchResults {
  hits: SearchHit[];
  /** How many documents matched, of which `hits` are the best. */
  total: number;
}

export interface ThemeView extends Theme {
  /** Highlights tagged with this theme itself (not its sub-themes). */
  highlightCount: number;
}

export interface HighlightView {
  id: string;
  sourceId: string;
  themeIds: string[];
  note: string;
  quote: string;
  /** Where the quote is in the source's text now; absent when it can no longer be found. */
  start: number | null;
  end: number | null;
  orphaned: boolean;
  createdAt: string;
  /** In a shared library: the key of the writer who last tagged or edited it (see syncStatus). */
  writer?: string;
  /**
   * Whether the writer's signature holds: 'verified' when the highlight is as that writer
   * signed it with the key this library knows for them; 'unverified' when it changed since, or
   * another key signed it. Absent where nothing is signed.
   */
  signature?: 'verified' | 'unverified';
}

export interface SuggestionView {
  passageId: string;
  themeId: string;
  cue: string;
  /** Where the cue matched, and the sentence holding it (what accepting tags). */
  start: number;
  end: number;
  sentence: { start: number; end: number };
  /** How many of the theme's cues the passage holds. */
  strength: number;
}

export interface ThemePassageGroup {
  sourceId: string;
  sourceTitle: string;
  /** Each with the paragraph (and page) its quote stands in, as a citation locates it. */
  highlights: (HighlightView & { place: PassagePlace | null })[];
}

export interface ThemeMatrixView {
  sources: { id: string; title: string }[];
  themes: { id: string; name: string; color: string }[];
  /** counts[source][theme], sub-themes counted in their parents. */
  counts: number[][];
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  /** What undo and redo would do, in English (the CLI's words). */
  undoLabel: string | null;
  redoLabel: string | null;
  /** The same as labels with their values, for the window to word in its own language. */
  undoCommand: CommandLabel | null;
  redoCommand: CommandLabel | null;
}

/** A file made for the writer to save: its bytes travel as base64, like imports. */
/** How the codebook started, the cue packs a writer can add, and the rules behind suggestions. */
export interface CodebookState {
  /** A new library that has not yet chosen how to start its codebook. */
  pending: boolean;
  packs: { id: string; name: string; description: string; added: boolean }[];
  rules: {
    /** How cues match, told to the writer beside the cue lists. */
    cueSyntax: string[];
    folding: { merges: string; examples: [string, string][]; names: boolean }[];
    nameAliases: { from: string; to: string }[];
    /** The writer's own aliases (rules.json), searched like Dossier's own. */
    writerAliases: { from: string; to: string }[];
    figures: {
      /** Words kept with a figure's number: the writer's where `qualifiersOwn`. */
      qualifiers: string[];
      qualifiersOwn: boolean;
      /** Amounts without a single value: the writer's where `vagueAmountsOwn`. */
      vagueAmounts: string[];
      vagueAmountsOwn: boolean;
      /** The outcome groups in use: the writer's where `outcomesOwn`, else Dossier's own. */
      outcomes: { outcome: string; words: string[] }[];
      outcomesOwn: boolean;
    };
    /** Why rules.json could not be read; Dossier's own rules apply until it is fixed. */
    unreadable?: string;
  };
}

/** What reading a codebook file did to the codebook; nothing is dropped unseen. */
export interface CodebookImportReport {
  added: string[];
  updated: string[];
  removed: string[];
  kept: string[];
  setAside: { where: string; reason: string }[];
  notes: string[];
  history: HistoryState;
}

/** A bibliography file Dossier keeps up to date on disk, for Pandoc, Zettlr or Obsidian. */
export interface AutoExport {
  /** Absolute path of the file. */
  path: string;
  format: 'bibtex' | 'csl-json' | 'ris';
  /** Only this collection's sources; all of the library's otherwise. */
  collectionId?: string;
}

export interface AutoExportState {
  /** Each kept file, with why its last write failed if it did. */
  exports: (AutoExport & { failure?: string })[];
  /** Why the list of kept files could not be read, when it could not. */
  unreadable?: string;
}

/** What taking a REFI-QDA project into the library did. */
export interface ProjectImportOutcome extends ProjectImportReport {
  file: string;
  history: HistoryState;
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  dataBase64: string;
  /** How many entries (or items) it holds. */
  count: number;
  /** What could not go into the file, each with why. */
  warnings?: string[];
}

/** What opening the library found wrong and did about it: shown to the writer, never hidden. */
export interface LibraryHealth {
  /** Records that failed their schema: out of the library, each kept in a quarantine/ file. */
  setAside: {
    collection: string;
    id?: string;
    title?: string;
    reason: string;
    /** Where the record is kept, relative to the library folder. */
    file: string;
  }[];
  /** Shapes repaired where the fix is certain (a name written as text became a literal name). */
  repairs: string[];
  /** Journal lines whose change could not be replayed; their bytes are in library.journal.damaged. */
  journalDamage: { line: number; reason: string }[];
  /** Whether the journal's last line had been cut short by a crash (that one change is lost). */
  journalTorn: boolean;
}

/** What `dossier check` (and the window's library check) found, and with repair did. */
export interface LibraryCheckReport {
  health: LibraryHealth;
  /**
   * Sources whose text file is gone, or holds other bytes than its name (a sha-256) says;
   * restored when the kept original or the backups' copy gave the same text (a damaged file is
   * kept in orphaned/ as keptAs).
   */
  textProblems: {
    sourceId: string;
    title: string;
    problem: 'missing' | 'damaged';
    restored: boolean;
    from?: 'original' | 'backup';
    keptAs?: string;
  }[];
  /** Records that name a record the library no longer holds; with repair, mended as `mend` says. */
  danglingReferences: (DanglingReference & { mended: boolean })[];
  /** Temporary files a cut-short write left; with repair removed. */
  leftoverFiles: { file: string; bytes: number; removed: boolean }[];
  /** Changes set aside over time in library.journal.damaged (their bytes are kept there). */
  journalSetAside: number;
  /** sync/ files that cannot be read, with what to do. */
  syncFiles: { file: string; problem: string }[];
  /** Files in texts/ or originals/ that no source uses; with repair moved to orphaned/. */
  orphanedFiles: { file: string; movedTo?: string }[];
  /**
   * 'rebuilt' when the library had no search index under the rules in use (moved in, restored,
   * edited by another tool, or its name aliases changed) and this session built it.
   */
  searchIndex: 'current' | 'rebuilt';
  /** The copies of library.json there are, oldest first (see dossier restore). */
  backups: string[];
}
