import { parseBoundedJson } from '../../../shared/import/boundedJson';
import { readFile } from 'node:fs/promises';
import { ArchiveError } from '../../../shared/api/errors';
import {
  noWriterRules,
  tidyRules,
  writerRulesSchema,
  type WriterRules,
} from '../../../shared/rules/writerRules';
import { createFolder, plainFolder, type Folder } from '../../../shared/search/fold/folder';
import { writeAtomically } from '../library/blobStore';
import { errorWords } from '../../../shared/api/errorWords';

/**
 * The writer's own rules for this library (rules.json beside it): name aliases for search and
 * the outcome words of figures. A file that cannot be read is reported and never overwritten;
 * the library then works with Dossier's own rules until it is fixed or removed.
 */
export class WriterRulesFile {
  private rules: WriterRules = noWriterRules;
  private folded: Folder = plainFolder;
  /** Why rules.json could not be read, when it could not. */
  unreadable: string | null = null;

  constructor(
    private readonly path: string,
    /** Called when the name aliases change, so the search index is made again with them. */
    private readonly aliasesChanged: () => Promise<void>,
  ) {}

  get current(): WriterRules {
    return this.rules;
  }

  /** How this library folds words for search and suggestions: its own name aliases included. */
  get folder(): Folder {
    return this.folded;
  }

  async load(): Promise<void> {
    let raw: string;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch {
      this.folded = plainFolder;
      return;
    }
    try {
      const parsed = writerRulesSchema.safeParse(parseBoundedJson(raw));
      if (parsed.success) this.rules = tidyRules(parsed.data);
      else {
        const issue = parsed.error.issues[0];
        this.unreadable = `${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'not rules'}`;
      }
    } catch (error) {
      this.unreadable = `it is not JSON (${(error as Error).message})`;
    }
    this.folded = createFolder(this.rules.nameAliases);
  }

  async save(next: WriterRules): Promise<WriterRules> {
    if (this.unreadable)
      throw new ArchiveError(
        'LIBRARY_UNREADABLE',
        errorWords(
          '{{file}} cannot be read ({{why}}); fix or remove it before changing the rules.',
          {
            file: this.path,
            why: this.unreadable,
          },
        ),
      );
    const tidy = tidyRules(next);
    const aliasesBefore = JSON.stringify(this.rules.nameAliases);
    await writeAtomically(this.path, `${JSON.stringify(tidy, null, 2)}\n`);
    this.rules = tidy;
    if (JSON.stringify(tidy.nameAliases) !== aliasesBefore) {
      this.folded = createFolder(tidy.nameAliases);
      await this.aliasesChanged();
    }
    return tidy;
  }
}
